// Package off switches apply configurations off.
//
// +k8s:applyconfiguration-gen=false
package off
