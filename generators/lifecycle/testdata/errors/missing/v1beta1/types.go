package v1beta1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Widget lacks introduced.
// +k8s:prerelease-lifecycle-gen:deprecated=1.33
type Widget struct {
	metav1.TypeMeta `json:",inline"`
}

// WidgetList lacks it too.
type WidgetList struct {
	metav1.TypeMeta `json:",inline"`
	Items           []Widget
}
