package v1

// Fleet holds its gears by pointer, in a slice and in a map.
type Fleet struct {
	Gears  []*Gear
	ByName map[string]*Gear
}

// Gear differs from api.Gear in the size of Teeth.
type Gear struct {
	Teeth int32
}
