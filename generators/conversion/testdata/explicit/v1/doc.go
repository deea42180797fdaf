// Package v1 has only explicit conversions.
//
// +k8s:conversion-gen=false
package v1
