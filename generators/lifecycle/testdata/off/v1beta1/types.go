package v1beta1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Gadget has no markers, which is fine: the package is off.
type Gadget struct {
	metav1.TypeMeta `json:",inline"`
}
