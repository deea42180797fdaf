package v1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime/schema"
)

// SchemeGroupVersion is the group and version of this package.
var SchemeGroupVersion = schema.GroupVersion{Group: "widgets.example.com", Version: "v1"}

// +genclient
// +genclient:method=GetScale,verb=get,subresource=scale,result=Scale
// +genclient:method=UpdateScale,verb=update,subresource=scale,input=Scale,result=Scale
// +genclient:method=ApplyScale,verb=apply,subresource=scale,input=Scale,result=Scale
// +genclient:method=CreateToken,verb=create,subresource=token,input=TokenRequest,result=TokenRequest
// +genclient:method=ListStrict,verb=list
// +genclient:method=PatchStrict,verb=patch
// +genclient:method=CreateDraft,verb=create
// +genclient:method=UpdateDraft,verb=update
// +genclient:method=ApplyDraft,verb=apply

// Widget is namespaced, has a status and extra methods.
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	Spec              WidgetSpec   `json:"spec,omitempty"`
	Status            WidgetStatus `json:"status,omitempty"`
}

// WidgetSpec is the spec.
type WidgetSpec struct {
	Replicas int32 `json:"replicas"`
}

// WidgetStatus is the status.
type WidgetStatus struct {
	Replicas int32 `json:"replicas"`
}

// WidgetList is a list of widgets.
type WidgetList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Widget `json:"items"`
}

// Scale is a subresource.
type Scale struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	Replicas          int32 `json:"replicas"`
}

// TokenRequest is a subresource.
type TokenRequest struct {
	metav1.TypeMeta `json:",inline"`
	Token           string `json:"token"`
}

// +genclient
// +genclient:nonNamespaced
// +genclient:readonly
// +resourceName=gadgetry

// Gadget is cluster-scoped, read-only and has its own resource name.
type Gadget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}

// GadgetList is a list of gadgets.
type GadgetList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Gadget `json:"items"`
}

// +genclient
// +genclient:noVerbs

// Marker has a client without verbs.
type Marker struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}

// +genclient
// +genclient:noStatus
// +genclient:skipVerbs=deleteCollection,watch

// Part has a status the client leaves alone.
type Part struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	Status            WidgetStatus `json:"status,omitempty"`
}

// PartList is a list of parts.
type PartList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Part `json:"items"`
}

// +genclient
// +genclient:onlyVerbs=create,get

// Order can only be created and read.
type Order struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}
