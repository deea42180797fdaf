// Package v1 holds a +genclient:method naming a type that does not exist.
package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient
// +genclient:method=GetThing,verb=get,subresource=thing,result=NoSuchType
// +genclient:method=GetOther,verb=get,subresource=other,result=k8s.io/apimachinery/pkg/apis/meta/v1.NoSuchType

// Ref has methods on missing types.
type Ref struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}

// RefList is a list of refs.
type RefList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Ref `json:"items"`
}
