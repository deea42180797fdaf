package bad

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// Thing is a top-level type.
type Thing struct {
	metav1.TypeMeta `json:",inline"`

	// +default="a"
	// +default="b"
	Twice string `json:"twice,omitempty"`
	// +default={oops
	NotJSON string `json:"notJSON,omitempty"`
	// +default="three"
	WrongKind int32 `json:"wrongKind,omitempty"`
	// +default=-1
	Negative uint `json:"negative,omitempty"`
	// +default=1.5
	Fraction *int `json:"fraction,omitempty"`
	// +default={"a": 1}
	StructValue Sub `json:"structValue"`
	// +default=ref(Names)
	RefSlice []string `json:"refSlice,omitempty"`
	// +default=["x", 2]
	ListItem []string `json:"listItem,omitempty"`
	// +default={"a": "b"}
	MapValue map[string]int `json:"mapValue,omitempty"`
	// +default={"b": 1}
	UnknownField *Sub `json:"unknownField,omitempty"`
	// +default=[{"a": "x"}]
	FieldKind []Sub `json:"fieldKind,omitempty"`
	// +default=null
	Null *string `json:"null,omitempty"`
}

// Sub is a struct.
type Sub struct {
	A int `json:"a"`
}

// +k8s:defaulter-gen=yes

// Odd has a type marker with a value that means nothing.
type Odd struct {
	metav1.TypeMeta `json:",inline"`
}
