package v1

// +k8s:conversion-gen:explicit-from=net/http.Header
type Options struct {
	Name string `json:"name"`
}
