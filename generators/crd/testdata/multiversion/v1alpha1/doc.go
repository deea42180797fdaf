// Package v1alpha1 is one version of a multi-version test group.
// +groupName=multi.kodegen.dev
package v1alpha1
