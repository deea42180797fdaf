package v1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
)

// Gizmo is a top-level type.
type Gizmo struct {
	metav1.TypeMeta `json:",inline"`
	Name            string
}

// GizmoList is a list of gizmos.
type GizmoList struct {
	metav1.TypeMeta `json:",inline"`
	Items           []Gizmo
}

// Part is not a top-level type.
type Part struct {
	Name string
}

func (in *Gizmo) DeepCopyObject() runtime.Object     { c := *in; return &c }
func (in *GizmoList) DeepCopyObject() runtime.Object { c := *in; return &c }
