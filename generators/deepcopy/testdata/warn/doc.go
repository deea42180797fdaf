// Package warn has a misspelled marker of another generator: a warning,
// not an error.
//
// +k8s:deepcopy-gen=package
// +k8s:defaulter-gen=TypeMeta
package warn
