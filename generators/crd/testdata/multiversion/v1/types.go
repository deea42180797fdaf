package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Widget is stored in v1.
// +kubebuilder:storageversion
// +kubebuilder:subresource:status
// +kubebuilder:printcolumn:name="Size",type=integer,JSONPath=`.spec.size`
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	// spec is the wanted state.
	Spec WidgetSpec `json:"spec,omitempty"`
}

// WidgetSpec is the wanted state.
type WidgetSpec struct {
	// size is the size, a very long description that goes on and on so that a maximum description length cuts it somewhere. It has a second sentence too.
	Size int32 `json:"size"`
	// owner is an object reference.
	Owner *metav1.OwnerReference `json:"owner,omitempty"`
}

// Thing only exists in v1.
// +kubebuilder:resource:scope=Cluster
type Thing struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	// ratio is a float.
	Ratio float64 `json:"ratio,omitempty"`
	// secret is unexported.
	secret string `json:"secret,omitempty"` //nolint:unused
}
