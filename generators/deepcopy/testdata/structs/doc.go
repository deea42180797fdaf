// Package structs covers struct fields of every kind deepcopy-gen copies.
//
// +k8s:deepcopy-gen=package
package structs
