package v1

import (
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
)

// SchemeGroupVersion is the group and version of this package.
var SchemeGroupVersion = schema.GroupVersion{Group: "shop.example.com", Version: "v1"}

// DeepCopyObject makes Widget a runtime.Object (shallowly; enough for tests).
func (in *Widget) DeepCopyObject() runtime.Object { out := *in; return &out }

// DeepCopyObject makes Store a runtime.Object (shallowly; enough for tests).
func (in *Store) DeepCopyObject() runtime.Object { out := *in; return &out }
