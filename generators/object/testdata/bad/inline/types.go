// +kubebuilder:object:generate=true
package inline

// Widget has an anonymous struct with a slice: controller-gen calls a
// DeepCopyInto it does not have.
type Widget struct {
	Inline struct {
		B []string
	}
}
