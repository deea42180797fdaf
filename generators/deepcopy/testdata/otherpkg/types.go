package otherpkg

import (
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/intstr"

	"github.com/kodegen/kodegen/generators/deepcopy/testdata/otherpkg/ext"
)

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// Thing is an API object.
type Thing struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec ThingSpec `json:"spec"`
}

// ThingSpec uses types of other packages.
type ThingSpec struct {
	Size       resource.Quantity
	Limits     map[string]resource.Quantity
	Port       intstr.IntOrString
	PortPtr    *intstr.IntOrString
	When       metav1.Time
	WhenPtr    *metav1.Time
	Duration   *metav1.Duration
	Selector   *metav1.LabelSelector
	Conditions []metav1.Condition
	Point      ext.Point
	PointPtr   *ext.Point
	Points     []ext.Point
	Blob       ext.Blob
	BlobPtr    *ext.Blob
	Blobs      []ext.Blob
	BlobMap    map[string]*ext.Blob
}

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// ThingList is a list of things.
type ThingList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`

	Items []Thing `json:"items"`
}
