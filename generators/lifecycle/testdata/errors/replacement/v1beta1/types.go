package v1beta1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Widget writes group/version.
// +k8s:prerelease-lifecycle-gen:introduced=1.30
// +k8s:prerelease-lifecycle-gen:replacement=widgets.example.com/v1,Widget
type Widget struct {
	metav1.TypeMeta `json:",inline"`
}

// Other tries to leave the string literal.
// +k8s:prerelease-lifecycle-gen:introduced=1.30
// +k8s:prerelease-lifecycle-gen:replacement=batch,v1,Cron"+x+"Job
type Other struct {
	metav1.TypeMeta `json:",inline"`
}
