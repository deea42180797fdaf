// Package examples holds kodegen's example API module: API groups under
// apis/ and the clients generated for them under generated/. Every
// generated file is committed and rebuilt by `go generate ./examples/...`
// (hack/update-codegen.sh); hack/verify-codegen.sh fails when one is stale.
//
// The go:generate line below is one `kodegen gen` over the shop groups, on
// one package load: their deepcopy, the OpenAPI definitions, apply
// configurations, clientset, listers and informers. The apply
// configurations read the OpenAPI schema in process
// (--openapi-schema=-generated-) from the definitions openapi-gen renders
// in the same run: no schema file, no models-schema program. The kitchen
// groups (in-place helpers only: deepcopy, register, defaulters,
// conversions) carry their own lines in their doc.go.
//
// The same run writes the shop group's CRD manifests (controller-gen's crd
// generator, from the +kubebuilder markers) to config/crd/bases.
package examples

//go:generate go run github.com/kodegen/kodegen/cmd/kodegen gen --go-header-file ../hack/boilerplate.go.txt --output-dir generated --openapi-schema=-generated- --generators deepcopy,defaulter,conversion,prerelease-lifecycle,openapi,applyconfiguration,client,lister,informer,crd --crd-dir config/crd/bases ./apis/shop/...
