package v1beta1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Widget has every marker.
//
// +k8s:prerelease-lifecycle-gen:introduced=1.8
// +k8s:prerelease-lifecycle-gen:deprecated=1.21
// +k8s:prerelease-lifecycle-gen:removed=1.25
// +k8s:prerelease-lifecycle-gen:replacement=widgets.example.com,v1,Widget
type Widget struct {
	metav1.TypeMeta `json:",inline"`
}

// Sprocket is deprecated later than the default; removed follows from it.
// +k8s:prerelease-lifecycle-gen:introduced=1.19
// +k8s:prerelease-lifecycle-gen:deprecated=1.26
type Sprocket struct {
	metav1.TypeMeta `json:",inline"`
}

// Cog is removed at a set release; deprecated is the default.
// +k8s:prerelease-lifecycle-gen:introduced=1.19
// +k8s:prerelease-lifecycle-gen:removed=1.30
type Cog struct {
	metav1.TypeMeta `json:",inline"`
}

// Event is replaced by a kind of the core group.
// +k8s:prerelease-lifecycle-gen:introduced=1.7
// +k8s:prerelease-lifecycle-gen:replacement=,v1,Event
type Event struct {
	metav1.TypeMeta `json:",inline"`
}
