// Package shop holds the internal types of the test API: their ObjectMeta
// has no json tag, so their informers go to internalversion/.
package shop

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient

// Widget is the internal widget.
type Widget struct {
	metav1.TypeMeta
	metav1.ObjectMeta
}
