// Package v1 is a register-gen test case.
//
// +k8s:register-gen=true
// +k8s:register-gen=false
package v1
