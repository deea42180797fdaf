// Package v1 is a register-gen test case.
//
// +k8s:register-gen=yes
package v1
