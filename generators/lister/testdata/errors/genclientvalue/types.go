package genclientvalue

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient=true

// Thing uses the old +genclient=true form.
type Thing struct {
	metav1.ObjectMeta `json:"metadata,omitempty"`
}
