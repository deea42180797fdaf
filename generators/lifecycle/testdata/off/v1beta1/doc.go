// Package v1beta1 is a prerelease-lifecycle-gen test case: turned off.
//
// +k8s:prerelease-lifecycle-gen=false
package v1beta1
