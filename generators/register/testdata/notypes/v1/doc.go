// Package v1 is a register-gen test case without top-level types.
//
// +groupName=gizmos.example.com
package v1
