// Package lister is lister-gen: for every +genclient type of an API package
// that has the get and list verbs it writes a lister (List, and Get or a
// per-namespace lister) into <output-dir>/<group>/<version>/<type>.go, and
// expansion_generated.go with an empty <Type>ListerExpansion (and
// <Type>NamespaceListerExpansion) for every type whose hand-written
// <type>_expansion.go is not already in that folder. Output is byte-identical
// with k8s.io/code-generator v0.37.2's lister-gen.
//
// Markers read (client-gen declares the +genclient ones):
//
//	// +genclient                      (type) generate a lister
//	// +genclient:nonNamespaced        (type) cluster-scoped: List and Get, no namespace lister
//	// +genclient:onlyVerbs=get,list   (type) also +genclient:skipVerbs and +genclient:readonly;
//	                                   //     a type needs get and list for a lister
//	// +k8s:lister-gen=false           (package, doc.go) no listers for the package
//
// Every +genclient type must embed metav1.ObjectMeta. A package whose
// ObjectMeta has no json tag holds internal types; its listers go to
// <group>/internalversion.
//
// What informer-gen shares with lister-gen (reading an API package's
// +genclient types, the name systems of both generators' templates) is in
// generators/internal/apitypes.
package lister
