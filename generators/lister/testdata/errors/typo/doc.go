// Package typo misspells a marker: a warning, not an error.
//
// +k8s:lister-gn=false
package typo
