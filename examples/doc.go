// Package examples holds kodegen's example API module: API groups under
// apis/ and the clients generated for them under generated/. Every
// generated file is committed and rebuilt by `go generate ./examples/...`
// (hack/update-codegen.sh); hack/verify-codegen.sh fails when one is stale.
//
// The go:generate line below builds the client side for every group in one
// kodegen batch (codegen.batch): listers, OpenAPI definitions, apply
// configurations, clientset and informers. The apply configurations read
// the OpenAPI schema in process (--openapi-schema=-generated-) from the
// definitions openapi-gen renders in the same run. Each API package's doc.go
// carries its own deepcopy (and conversion, defaulter) lines.
package examples

//go:generate go run github.com/kodegen/kodegen/cmd/kodegen batch --file codegen.batch
