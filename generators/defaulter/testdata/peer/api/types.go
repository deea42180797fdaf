package api

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"

	"github.com/kodegen/kodegen/generators/defaulter/testdata/peer/shared"
)

// Gadget is a top-level type whose only defaulter lives in a peer package.
type Gadget struct {
	metav1.TypeMeta `json:",inline"`

	Color  shared.Color   `json:"color"`
	Colors []shared.Color `json:"colors,omitempty"`
	// Root is a recursive type: the generator does not descend into a type
	// below itself.
	Root *Node `json:"root,omitempty"`
}

// Node is recursive.
type Node struct {
	// +default="leaf"
	Name     string `json:"name,omitempty"`
	Children []Node `json:"children,omitempty"`
}

func (in *Gadget) DeepCopyObject() runtime.Object { c := *in; return &c }
