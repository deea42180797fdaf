package v1beta1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Widget has a v in front and a patch release.
// +k8s:prerelease-lifecycle-gen:introduced=v1.30
// +k8s:prerelease-lifecycle-gen:deprecated=1.33.1
type Widget struct {
	metav1.TypeMeta `json:",inline"`
}

// Other has a word.
// +k8s:prerelease-lifecycle-gen:introduced=1.30
// +k8s:prerelease-lifecycle-gen:removed=soon
type Other struct {
	metav1.TypeMeta `json:",inline"`
}
