// Package conversion generates conversion functions between the versioned
// types of an API package and their namesakes in its peer (usually
// internal) packages, byte-identical with k8s.io/code-generator's
// conversion-gen v0.37.2.
//
// For every pair it writes autoConvert_<a>_To_<b>, field by field (one
// unsafe cast where the memory layouts are identical, unless
// Config.SkipUnsafe), and Convert_<a>_To_<b> unless a hand-written function
// of that name exists in the package or a peer; then RegisterConversions,
// which registers both with a runtime.Scheme.
//
// Markers:
//
//	// +k8s:conversion-gen=example.com/apis/widgets          doc.go: a peer package (repeatable)
//	// +k8s:conversion-gen=false                             doc.go: only explicit-from conversions
//	// +k8s:conversion-gen-external-types=example.com/api/widgets/v1   doc.go: where the versioned types live
//	// +k8s:conversion-gen=false                             type or field: opt out
//	// +k8s:conversion-gen:explicit-from=net/url.Values      type: also convert from query parameters
//	// +k8s:conversion-fn=copy-only                          Convert_ function: does not block unsafe casts
//	// +k8s:conversion-fn=drop                               Convert_ function: never called for a field
//
// Where upstream writes code that cannot compile (a field type with no
// conversion function, an unsupported kind without a hand-written
// Convert_), kodegen fails with an error naming the field and the function
// to write. Where upstream only warns ("requires manual conversion" and no
// hand-written Convert_), kodegen warns too, and fails under Config.Strict.
package conversion
