package v1beta1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Gadget is an API type.
// +k8s:prerelease-lifecycle-gen:introduced=1.31
type Gadget struct {
	metav1.TypeMeta `json:",inline"`
}
