package nometa

// +genclient

// Thing has no ObjectMeta.
type Thing struct {
	Name string `json:"name"`
}
