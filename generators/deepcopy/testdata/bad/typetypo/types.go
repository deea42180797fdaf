package typetypo

// Widget misspells the interfaces marker.
// +k8s:deepcopy-gen=true
// +k8s:deepcopy-gen:interface=k8s.io/apimachinery/pkg/runtime.Object
type Widget struct {
	// Parts misspells a marker of another generator: only a warning.
	// +k8s:optinal
	Parts []string
}
