// Package kitchen is the internal (hub) version of the kitchen.example.com
// API group, the shape an aggregated API server stores and converts through.
// Clients never see it; they use v1alpha1 or v1beta1.
//
// +k8s:deepcopy-gen=package
// +groupName=kitchen.example.com
package kitchen

//go:generate go run github.com/kodegen/kodegen/cmd/deepcopy-gen --output-file zz_generated.deepcopy.go --go-header-file ../../../hack/boilerplate.go.txt .
