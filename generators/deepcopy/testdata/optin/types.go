// Package optin has no package marker: only the types opted in with
// the deepcopy-gen marker set to true are copied.
package optin

// +k8s:deepcopy-gen=true

// Chosen is copied.
type Chosen struct {
	Values []int
}

// NotChosen is not copied.
type NotChosen struct {
	Values []int
}

// Also is copied; the marker is in its doc comment.
// +k8s:deepcopy-gen=true
type Also map[string][]int

// Never opts out explicitly.
// +k8s:deepcopy-gen=false
type Never struct {
	Ch chan int
}
