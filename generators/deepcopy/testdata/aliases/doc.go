// Package aliases covers Go type aliases and defined types based on other
// defined types.
//
// +k8s:deepcopy-gen=package
package aliases
