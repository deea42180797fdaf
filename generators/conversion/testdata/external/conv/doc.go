// Package conv holds the conversions of package types.
//
// +k8s:conversion-gen=github.com/kodegen/kodegen/generators/conversion/testdata/shapes/api
// +k8s:conversion-gen-external-types=github.com/kodegen/kodegen/generators/conversion/testdata/external/types
package conv
