// Package optin has no package marker: only the types that ask are copied.
package optin

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Root is a root object, copied without a package marker.
// +kubebuilder:object:root=true
type Root struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	Spec              Spec `json:"spec"`
}

// Spec asks for deepcopy itself.
// +kubebuilder:object:generate=true
type Spec struct {
	Items []Item
}

// Item asks with the legacy marker.
// +k8s:deepcopy-gen=true
type Item struct {
	Values map[string]string
}

// NotAsked is not copied.
type NotAsked struct {
	X []string
}

// RootOff is not a root object after all.
// +kubebuilder:object:root=false
type RootOff struct {
	X []string
}
