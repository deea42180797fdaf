package misspelled

// Widget would be copied.
type Widget struct {
	Parts []string
}
