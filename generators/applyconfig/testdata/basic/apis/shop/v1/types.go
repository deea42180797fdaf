package v1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
)

// +genclient
// +genclient:method=ApplyScale,verb=apply,subresource=scale,input=Scale,result=Scale

// Widget is a namespaced thing a store sells.
//
// It has a second paragraph, with a $dollar$ in it.
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	// Spec is what the owner asks for.
	Spec WidgetSpec `json:"spec,omitempty"`
	// +optional
	Status WidgetStatus `json:"status,omitempty"`
}

// WidgetSpec covers every shape of field.
type WidgetSpec struct {
	// Replicas is a pointer to a builtin.
	// +optional
	Replicas *int32 `json:"replicas,omitempty"`
	// Color is a named string.
	Color Color `json:"color"`
	// Dimensions is embedded and inlined.
	Dimensions `json:",inline"`
	// Extra is embedded but not inlined.
	Extra `json:"extra,omitempty"`
	// Parts is a slice of structs with apply configurations.
	Parts []Part `json:"parts,omitempty"`
	// Spares point to a slice of structs.
	Spares *[]Part `json:"spares,omitempty"`
	// PartsByName maps to structs with apply configurations.
	PartsByName map[string]Part `json:"partsByName,omitempty"`
	// Labels is a plain map.
	Labels map[string]string `json:"labels,omitempty"`
	// Tags is a plain slice.
	Tags []string `json:"tags,omitempty"`
	// Selector has an external apply configuration.
	Selector *metav1.LabelSelector `json:"selector,omitempty"`
	// Since is a struct without one.
	Since metav1.Time `json:"since,omitempty"`
	// Raw is never given an apply configuration.
	Raw runtime.RawExtension `json:"raw,omitempty"`
	// Secret is not serialized.
	Secret string `json:"-"`
	// Untagged is not serialized either.
	Untagged string
	// ZZZ_Old is on its way out.
	ZZZ_Old string `json:"zzzOld,omitempty"`
}

// Color is a paint colour.
type Color string

// Dimensions are outer measures.
type Dimensions struct {
	Width  int64 `json:"width,omitempty"`
	Height int64 `json:"height,omitempty"`
}

// Extra is optional detail.
type Extra struct {
	Note string `json:"note,omitempty"`
	// Color here shadows WidgetSpec.Color: no second WithColor.
	Color Color `json:"extraColor,omitempty"`
}

// Part is one component.
type Part struct {
	Name     string `json:"name"`
	Quantity int32  `json:"quantity"`
	// +optional
	Replaces *Part `json:"replaces,omitempty"`
}

// WidgetStatus is what the controller saw.
type WidgetStatus struct {
	Ready      bool               `json:"ready,omitempty"`
	Conditions []metav1.Condition `json:"conditions,omitempty"`
}

// Scale is the input of ApplyScale.
type Scale struct {
	metav1.TypeMeta `json:",inline"`
	Replicas        int32 `json:"replicas"`
}

// +genclient
// +genclient:nonNamespaced
// +genclient:noStatus

// Store spans the cluster.
type Store struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	Spec              StoreSpec   `json:"spec,omitempty"`
	Status            StoreStatus `json:"status,omitempty"`
}

// StoreSpec is a store's configuration.
type StoreSpec struct {
	Address string `json:"address,omitempty"`
}

// StoreStatus is never applied on its own.
type StoreStatus struct {
	Open bool `json:"open,omitempty"`
}

// +genclient
// +genclient:onlyVerbs=get,list

// Catalog has no apply verb, so nothing reaches it.
type Catalog struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	Items             []string `json:"items,omitempty"`
}

// +genclient

// Orphan has a client but no ObjectMeta: apply cannot name it.
type Orphan struct {
	metav1.TypeMeta `json:",inline"`
	Value           string `json:"value,omitempty"`
}

// Unreached is not reachable from any root.
type Unreached struct {
	Value string `json:"value,omitempty"`
}
