package badpkg

// Thing is a type.
type Thing struct {
	Name string `json:"name"`
}
