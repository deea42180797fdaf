package informer

import (
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/snippet"
	"github.com/kodegen/kodegen/internal/kversion"
)

// base is what every informer-gen file generator shares: one output file,
// written once in Init, with tracked imports.
type base struct{ snippet.File }

func newBase(file, pkgPath string, target kversion.Version) base {
	b := base{snippet.NewFileAt(file, pkgPath, target)}
	b.PlainImports(plainImports.At(target)...)
	return b
}

// plainImports: before v0.32 informer-gen imported context (the informers)
// and fmt (generic.go) by hand, unaliased.
var plainImports = kversion.From([]string{"context", "fmt"}, kversion.V0_32, nil)

// Filter keeps no type: each file is written once, in Init.
func (b *base) Filter(*generator.Context, *types.Type) bool { return false }
