// Package register generates scheme registration, the drop-in for
// k8s.io/code-generator's register-gen v0.37.2.
//
// For every versioned input package that asks for it and has no
// hand-written register.go, it writes one file (by default
// zz_generated.register.go) declaring GroupName, GroupVersion,
// SchemeGroupVersion, Resource, SchemeBuilder, AddToScheme, Install and
// addKnownTypes, which registers every type embedding TypeMeta. Other
// registration functions (defaulting, conversions) are added with
// localSchemeBuilder.Register in the package's own files.
//
// Markers, in doc.go:
//
//	// +groupName=example.com      the group; it also turns registration on
//	// +k8s:register-gen=true      registration without +groupName (the group is then the
//	//                             next-to-last element of the import path)
//	// +k8s:register-gen=false     no registration
//
// Packages of internal types (whose TypeMeta has no json tag) and packages
// without any type embedding TypeMeta are skipped, as upstream.
package register
