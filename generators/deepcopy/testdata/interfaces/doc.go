// Package interfaces covers +k8s:deepcopy-gen:interfaces and fields of
// interface type.
//
// +k8s:deepcopy-gen=package
package interfaces
