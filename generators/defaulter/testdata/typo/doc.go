// Package typo has a misspelt marker: an error with the marker to write.
//
// +k8s:defaulter-gen=TypeMeta
package typo
