// Package v1 turns informer-gen off.
//
// +k8s:informer-gen=false
package v1
