package v1beta1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
)

// SchemeGroupVersion is the group and version of this package.
var SchemeGroupVersion = schema.GroupVersion{Group: "store.shop.example.com", Version: "v1beta1"}

// +genclient

// Gadget is a small widget.
type Gadget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	Size              string `json:"size,omitempty"`
}

// DeepCopyObject makes Gadget a runtime.Object (shallowly; enough for tests).
func (in *Gadget) DeepCopyObject() runtime.Object { out := *in; return &out }
