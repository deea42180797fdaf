// Package input is a golden case of defaulter-gen: it holds the defaulters
// of the types in ./api.
//
// +k8s:defaulter-gen=TypeMeta
// +k8s:defaulter-gen-input=github.com/kodegen/kodegen/generators/defaulter/testdata/input/api
package input
