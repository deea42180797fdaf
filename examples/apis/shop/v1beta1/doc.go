// Package v1beta1 is version v1beta1 of the shop.example.com API group. It
// serves the widgets of v1 in an earlier shape.
//
// +k8s:deepcopy-gen=package
// +k8s:openapi-gen=true
// +groupName=shop.example.com
package v1beta1
