// +k8s:deepcopy-gen=true
package pkgvalue
