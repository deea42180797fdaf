package doccomment

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
)

// Opted has no TypeMeta, and opts in.
// +k8s:defaulter-gen=true
type Opted struct {
	// +default="in"
	Name string `json:"name,omitempty"`
}

// Out has TypeMeta, and opts out.
// +k8s:defaulter-gen=false
type Out struct {
	metav1.TypeMeta `json:",inline"`

	// +default="out"
	Name string `json:"name,omitempty"`
}

// In has TypeMeta.
type In struct {
	metav1.TypeMeta `json:",inline"`

	Opted Opted `json:"opted"`
}

func (in *In) DeepCopyObject() runtime.Object    { c := *in; return &c }
func (in *Out) DeepCopyObject() runtime.Object   { c := *in; return &c }
func (in *Opted) DeepCopyObject() runtime.Object { c := *in; return &c }

// GetObjectKind makes Opted a runtime.Object, which RegisterDefaults needs.
func (in *Opted) GetObjectKind() schema.ObjectKind { return schema.EmptyObjectKind }
