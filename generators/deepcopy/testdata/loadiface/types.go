package loadiface

// +k8s:deepcopy-gen:interfaces=github.com/kodegen/kodegen/generators/deepcopy/testdata/loadiface/api.Copyable

// Widget implements api.Copyable by deepcopy.
type Widget struct {
	Parts map[string][]string
}
