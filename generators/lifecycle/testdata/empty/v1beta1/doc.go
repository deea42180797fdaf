// Package v1beta1 is a prerelease-lifecycle-gen test case: turned on,
// but no type embeds TypeMeta.
//
// +k8s:prerelease-lifecycle-gen=true
package v1beta1
