package v2

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Thing was introduced in 2.0 and deprecated in 2.9 (removed: 2.12).
// +k8s:prerelease-lifecycle-gen:introduced=2.0
// +k8s:prerelease-lifecycle-gen:deprecated=2.09
type Thing struct {
	metav1.TypeMeta `json:",inline"`
}
