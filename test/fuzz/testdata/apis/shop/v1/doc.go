// Package v1 is the API package the fuzz tests generate from; their
// inputs replace its package comments and type comments in memory.
//
// +k8s:deepcopy-gen=package
// +groupName=shop.example.com
package v1
