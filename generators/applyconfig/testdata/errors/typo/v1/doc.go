// Package v1 misspells the switch: applyconfigurations instead of
// applyconfiguration. An error: the apply configurations it meant to turn
// off would be generated.
//
// +k8s:applyconfigurations-gen=false
package v1
