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

// Lint warns about every misspelt marker of p's package comments and types
// (fields are not read by lister-gen and informer-gen).
func (l *Linter) Lint(p *types.Package) {
	for _, f := range l.env.Lint(p) {
		if f.Sym.Member == "" {
			l.env.Warn(f.Error)
		}
	}
}
