package v1beta1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Gadget has its own APILifecycleIntroduced.
// +k8s:prerelease-lifecycle-gen:introduced=1.20
type Gadget struct {
	metav1.TypeMeta `json:",inline"`
}

// APILifecycleIntroduced is hand-written.
func (in *Gadget) APILifecycleIntroduced() (major, minor int) { return 1, 20 }
