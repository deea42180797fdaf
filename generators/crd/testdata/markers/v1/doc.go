// Package v1 is a test API group using every marker controller-gen's crd
// generator reads.
// +kubebuilder:object:generate=true
// +groupName=markers.kodegen.dev
package v1
