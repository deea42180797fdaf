// +k8s:applyconfiguration-gen=maybe
package v1
