package deepcopy

import (
	"slices"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/engine"
)

// packageComments returns the lines package markers are read from: every
// comment of doc.go (what gengo keeps in Package.Comments, and all that
// upstream reads), then the comments above the package clause of every
// other Go file of the package, so a package marker may sit in any file.
func packageComments(env *engine.Env, pkg *types.Package) []string {
	return append(slices.Clone(pkg.Comments), env.HeaderComments(pkg)...)
}
