// Package v1 has the same name as the package that imports it.
package v1

// Ref is referred to from clash/v1.
type Ref struct {
	Name string
}
