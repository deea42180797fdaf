package pkgvalue

// Widget is a type.
type Widget struct{ Parts []string }
