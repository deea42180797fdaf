// Package v1 has a misspelt marker that is only worth a warning.
package v1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime/schema"
)

// SchemeGroupVersion is the group and version of this package.
var SchemeGroupVersion = schema.GroupVersion{Group: "lint.example.com", Version: "v1"}

// +genclient
// +genclient:noVerbs
// +k8s:deepcopy-gen:interface=k8s.io/apimachinery/pkg/runtime.Object

// Thing has a misspelt deepcopy marker.
type Thing struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}
