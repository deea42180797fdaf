package v1alpha1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Widget in v1alpha1 is no longer served.
// +kubebuilder:unservedversion
// +kubebuilder:deprecatedversion
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec WidgetSpec `json:"spec,omitempty"`
}

// WidgetSpec is the wanted state.
type WidgetSpec struct {
	// size is the size.
	Size string `json:"size"`
}

// Gone is skipped.
// +kubebuilder:skipversion
type Gone struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}
