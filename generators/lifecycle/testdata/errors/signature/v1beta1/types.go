package v1beta1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Widget has an APILifecycleIntroduced of its own, with another signature.
// +k8s:prerelease-lifecycle-gen:introduced=1.30
type Widget struct {
	metav1.TypeMeta `json:",inline"`
}

// APILifecycleIntroduced returns a string.
func (in *Widget) APILifecycleIntroduced() string { return "1.30" }
