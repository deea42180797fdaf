package warn

// Widget is copied.
// +genclient:nonNamespace
type Widget struct {
	Parts []string
}
