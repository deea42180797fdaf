package v1beta1

// Part is not an API type.
type Part struct {
	Name string `json:"name"`
}
