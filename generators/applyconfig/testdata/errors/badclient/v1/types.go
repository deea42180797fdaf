package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient=true

// Old uses the old form of +genclient.
type Old struct {
	metav1.ObjectMeta `json:"metadata,omitempty"`
}

// +genclient
// +genclient:method=Scale,subresource=scale

// NoVerb has a method without a verb.
type NoVerb struct {
	metav1.ObjectMeta `json:"metadata,omitempty"`
}

// +genclient
// +genclient:nonNamespaceed

// Typo misspells a +genclient marker.
type Typo struct {
	metav1.ObjectMeta `json:"metadata,omitempty"`
}
