// Package v1 is a bad input.
//
// +k8s:conversion-gen=../api
package v1
