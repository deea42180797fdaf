package mapkey

// Key holds a pointer.
type Key struct{ P *int }

// Widget has a map with a key that is not a value.
type Widget struct {
	ByKey map[Key]string
}
