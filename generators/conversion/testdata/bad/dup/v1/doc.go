// Package v1 is a bad input.
//
// +k8s:conversion-gen=github.com/kodegen/kodegen/generators/conversion/testdata/shapes/api
package v1
