package deepcopy

import (
	"errors"
	"slices"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/markers"
)

// lintComments reports the misspelt markers of pkg (the run's one lint
// pass, engine.Env.Lint). A misspelt deepcopy-gen marker is an error:
// without it the package or type would silently not be copied. A
// misspelling of another generator's marker is a warning.
// pkgLines are the package's marker lines (packageComments): those beyond
// doc.go's are linted here, the rest by the run's pass.
func lintComments(env *engine.Env, pkg *types.Package, pkgLines []string) error {
	var errs []error
	findings := env.Lint(pkg)
	if len(pkgLines) > len(pkg.Comments) {
		extra := markers.Source{Sym: markers.Symbol{Pkg: pkg.Path}, Lines: pkgLines[len(pkg.Comments):]}
		findings = append(slices.Clip(findings), markers.Lint(extra)...)
	}
	for _, f := range findings {
		if f.Wanted(Tool) {
			errs = append(errs, f.Error)
			continue
		}
		env.Warn(f.Error)
	}
	return errors.Join(errs...)
}
