// Package api holds types defaulted from another package (see ../doc.go).
package api

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
)

// Gadget is a top-level type.
type Gadget struct {
	metav1.TypeMeta `json:",inline"`

	// +default="medium"
	Size string `json:"size,omitempty"`
	Knob Knob   `json:"knob"`
}

// Knob is defaulted by hand, in the defaulting package.
type Knob struct {
	Turns int `json:"turns,omitempty"`
}

func (in *Gadget) DeepCopyObject() runtime.Object { c := *in; return &c }
