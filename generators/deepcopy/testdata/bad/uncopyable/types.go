package uncopyable

// Shape is an interface.
// +k8s:deepcopy-gen=true
type Shape interface {
	Area() int
}
