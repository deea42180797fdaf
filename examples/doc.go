// Package examples holds kodegen's example API module: API groups under
// apis/ and the clients generated for them under generated/. Every
// generated file is committed and rebuilt by `go generate ./examples/...`
// (hack/update-codegen.sh); hack/verify-codegen.sh fails when one is stale.
//
// The go:generate lines below build the client side for every group; each
// API package's doc.go carries its own deepcopy (and conversion, defaulter)
// lines.
package examples

//go:generate go run github.com/kodegen/kodegen/cmd/lister-gen --go-header-file ../hack/boilerplate.go.txt --output-dir generated/listers --output-pkg github.com/kodegen/kodegen/examples/generated/listers github.com/kodegen/kodegen/examples/apis/shop/v1 github.com/kodegen/kodegen/examples/apis/shop/v1beta1
//go:generate go run github.com/kodegen/kodegen/cmd/client-gen --go-header-file ../hack/boilerplate.go.txt --output-dir generated/clientset --output-pkg github.com/kodegen/kodegen/examples/generated/clientset --clientset-name versioned --input-base github.com/kodegen/kodegen/examples/apis --input shop/v1 --input shop/v1beta1
