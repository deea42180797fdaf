// Package api declares an interface that the loadiface case implements
// without importing this package: the generator loads it.
package api

// Copyable is implemented by the generated DeepCopyCopyable.
type Copyable interface {
	DeepCopyCopyable() Copyable
}
