// Package v2 is a prerelease-lifecycle-gen test case: a second major
// version (GA, the path ends in v2) and releases of another major.
//
// +k8s:prerelease-lifecycle-gen=true
package v2
