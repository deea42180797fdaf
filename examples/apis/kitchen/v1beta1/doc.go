// Package v1beta1 is version v1beta1 of the kitchen.example.com API group.
//
// +k8s:deepcopy-gen=package
// +k8s:conversion-gen=github.com/kodegen/kodegen/examples/apis/kitchen
// +k8s:defaulter-gen=TypeMeta
// +groupName=kitchen.example.com
package v1beta1

//go:generate go run github.com/kodegen/kodegen/cmd/deepcopy-gen --output-file zz_generated.deepcopy.go --go-header-file ../../../../hack/boilerplate.go.txt .
//go:generate go run github.com/kodegen/kodegen/cmd/register-gen --output-file zz_generated.register.go --go-header-file ../../../../hack/boilerplate.go.txt .
//go:generate go run github.com/kodegen/kodegen/cmd/defaulter-gen --output-file zz_generated.defaults.go --go-header-file ../../../../hack/boilerplate.go.txt .
//go:generate go run github.com/kodegen/kodegen/cmd/conversion-gen --output-file zz_generated.conversion.go --go-header-file ../../../../hack/boilerplate.go.txt .
