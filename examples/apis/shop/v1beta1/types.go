package v1beta1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// +genclient
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object
// +kubebuilder:deprecatedversion:warning="shop.example.com/v1beta1 Widget is deprecated; use shop.example.com/v1"
// +kubebuilder:resource:shortName=wd,categories=shop
// +kubebuilder:subresource:status
// +kubebuilder:printcolumn:name="Colour",type=string,JSONPath=`.spec.colour`

// Widget is a namespaced thing a store sells.
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec   WidgetSpec   `json:"spec,omitempty"`
	Status WidgetStatus `json:"status,omitempty"`
}

// WidgetSpec is what the owner of a widget asks for.
type WidgetSpec struct {
	// +optional
	// +kubebuilder:validation:Minimum=0
	Replicas *int32 `json:"replicas,omitempty"`
	// Colour is the paint colour (v1 calls it color).
	// +optional
	Colour string `json:"colour,omitempty"`
	// +optional
	Parts []Part `json:"parts,omitempty"`
	// +optional
	Suppliers map[string][]string `json:"suppliers,omitempty"`
}

// Part is one component of a widget.
type Part struct {
	Name     string `json:"name"`
	Quantity int32  `json:"quantity"`
}

// WidgetStatus is what the controller observed.
type WidgetStatus struct {
	// +optional
	Ready bool `json:"ready,omitempty"`
}

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// WidgetList is a list of widgets.
type WidgetList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`

	Items []Widget `json:"items"`
}
