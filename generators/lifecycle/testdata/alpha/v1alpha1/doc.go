// Package v1alpha1 is a prerelease-lifecycle-gen test case: an alpha
// version, whose types get every method from introduced alone.
//
// +k8s:prerelease-lifecycle-gen=true
// +groupName=gizmos.example.com
package v1alpha1
