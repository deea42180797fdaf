// Package typo has a misspelt marker: a warning, not an error.
//
// +k8s:defaulter-gen=TypeMeta
package typo
