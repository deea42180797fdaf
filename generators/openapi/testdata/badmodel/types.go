package badmodel

// Thing has a model package marker kube-openapi cannot read.
// +k8s:openapi-model-package(com.example=x
type Thing struct {
	A string `json:"a"`
}
