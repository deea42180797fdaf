// Package badactivation gives +k8s:lister-gen a value it does not take.
//
// +k8s:lister-gen=no
package badactivation
