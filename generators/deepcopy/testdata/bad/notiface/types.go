package notiface

// Other is not an interface.
type Other struct{}

// Widget names a struct as an interface.
// +k8s:deepcopy-gen=true
// +k8s:deepcopy-gen:interfaces=github.com/kodegen/kodegen/generators/deepcopy/testdata/bad/notiface.Other
type Widget struct {
	Parts []string
}
