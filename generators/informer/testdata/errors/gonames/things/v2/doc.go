// Package v2 gives the group a Go name that differs between versions.
//
// +groupName=things.example.com
// +groupGoName=Namev2
package v2
