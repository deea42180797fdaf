// +kubebuilder:object:generate=yes
package pkgvalue

// Widget would be copied.
type Widget struct {
	A []string
}
