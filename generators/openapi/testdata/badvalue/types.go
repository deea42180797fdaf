package badvalue

// Thing has a misspelt openapi-gen value.
// +k8s:openapi-gen=ture
type Thing struct {
	A string `json:"a"`
}
