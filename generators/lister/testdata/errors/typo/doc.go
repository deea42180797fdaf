// Package typo misspells lister-gen's switch: an error naming the marker,
// since the listers it meant to turn off would be generated.
//
// +k8s:lister-gn=false
package typo
