// +kubebuilder:object:generate=true
package arrayfield

// Widget has an array.
type Widget struct {
	Slots [4]int
}
