package v1beta1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Widget is still served in v1beta1, deprecated.
// +kubebuilder:deprecatedversion:warning="multi.kodegen.dev/v1beta1 Widget is deprecated; use v1"
// +kubebuilder:printcolumn:name="Size",type=integer,JSONPath=`.spec.size`
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec WidgetSpec `json:"spec,omitempty"`
}

// WidgetSpec is the wanted state.
type WidgetSpec struct {
	// size is the size.
	Size int64 `json:"size"`
}
