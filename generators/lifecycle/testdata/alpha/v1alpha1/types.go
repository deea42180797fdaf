package v1alpha1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Gizmo is an API type.
// +k8s:prerelease-lifecycle-gen:introduced=1.30
type Gizmo struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	Spec              GizmoSpec `json:"spec"`
}

// GizmoSpec is not an API type: no TypeMeta.
type GizmoSpec struct {
	Size int32 `json:"size"`
}

// +k8s:prerelease-lifecycle-gen:introduced=1.30

// GizmoList is a list of gizmos; its marker sits in the block above its
// doc comment.
type GizmoList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Gizmo `json:"items"`
}

// Anvil was introduced in a later release; it sorts before Gizmo.
// +k8s:prerelease-lifecycle-gen:introduced=1.34
type Anvil struct {
	metav1.TypeMeta `json:",inline"`
}

// internalThing embeds TypeMeta but is not exported: no methods, no
// marker needed.
type internalThing struct {
	metav1.TypeMeta
}

var _ = internalThing{}
