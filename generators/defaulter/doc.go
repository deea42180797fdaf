// Package defaulter generates defaulting functions, the drop-in for
// k8s.io/code-generator's defaulter-gen v0.37.2.
//
// For every input package that asks for it, it writes one file (by default
// zz_generated.defaults.go) holding a SetObjectDefaults_<Type> function per
// top-level type, which calls every hand-written SetDefaults_<Type> (and
// SetDefaults_<Type>_<Qualifier>) below the type and applies every +default
// marker, and RegisterDefaults(scheme), which registers them all.
//
// Markers:
//
//	// In doc.go: default every type that has a TypeMeta field (repeatable).
//	// +k8s:defaulter-gen=TypeMeta
//	// In doc.go: the types live in another package.
//	// +k8s:defaulter-gen-input=k8s.io/api/core/v1
//
//	// On a type: opt in or out, whatever its fields.
//	// +k8s:defaulter-gen=true
//
//	// On a hand-written SetDefaults_<Type>: it defaults everything below
//	// the type itself, so nested defaulters are not called.
//	// +k8s:defaulter-gen=covers
//
//	// On a field (or a type, for pointers to it): the default, as JSON
//	// for the field's type, or a reference to a constant.
//	// +default="Always"
//	// +default=ref(k8s.io/api/core/v1.PullAlways)
//
// Upstream reads the type marker only from the comment block separated from
// the type by a blank line; this package reads the doc comment too. Where
// upstream writes code that does not compile, or stops with a bare message,
// this package returns an error naming the field (pkg.Type.Field, with [i]
// and [key] for elements): two +default markers; a default that is not JSON
// of the field's type (kinds, whole numbers, struct field names); null; a
// default on a struct value; ref() on a non-builtin or naming a missing
// constant; slices of slices or maps and pointers to slices, maps or
// pointers with something to default inside. Defaulters below map values,
// which upstream silently drops, draw a warning.
package defaulter
