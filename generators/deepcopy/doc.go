// Package deepcopy generates DeepCopyInto, DeepCopy and DeepCopy<Interface>
// methods, byte for byte as k8s.io/code-generator's deepcopy-gen v0.37.2
// does, into one file (Config.OutputFile) per input package.
//
// Markers (see also `kodegen markers`):
//
//	+k8s:deepcopy-gen=package    package: every exported struct and named map or slice
//	+k8s:deepcopy-gen=false      package or type: opt out
//	+k8s:deepcopy-gen=true       type: opt one type in (without a package marker)
//	+k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object
//	                             struct: also DeepCopyObject() runtime.Object
//	+k8s:deepcopy-gen:nonpointer-interfaces=true
//	                             struct: put those on the value receiver
//
// Package markers are read from all of doc.go, as upstream does, and from
// the comments above the package clause of any other file. Type markers
// are read from the doc comment and the comment block one blank line
// above it.
//
// Hand-written DeepCopy and DeepCopyInto methods are called instead of
// generated. Where upstream silently skips a bad marker value or writes
// code that does not compile (chan, func and empty-interface fields,
// generic types, interfaces without DeepCopy<Name>, arrays of pointers,
// keys that are not values), Targets returns an error naming the package,
// type and field, and nothing is written.
package deepcopy
