package v1

// Gear has a field the internal Gear lacks, and no hand-written conversion.
type Gear struct {
	Teeth int32
	Ratio string
	Color string
}
