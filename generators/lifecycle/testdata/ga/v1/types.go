package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Plain has only introduced.
// +k8s:prerelease-lifecycle-gen:introduced=1.0
type Plain struct {
	metav1.TypeMeta `json:",inline"`
}

// Deprecated is deprecated; removed is not asked for.
// +k8s:prerelease-lifecycle-gen:introduced=1.16
// +k8s:prerelease-lifecycle-gen:deprecated=1.22
type Deprecated struct {
	metav1.TypeMeta `json:",inline"`
}

// Removed is removed without a deprecated marker.
// +k8s:prerelease-lifecycle-gen:introduced=1.16
// +k8s:prerelease-lifecycle-gen:removed=1.29
type Removed struct {
	metav1.TypeMeta `json:",inline"`
}

// Replaced names its replacement only.
// +k8s:prerelease-lifecycle-gen:introduced=1.16
// +k8s:prerelease-lifecycle-gen:replacement=example.com,v2,Replacement
type Replaced struct {
	metav1.TypeMeta `json:",inline"`
}
