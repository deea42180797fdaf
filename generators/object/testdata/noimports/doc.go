// +kubebuilder:object:generate=true
package noimports

// Plain imports nothing: controller-gen writes an empty import block.
type Plain struct {
	A []string
	B map[string]int
}
