// Package v1 has a misspelt marker.
// +groupName=warn.kodegen.dev
package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Thing has a typo in a marker.
// +kubebuilder:subresource:stauts
// +kubebuilder:object:root=true
type Thing struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	// +kubebuilder:validation:Maximun=3
	Size int32 `json:"size"`
}
