package noresource

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient

// Thing is fine, but the package has no Resource func for its lister.
type Thing struct {
	metav1.ObjectMeta `json:"metadata,omitempty"`
}
