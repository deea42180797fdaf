package apitypes

import (
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/engine"
)

// Linter warns about misspelt markers of a package and its types, from the
// run's one lint pass (engine.Env.Lint).
type Linter struct {
	env *engine.Env
}

// NewLinter returns a Linter that warns through env.
func NewLinter(env *engine.Env) *Linter { return &Linter{env: env} }

// Lint reports the misspelt markers of p's package comments and types
// (fields are not read by lister-gen and informer-gen): an error for a
// marker the generator reads (+groupname, +resourcename), a warning for
// the others.
func (l *Linter) Lint(p *types.Package) error {
	rest, err := l.env.LintSplit(p)
	for _, f := range rest {
		if f.Sym.Member == "" {
			l.env.Warn(f.Error)
		}
	}
	return err
}
