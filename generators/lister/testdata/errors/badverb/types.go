package badverb

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient
// +genclient:onlyVerbs=get,lst

// Thing names a verb that does not exist.
type Thing struct {
	metav1.ObjectMeta `json:"metadata,omitempty"`
}
