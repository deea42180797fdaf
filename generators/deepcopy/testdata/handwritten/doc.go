// Package handwritten covers types whose deepcopy methods are written by
// hand: deepcopy-gen calls them and does not generate them again.
//
// +k8s:deepcopy-gen=package
package handwritten
