// Package v1 has markers with bad values.
// +groupName=bad.kodegen.dev
package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Thing has bad markers.
type Thing struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	// +kubebuilder:validation:MinLength=abc
	Name string `json:"name"`
	// +kubebuilder:validation:Maximum=3
	Label string  `json:"label"`
	Ratio float32 `json:"ratio"`
	NoTag string
}
