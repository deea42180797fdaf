// Package v1 is version v1 of the shop.example.com API group: widgets that
// live in namespaces and stores that span the cluster.
//
// +k8s:deepcopy-gen=package
// +k8s:openapi-gen=true
// +groupName=shop.example.com
package v1
