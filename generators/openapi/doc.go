// Package openapi is openapi-gen (k8s.io/kube-openapi's, at the version
// code-generator v0.37.2 pins): it writes --output-dir/--output-file, a Go
// file in --output-pkg whose GetOpenAPIDefinitions returns the OpenAPI
// definition of every type selected by +k8s:openapi-gen, the API rule
// violation report (--report-filename: a file, "-" for the standard output
// or /dev/null), and with --output-model-name-file, into every input
// package that has +k8s:openapi-model-package, a file of OpenAPIModelName
// methods.
//
// Markers:
//
//	+k8s:openapi-gen=true             package (doc.go) or type: generate definitions
//	+k8s:openapi-gen=false            type or field: leave it out
//	+k8s:openapi-model-package=<pkg>  package or type: model names <pkg>.<Type>
//
// plus the validation, list, map, union and extension markers kube-openapi
// reads (+listType, +listMapKey, +patchStrategy, +union, +enum, +k8s:…).
//
// The definitions are rendered by k8s.io/kube-openapi/pkg/generators; this
// package gives it the universe upstream's own load would hold (see
// view.go), checks beforehand every input that would make it exit or
// panic (markers.go), and routes the report through the run's file set, so
// it is written with the rest, or diffed by --verify.
//
// Example:
//
//	openapi-gen --output-dir pkg/generated/openapi \
//	    --output-pkg example.com/pkg/generated/openapi \
//	    --output-file zz_generated.openapi.go \
//	    --go-header-file hack/boilerplate.go.txt \
//	    -r api/api-rules/violation_exceptions.list \
//	    example.com/pkg/apis/shop/v1 k8s.io/apimachinery/pkg/apis/meta/v1
package openapi
