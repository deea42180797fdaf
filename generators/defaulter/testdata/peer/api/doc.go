// Package api is a golden case of defaulter-gen with --extra-peer-dirs.
//
// +k8s:defaulter-gen=TypeMeta
package api
