package off

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient

// Thing would get an apply configuration, but its package says no.
type Thing struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	Value             string `json:"value,omitempty"`
}
