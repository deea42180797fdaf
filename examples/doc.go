// Package examples holds kodegen's example API module: API groups under
// apis/ and the clients generated for them under generated/. Every
// generated file is committed and rebuilt by `go generate ./examples/...`
// (hack/update-codegen.sh); hack/verify-codegen.sh fails when one is stale.
//
// The go:generate lines below build the client side for every group (the
// apply configurations read the OpenAPI schema that kodegen's openapi-gen
// and generated/openapi/cmd/models-schema make of the groups); each
// API package's doc.go carries its own deepcopy (and conversion, defaulter)
// lines.
package examples

//go:generate go run github.com/kodegen/kodegen/cmd/lister-gen --go-header-file ../hack/boilerplate.go.txt --output-dir generated/listers --output-pkg github.com/kodegen/kodegen/examples/generated/listers github.com/kodegen/kodegen/examples/apis/shop/v1 github.com/kodegen/kodegen/examples/apis/shop/v1beta1
//go:generate go run github.com/kodegen/kodegen/cmd/openapi-gen --output-dir generated/openapi --output-pkg github.com/kodegen/kodegen/examples/generated/openapi --output-file zz_generated.openapi.go --go-header-file ../hack/boilerplate.go.txt --report-filename /dev/null --readonly-pkg k8s.io/apimachinery/pkg/apis/meta/v1,k8s.io/apimachinery/pkg/runtime,k8s.io/apimachinery/pkg/version,k8s.io/apimachinery/pkg/api/resource,k8s.io/apimachinery/pkg/util/intstr github.com/kodegen/kodegen/examples/apis/shop/v1 github.com/kodegen/kodegen/examples/apis/shop/v1beta1 k8s.io/apimachinery/pkg/apis/meta/v1 k8s.io/apimachinery/pkg/runtime k8s.io/apimachinery/pkg/version k8s.io/apimachinery/pkg/api/resource k8s.io/apimachinery/pkg/util/intstr
//go:generate go run ./generated/openapi/cmd/models-schema generated/openapi/schema.json
//go:generate go run github.com/kodegen/kodegen/cmd/applyconfiguration-gen --go-header-file ../hack/boilerplate.go.txt --output-dir generated/applyconfiguration --output-pkg github.com/kodegen/kodegen/examples/generated/applyconfiguration --openapi-schema generated/openapi/schema.json github.com/kodegen/kodegen/examples/apis/shop/v1 github.com/kodegen/kodegen/examples/apis/shop/v1beta1
//go:generate go run github.com/kodegen/kodegen/cmd/client-gen --go-header-file ../hack/boilerplate.go.txt --output-dir generated/clientset --output-pkg github.com/kodegen/kodegen/examples/generated/clientset --clientset-name versioned --input-base github.com/kodegen/kodegen/examples/apis --apply-configuration-package github.com/kodegen/kodegen/examples/generated/applyconfiguration --input shop/v1 --input shop/v1beta1
//go:generate go run github.com/kodegen/kodegen/cmd/informer-gen --go-header-file ../hack/boilerplate.go.txt --output-dir generated/informers --output-pkg github.com/kodegen/kodegen/examples/generated/informers --versioned-clientset-package github.com/kodegen/kodegen/examples/generated/clientset/versioned --listers-package github.com/kodegen/kodegen/examples/generated/listers github.com/kodegen/kodegen/examples/apis/shop/v1 github.com/kodegen/kodegen/examples/apis/shop/v1beta1
