package v2

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient

// Thing is namespaced.
type Thing struct {
	metav1.ObjectMeta `json:"metadata,omitempty"`
}
