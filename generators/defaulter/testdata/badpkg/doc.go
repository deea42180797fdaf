// Package badpkg turns the defaulter both on and off.
//
// +k8s:defaulter-gen=TypeMeta
// +k8s:defaulter-gen=false
package badpkg
