// +k8s:openapi-gen=true

// Package extra is read by openapi-gen only as a dependency: its package
// marker is not seen unless it is an input (as upstream's load sees it).
package extra

// Gadget is referred to by shop/v1.
type Gadget struct {
	// Size of it.
	Size Size `json:"size"`
}

// Size is a gadget's size.
// +enum
type Size string

const (
	// SizeSmall is small.
	SizeSmall Size = "small"
	// SizeLarge is large.
	SizeLarge Size = "large"
)

// Lonely is referred to by nothing.
type Lonely struct {
	A string `json:"a"`
}
