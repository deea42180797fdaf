// Package internal is a register-gen test case.
//
// +groupName=gizmos.example.com
package internal
