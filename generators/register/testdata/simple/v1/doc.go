// Package v1 is a register-gen test case.
//
// +groupName=gizmos.example.com
package v1
