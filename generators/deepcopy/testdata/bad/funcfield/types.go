package funcfield

// Widget has a func.
type Widget struct {
	Name string
	Hook func(string) error
}
