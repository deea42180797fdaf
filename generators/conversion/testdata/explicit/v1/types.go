package v1

// Mode is a string kind.
type Mode string

// Window is a nested struct.
type Window struct {
	Start string `json:"start"`
}

// ListOptions are read from query parameters.
//
// +k8s:conversion-gen:explicit-from=net/url.Values
type ListOptions struct {
	Name     string   `json:"name"`
	Limit    int64    `json:"limit,omitempty"`
	Watch    bool     `json:"watch,omitempty"`
	Labels   []string `json:"labels,omitempty"`
	Mode     Mode     `json:"mode,omitempty"`
	Selector *string  `json:"selector,omitempty"`
	Window   Window   `json:"window"`
	Untagged string
	// +k8s:conversion-gen=false
	Skipped string `json:"skipped"`
}

// Untouched has no marker and no peer: nothing is generated for it.
type Untouched struct {
	Name string
}
