// Package applyconfig is applyconfiguration-gen: for the API types of the
// input packages it writes server-side apply configurations, byte for byte
// as k8s.io/code-generator v0.37.2 does.
//
// For every type reachable from a root — a +genclient type with the apply
// (or applyStatus) verb, or the input type of a custom apply method — that
// is a struct with JSON fields, it writes <output-dir>/<group>/<version>/<type>.go:
//
//   - <Type>ApplyConfiguration, the type with every field optional;
//   - a constructor (<Type>(name, namespace) for client types);
//   - With<Field> builders for plain, pointer, slice, map and embedded
//     (inlined or not) fields, and Get<Field> for the fields apply reads;
//   - with --openapi-schema, Extract<Type>, Extract<Type>From and one
//     Extract<Type><Subresource> per subresource for client types.
//
// It also writes utils.go (ForKind, NewTypeConverter) and
// internal/internal.go, the structured-merge-diff schema of the root types
// (and what they reference) from --openapi-schema (empty without one).
// --openapi-schema=-generated- (GeneratedSchema) reads no file: the schema is
// built in memory from the definitions openapi-gen renders in the same run
// (generators/internal/openapischema), as a models-schema program would
// print it.
// Types of other packages use the apply configurations given by
// --external-applyconfigurations (meta/v1's from client-go by default).
//
// Markers:
//
//	// +k8s:applyconfiguration-gen=false      (doc.go) no apply configurations for the package
//	// +groupName=shop.example.com            (doc.go) the API group, for apiVersion and ForKind
//	// +groupGoName=Shop                      (doc.go) checked, as upstream; no effect on the output
//	// +genclient                             (type)   a root, with Extract functions
//	// +genclient:nonNamespaced               (type)   constructor and Extract without a namespace
//	// +genclient:noStatus                    (type)   no Extract<Type>Status
//	// +genclient:onlyVerbs=get,list          (type)   no apply verb: not a root (also skipVerbs, readonly)
//	// +genclient:method=ApplyScale,verb=apply,subresource=scale,input=Scale
//	//                                        (type)   Extract<Type>Scale; Scale is a root
//
// Internal packages (ObjectMeta without a json tag) are skipped with a
// warning. Unlike upstream, a malformed marker, schema or embedded field is
// an error naming the symbol (or file) and what to write instead, and
// nothing is written.
package applyconfig
