// Package stress is a golden case of defaulter-gen over many shapes:
// arrays, nested slices, embedded and aliased structs, hand-written object,
// base and additional defaulters, types of another package, pointers to
// pointers, and defaults of many builtin types.
//
// +k8s:defaulter-gen=TypeMeta
// +k8s:defaulter-gen=ListMeta
package stress
