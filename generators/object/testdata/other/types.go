// Package other is imported by clash/v1 under a name that clashes.
package other

// Thing is referred to from another package.
type Thing struct {
	Name string
}

// Things is a named slice.
type Things []Thing
