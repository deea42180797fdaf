package dupunion

// Choice is a union whose members share a JSON name.
// +union
type Choice struct {
	// +optional
	A *string `json:"value,omitempty"`
	// +optional
	B *int `json:"value,omitempty"`
}
