package informer

import (
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/snippet"
)

// base is what every informer-gen file generator shares: one output file,
// written once in Init, with tracked imports.
type base struct{ snippet.File }

func newBase(file, pkgPath string) base { return base{snippet.NewFile(file, pkgPath)} }

// Filter keeps no type: each file is written once, in Init.
func (b *base) Filter(*generator.Context, *types.Type) bool { return false }
