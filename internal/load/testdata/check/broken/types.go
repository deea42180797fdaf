// Package broken does not compile: a field of a type that does not exist.
package broken

// Widget has an owner.
type Widget struct {
	Owner Person
}
