package v1

// Thing is here so the package has a type.
type Thing struct {
	Value string `json:"value,omitempty"`
}
