package unreachable

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// Thing is a top-level type.
type Thing struct {
	metav1.TypeMeta `json:",inline"`

	// ByName's values are not defaulted: a warning.
	ByName map[string]*Leaf `json:"byName,omitempty"`
	// Groups leave an unused loop variable: an error.
	Groups []Group `json:"groups,omitempty"`
	// Matrix would range over a pointer to a slice: an error.
	Matrix [][]Leaf `json:"matrix,omitempty"`
	// Grid is fine: ranging over a pointer to an array compiles.
	Grid [][2]Leaf `json:"grid,omitempty"`
	// PtrList and PtrPtr would use a pointer as the value: errors.
	PtrList *[]Leaf `json:"ptrList,omitempty"`
	PtrPtr  **Leaf  `json:"ptrPtr,omitempty"`
	// Missing names a constant the package does not have: an error.
	// +default=ref(NoSuchConstant)
	Missing string `json:"missing,omitempty"`
	// PtrArray is fine.
	PtrArray *[2]Leaf `json:"ptrArray,omitempty"`
}

// Group holds leaves in a map.
type Group struct {
	Leaves map[string]Leaf `json:"leaves,omitempty"`
}

// Leaf has a default.
type Leaf struct {
	// +default="leaf"
	Name string `json:"name,omitempty"`
}
