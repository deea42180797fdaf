// Package v1 is a test API whose group has a Go name of its own.
//
// +groupName=kitchen.example.com
// +groupGoName=Cook
package v1
