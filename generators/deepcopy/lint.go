package deepcopy

import (
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/markers"
)

// lintComments warns about misspelled markers in pkg: its package
// comments, its types' and their fields' comments.
func lintComments(env *engine.Env, pkg *types.Package, pkgLines []string) {
	warn := func(ws []string) {
		for _, w := range ws {
			env.Warnf("%s", w)
		}
	}
	warn(markers.Lint(pkg.Path, pkgLines))
	for _, name := range sortedTypeNames(pkg) {
		t := pkg.Types[name]
		warn(markers.Lint(t.Name.String(), typeComments(t)))
		for _, m := range t.Members {
			warn(markers.Lint(t.Name.String()+"."+m.Name, m.CommentLines))
		}
	}
}
