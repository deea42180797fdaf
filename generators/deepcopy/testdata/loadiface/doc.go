// Package loadiface names an interface of a package it does not import.
//
// +k8s:deepcopy-gen=package
package loadiface
