// Package doccomment is a golden case of what kodegen's defaulter-gen does
// beyond upstream: it reads the type marker in the doc comment too (upstream
// reads it only from a comment block separated from the type by a blank
// line). Upstream generates nothing for Opted and a defaulter for Out.
//
// +k8s:defaulter-gen=TypeMeta
package doccomment
