// Package v1 is a prerelease-lifecycle-gen test case: a GA version, whose
// types get Deprecated and Removed methods only from their markers.
//
// +k8s:prerelease-lifecycle-gen=true
package v1
