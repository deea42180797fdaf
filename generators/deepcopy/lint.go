package deepcopy

import (
	"errors"
	"maps"
	"slices"
	"strings"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/markers"
)

// ownMarkers are deepcopy-gen's markers, for spotting misspellings of them.
var ownMarkers = map[string]bool{
	markers.DeepcopyGen:                  true,
	markers.DeepcopyInterfaces:           true,
	markers.DeepcopyNonPointerInterfaces: true,
}

// lintComments checks the markers of pkg (its package comments, its
// types' and fields' comments) for misspellings. A misspelled deepcopy-gen
// marker is an error: without it the package or type would silently not
// be copied. A misspelling of another generator's marker is a warning.
// known holds every declared marker name, so that markers.Lint only sees
// the rare unknown ones.
func lintComments(env *engine.Env, known map[string]bool, pkg *types.Package, pkgLines []string) error {
	var errs []error
	check := func(where string, lines []string) {
		for _, line := range lines {
			name := markerName(line)
			if name == "" || known[name] || !(strings.HasPrefix(name, "k8s:") || strings.HasPrefix(name, "genclient")) {
				continue
			}
			warnings := markers.Lint(where, []string{line})
			if len(warnings) == 0 {
				continue
			}
			if markers.Closest(name, ownMarkers) != "" {
				errs = append(errs, errors.New(strings.Join(warnings, "; ")))
				continue
			}
			for _, w := range warnings {
				env.Warnf("%s", w)
			}
		}
	}
	check(pkg.Path, pkgLines)
	for _, name := range slices.Sorted(maps.Keys(pkg.Types)) {
		t := pkg.Types[name]
		check(t.Name.String(), typeComments(t))
		for _, m := range t.Members {
			check(t.Name.String()+"."+m.Name, m.CommentLines)
		}
	}
	return errors.Join(errs...)
}

// knownMarkers is the set of every marker name a kodegen generator reads.
func knownMarkers() map[string]bool {
	known := map[string]bool{}
	for _, d := range markers.All() {
		known[d.Name] = true
	}
	return known
}

// markerName is the name of the marker on line ("+k8s:x=y // z" → "k8s:x"),
// or "" when the line is no marker.
func markerName(line string) string {
	name, ok := strings.CutPrefix(strings.TrimSpace(line), "+")
	if !ok {
		return ""
	}
	if i := strings.IndexAny(name, "=( \t"); i >= 0 {
		name = name[:i]
	}
	return name
}
