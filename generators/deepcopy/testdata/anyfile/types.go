// +k8s:deepcopy-gen=package

// Package anyfile has its package marker above the package clause of a
// file other than doc.go (it has no doc.go); kodegen honours it.
package anyfile

// Widget is copied.
type Widget struct {
	Parts []string
}

// Skipped opts out of the package-wide generation.
// +k8s:deepcopy-gen=false
type Skipped struct {
	Fn func()
}
