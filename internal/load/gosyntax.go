package load

import (
	gotypes "go/types"
	"path/filepath"
)

// GoTypes returns the go/types package of a loaded package (an input, or
// any package an input imports, directly or not), for generators that
// read Go syntax themselves (controller-gen's crd): its scope resolves the
// names their syntax uses.
func (l *Loader) GoTypes(path string) (*gotypes.Package, bool) {
	info := l.listed[path]
	if info == nil {
		return nil, false
	}
	p, err := l.importFor(info, path)
	if err != nil || p == nil {
		return nil, false
	}
	return p, true
}

// GoFiles returns the absolute names of the Go files of a loaded package,
// as the build sees them, in go list's order.
func (l *Loader) GoFiles(path string) ([]string, bool) {
	info := l.listed[path]
	if info == nil {
		return nil, false
	}
	var out []string
	for _, n := range append(append([]string(nil), info.GoFiles...), info.CgoFiles...) {
		out = append(out, filepath.Join(info.Dir, n))
	}
	return out, true
}

// ImportMap returns how the package at path resolves the imports its
// source writes (vendoring), or nil.
func (l *Loader) ImportMap(path string) map[string]string {
	if info := l.listed[path]; info != nil {
		return info.ImportMap
	}
	return nil
}

// StripBodies blanks the bodies of top-level functions in Go source,
// keeping positions (see stripBodies), for readers of declarations.
func StripBodies(src []byte) []byte { return stripBodies(src) }
