// Package ok compiles; its generated deepcopy is hidden from the load.
package ok

// Widget is a thing.
type Widget struct {
	Name string
	// Copy is a field a generated method could clash with.
	Copy bool
}
