// Package v1beta1 is a prerelease-lifecycle-gen test case: a type with a
// hand-written method keeps it; the others are generated.
//
// +k8s:prerelease-lifecycle-gen=true
package v1beta1
