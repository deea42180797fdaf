// Package v1 is a tiny API package for the engine's tests.
package v1

// Widget is a thing.
type Widget struct {
	Name string
}

// Gadget is another thing.
type Gadget struct {
	Size int
}
