package basic

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// Widget is a root object: it also gets DeepCopyObject.
// +kubebuilder:object:root=true
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec   WidgetSpec   `json:"spec,omitempty"`
	Status WidgetStatus `json:"status,omitempty"`
}

// WidgetList is a list of widgets.
// +kubebuilder:object:root=true
type WidgetList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Widget `json:"items"`
}

// WidgetSpec has a field of every kind controller-gen copies.
type WidgetSpec struct {
	Name     string
	Count    *int32
	Ratio    *float64
	Tags     []string
	Labels   map[string]string
	Parts    []Part
	PartPtrs []*Part
	ByName   map[string]Part
	PtrByKey map[string]*Part
	Lists    map[string][]string
	Nested   map[string]map[string]int
	Matrix   [][]int
	Flat     Flat
	FlatPtr  *Flat
	Deep     Part
	DeepPtr  *Part
	Names    Names
	Index    Index
	Level    Level
	LevelPtr *Level
	Inline   struct {
		A string
		B int
	}
	Embedded
	*Pointed
	Timeout *metav1.Duration
	Since   metav1.Time
	When    *metav1.Time
	Sel     *metav1.LabelSelector
	Refs    []metav1.OwnerReference
	Ptrs    **int
}

// Part is a struct with a reference field.
type Part struct {
	Name   string
	Values []int
}

// Flat copies by assignment.
type Flat struct {
	A, B int
	C    string
}

// Embedded is embedded by value.
type Embedded struct {
	E []string
}

// Pointed is embedded by pointer.
type Pointed struct {
	P map[string]string
}

// Names is a named slice: its methods take a value receiver.
type Names []string

// Index is a named map of structs.
type Index map[string]Part

// Level is a named builtin: not copied.
type Level string

// WidgetStatus is copied too.
type WidgetStatus struct {
	Conditions []metav1.Condition
	Observed   int64
}

// Skipped opts out of the package's choice.
// +kubebuilder:object:generate=false
type Skipped struct {
	S []string
}

// unexported types are never copied.
type internalState struct {
	s []string
}

// Zebra sorts last whatever the order of the files.
type Zebra struct {
	Z []string
}

// Apple sorts first.
type Apple struct {
	A map[string][]Part
}
