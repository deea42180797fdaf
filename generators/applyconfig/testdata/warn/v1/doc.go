// Package v1 misspells another generator's marker: a warning.
//
// +k8s:deepcopygen=package
package v1
