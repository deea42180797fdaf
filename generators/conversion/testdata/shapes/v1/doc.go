// Package v1 is the versioned shapes test group.
//
// +k8s:conversion-gen=github.com/kodegen/kodegen/generators/conversion/testdata/shapes/api
package v1
