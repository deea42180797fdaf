// Package api holds a root object: the only package of this tree a
// narrowed load type-checks (with shared, which a type refers to).
package api

import (
	"net/http"

	"github.com/kodegen/kodegen/internal/load/testdata/narrow/shared"
)

// +kubebuilder:object:root=true

// Widget is a root object.
type Widget struct {
	Spec shared.Spec
}

// Handler uses net/http in a signature only: a narrowed load leaves
// net/http empty, and the error that makes is not the package's.
func (w *Widget) Handler() http.Handler { return nil }
