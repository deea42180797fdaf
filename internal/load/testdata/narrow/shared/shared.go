// Package shared has no marker, but api's types refer to it.
package shared

// Spec is shared by api's types.
type Spec struct {
	Replicas int
}
