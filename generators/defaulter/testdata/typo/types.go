package typo

// Thing has a misspelt type marker.
//
// +k8s:defualter-gen=true
type Thing struct {
	Name string `json:"name"`
}
