package ptrarray

// Widget has an array of pointers.
type Widget struct {
	Slots [2]*int
}
