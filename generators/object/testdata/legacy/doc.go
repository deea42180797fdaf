// Package legacy uses deepcopy-gen's markers, which controller-gen reads too.
// +k8s:deepcopy-gen=package
package legacy

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
)

// Thing gets DeepCopyObject from the legacy interfaces marker.
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object
type Thing struct {
	metav1.TypeMeta
	Items []string
	Raw   runtime.RawExtension
}

// Opted is left out with the legacy spelling.
// +k8s:deepcopy-gen=false
type Opted struct {
	X []string
}

// Other implements some other interface: only runtime.Object counts.
// +k8s:deepcopy-gen:interfaces=example.com/other.Interface
type Other struct {
	Y []string
}
