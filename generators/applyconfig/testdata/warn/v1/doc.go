// Package v1 misspells the switch: applyconfigurations instead of applyconfiguration.
//
// +k8s:applyconfigurations-gen=false
package v1
