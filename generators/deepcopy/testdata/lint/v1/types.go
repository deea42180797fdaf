package v1

// TypeMeta stands in for metav1.TypeMeta.
type TypeMeta struct{ Kind string }

// Widget is served.
type Widget struct {
	TypeMeta `json:",inline"`
}
