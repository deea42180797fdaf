// Package named covers named slices, maps and builtins.
//
// +k8s:deepcopy-gen=package
package named
