package rootvalue

// Widget has a misspelt value.
// +kubebuilder:object:root=ture
type Widget struct {
	A []string
}
