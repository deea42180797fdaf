// Package v1 is the versioned ptrelem test group: slices and maps of
// pointers whose elements convert by hand-written functions (the v0.35
// change of conversion-gen).
//
// +k8s:conversion-gen=github.com/kodegen/kodegen/generators/conversion/testdata/ptrelem/api
package v1
