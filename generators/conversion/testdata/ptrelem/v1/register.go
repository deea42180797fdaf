package v1

import "k8s.io/apimachinery/pkg/runtime"

var (
	// SchemeBuilder collects the functions that register this package.
	SchemeBuilder      runtime.SchemeBuilder
	localSchemeBuilder = &SchemeBuilder
)
