// Package v1 gives the group a Go name that differs between versions.
//
// +groupName=things.example.com
// +groupGoName=Namev1
package v1
