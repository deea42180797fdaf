// Package v1 converts with --skip-unsafe: no unsafe casts.
//
// +k8s:conversion-gen=github.com/kodegen/kodegen/generators/conversion/testdata/shapes/api
package v1
