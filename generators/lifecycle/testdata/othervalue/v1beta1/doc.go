// Package v1beta1 is a prerelease-lifecycle-gen test case: a value other
// than true, which upstream takes as true.
//
// +k8s:prerelease-lifecycle-gen=yes
package v1beta1
