// Package othertypo misspells another generator's marker: a warning.
//
// +k8s:deepcopygen=package
package othertypo
