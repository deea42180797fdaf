// Package v1 is version v1 of a test API group.
//
// +groupName=gizmos.example.com
package v1
