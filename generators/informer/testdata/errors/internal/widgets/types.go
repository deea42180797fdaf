// Package widgets holds internal types.
package widgets

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient

// Widget is internal.
type Widget struct {
	metav1.ObjectMeta
}
