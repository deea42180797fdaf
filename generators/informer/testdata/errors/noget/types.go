package noget

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient
// +genclient:onlyVerbs=list,watch

// Thing can be listed and watched but not got: lister-gen writes no lister.
type Thing struct {
	metav1.ObjectMeta `json:"metadata,omitempty"`
}
