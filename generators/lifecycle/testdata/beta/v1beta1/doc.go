// Package v1beta1 is a prerelease-lifecycle-gen test case: a beta
// version with explicit deprecated, removed and replacement markers.
//
// +k8s:prerelease-lifecycle-gen=true
package v1beta1
