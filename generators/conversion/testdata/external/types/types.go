// Package types holds versioned types whose conversions live elsewhere.
package types

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
