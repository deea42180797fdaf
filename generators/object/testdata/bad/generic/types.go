// +kubebuilder:object:generate=true
package generic

// Box is generic.
type Box[T any] struct {
	Items []T
}
