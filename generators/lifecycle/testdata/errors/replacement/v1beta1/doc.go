// Package v1beta1 is a prerelease-lifecycle-gen error case.
//
// +k8s:prerelease-lifecycle-gen=true
package v1beta1
