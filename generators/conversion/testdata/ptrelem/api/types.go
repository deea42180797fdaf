// Package api is the internal version of the ptrelem test group.
package api

// Fleet holds its gears by pointer, in a slice and in a map.
type Fleet struct {
	Gears  []*Gear
	ByName map[string]*Gear
}

// Gear has only hand-written conversions (its Teeth differ in size).
type Gear struct {
	Teeth int64
}
