package gizmos

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient

// Gizmo is a namespaced internal type.
type Gizmo struct {
	metav1.TypeMeta
	metav1.ObjectMeta
	Size int32
}

// GizmoList is a list of gizmos.
type GizmoList struct {
	metav1.TypeMeta
	metav1.ListMeta
	Items []Gizmo
}
