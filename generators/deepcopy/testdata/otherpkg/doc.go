// Package otherpkg covers fields whose types come from other packages,
// with and without deepcopy methods.
//
// +k8s:deepcopy-gen=package
package otherpkg
