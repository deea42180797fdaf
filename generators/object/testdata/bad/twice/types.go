// +kubebuilder:object:generate=true
package twice

// Widget says two things.
// +kubebuilder:object:generate=true
// +kubebuilder:object:generate=false
type Widget struct {
	A []string
}
