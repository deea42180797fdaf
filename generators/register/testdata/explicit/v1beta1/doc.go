// Package v1beta1 is a register-gen test case.
//
// +k8s:register-gen=true
package v1beta1
