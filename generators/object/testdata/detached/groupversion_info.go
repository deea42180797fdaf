/*
A license header, as kubebuilder writes it.
*/

// +kubebuilder:object:generate=true
// +groupName=detached.example.com

package detached
