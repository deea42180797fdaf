package v1

// Part is memory-identical to api.Part.
type Part struct {
	ID    string
	Count int32
}

// Gear differs from api.Gear in the size of Teeth.
type Gear struct {
	Teeth int32
	Ratio string
}

// Bundle's fields would be cast without --skip-unsafe.
type Bundle struct {
	Parts  []Part
	Main   *Part
	Labels map[string]string
	Tags   []string
	Gears  []Gear
}
