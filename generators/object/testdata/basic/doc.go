// Package basic is copied as a whole (+kubebuilder:object:generate=true).
// +kubebuilder:object:generate=true
// +groupName=basic.example.com
package basic
