package gizmos

import "k8s.io/apimachinery/pkg/runtime/schema"

// SchemeGroupVersion is the internal version of the group.
var SchemeGroupVersion = schema.GroupVersion{Group: "gizmos.example.com", Version: "__internal"}
