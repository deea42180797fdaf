// Package unreachable has defaulters below map values, which the generated
// code cannot call.
//
// +k8s:defaulter-gen=TypeMeta
package unreachable
