// Package informer is informer-gen: for every +genclient type of an API
// package that has the list and watch verbs (and not +genclient:noVerbs) it
// writes a shared informer into <output-dir>/<group>/<version>/<type>.go,
// the version's and the group's interface.go, a SharedInformerFactory
// (factory.go), its ForResource (generic.go) and internalinterfaces/.
// Versioned packages go below externalversions/ and internal ones below
// internalversion/, each tree with its own factory, unless SingleDirectory.
// Output is byte-identical with k8s.io/code-generator v0.37.2's informer-gen.
//
// Markers read (client-gen declares all but +k8s:informer-gen):
//
//	// +genclient                      (type) generate an informer
//	// +genclient:nonNamespaced        (type) cluster-scoped: no namespace argument
//	// +genclient:noVerbs              (type) no informer; also +genclient:onlyVerbs,
//	                                   //     skipVerbs and readonly: it needs list and watch
//	// +resourceName=ovens             (type) the resource in ForResource (and, with
//	                                   //     PluralResourceNames, in the informer)
//	// +groupName=shop.example.com     (package) the API group
//	// +groupGoName=Shop               (package) the group's Go name in the factory
//	// +k8s:informer-gen=false         (package, doc.go) no informers for the package
//
// Like upstream, an informer's GroupVersionResource names its resource as the
// lower-case Kind + "s" (NetworkPolicy → networkpolicys);
// Config.PluralResourceNames (--plural-resource-names) uses the real one.
package informer
