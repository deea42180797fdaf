package apitypes

import (
	"regexp"

	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/markers"
)

// markerName matches the name of a marker line: "+k8s:lister-gen=false" →
// "k8s:lister-gen".
var markerName = regexp.MustCompile(`^\s*\+([A-Za-z0-9_.:/-]+)`)

// Linter warns about misspelt markers. It remembers the names it found
// fine, so markers.Lint sees each marker name once per run rather than once
// per comment.
type Linter struct {
	env *engine.Env
	ok  map[string]bool
}

// NewLinter returns a Linter that warns through env.
func NewLinter(env *engine.Env) *Linter { return &Linter{env: env, ok: map[string]bool{}} }

// Lint warns about every misspelt marker in lines; where names their symbol.
func (l *Linter) Lint(where string, lines []string) {
	for _, line := range lines {
		m := markerName.FindStringSubmatch(line)
		if m == nil || l.ok[m[1]] {
			continue
		}
		warnings := markers.Lint(where, []string{line})
		if len(warnings) == 0 {
			l.ok[m[1]] = true
		}
		for _, w := range warnings {
			l.env.Warnf("%s", w)
		}
	}
}
