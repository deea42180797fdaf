package unknownmarker

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient
// +genclient:nonNamespace

// Thing misspells +genclient:nonNamespaced.
type Thing struct {
	metav1.ObjectMeta `json:"metadata,omitempty"`
}
