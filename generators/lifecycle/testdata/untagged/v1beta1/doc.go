// Package v1beta1 is a prerelease-lifecycle-gen test case: no tag.
package v1beta1
