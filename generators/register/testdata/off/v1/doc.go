// Package v1 is a register-gen test case.
//
// +groupName=gizmos.example.com
// +k8s:register-gen=false
package v1
