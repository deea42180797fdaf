package bare

// Widget has a bare marker, which controller-gen refuses.
// +kubebuilder:object:root
type Widget struct {
	A []string
}
