// +kubebuilder:object:generate=true
package chanfield

// Widget has a channel.
type Widget struct {
	Events chan string
}
