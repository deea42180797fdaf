// Package shop is the internal version: ObjectMeta has no json tag.
package shop

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient

// Widget is the internal widget.
type Widget struct {
	metav1.TypeMeta
	metav1.ObjectMeta
	Color string
}
