package load

import (
	"go/ast"
	"go/token"
	gotypes "go/types"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
)

// CheckOnly narrows later loads to what generators that read mostly
// syntax need (controller-gen's object and crd): an input package is
// type-checked only when need reports true for the contents of one of its
// files (it holds a marker such a generator acts on), together with what
// it imports, inputs included. The other inputs are listed and parsed
// (the universe has them, without types: TypesPackage is nil for them),
// and the dependencies only they import are not loaded unless a generator
// asks for one (GoTypes), as controller-gen type-checks only the packages
// its generators reach. A whole module as paths=./... then costs what its
// API packages cost, not what its controllers import.
//
// need must be conservative: true for every file whose package a
// generator of the run could write for or read types of. Call it before
// the first Load, and only when every generator of the run can do with
// it (gengo-based generators walk the types of every input). ModeExport
// ignores it.
//
// Such generators read the inputs' comments only: the universe's
// dependency types and methods come without theirs (no file of a
// dependency is read for its comments).
func (l *Loader) CheckOnly(need func(src []byte) bool) {
	l.need = need
	l.comments.indexedOnly = true
}

// Unchecked reports whether the input package path was left without
// types by CheckOnly.
func (l *Loader) Unchecked(path string) bool {
	s := l.sources[path]
	return s != nil && s.unchecked
}

// narrow marks the roots that need no types (CheckOnly) and returns the
// dependencies: those what is type-checked imports, transitively, load in
// the graph as before; the others become lazy: loaded (from the type cache or
// their files) only if a generator asks for their types after the load;
// nothing in the graph imports them, so such a load never waits for it.
func (l *Loader) narrow(roots []*source, deps []*dep) []*dep {
	wanted := make([]bool, len(roots))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 8)
	for i, s := range roots {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			wanted[i] = l.needsTypes(s.list)
		}()
	}
	wg.Wait()
	// What the wanted roots import, transitively, roots and dependencies
	// alike.
	bySource := make(map[string]*source, len(roots))
	for _, s := range roots {
		bySource[s.list.ImportPath] = s
	}
	reached := map[string]bool{}
	var visit func(path string)
	visit = func(path string) {
		if reached[path] {
			return
		}
		reached[path] = true
		var imports []string
		if s := bySource[path]; s != nil {
			s.refs = l.typeRefs(s)
			imports = slices.Sorted(maps.Keys(s.refs))
		} else if p := l.listed[path]; p != nil {
			imports = p.Imports
		}
		for _, imp := range imports {
			if imp != "C" && imp != "unsafe" {
				visit(imp)
			}
		}
	}
	for i, s := range roots {
		if wanted[i] {
			visit(s.list.ImportPath)
		}
	}
	for _, s := range roots {
		s.unchecked = !reached[s.list.ImportPath]
		if s.unchecked {
			l.stats.Unchecked++
		}
	}
	for _, d := range deps {
		if !reached[d.list.ImportPath] {
			l.stats.Deferred++
			if !d.lazy {
				d.lazy = true
				l.lazy[d.list.ImportPath] = d
			}
		}
	}
	return deps
}

// needsTypes reports whether one of p's files makes need true. A file
// that cannot be read counts as needed: the load reports it.
func (l *Loader) needsTypes(p *listed) bool {
	for _, n := range append(append([]string(nil), p.GoFiles...), p.CgoFiles...) {
		src, err := os.ReadFile(filepath.Join(p.Dir, n))
		if err != nil || l.need(src) {
			return true
		}
	}
	return false
}

// typeRefs are the imports of a root that its type declarations refer to
// (and its dot imports): what controller-gen's type checker loads for a
// package. The others (imported for functions, as an API package that
// imports its operator's controllers for a helper) are given to the type
// checker as empty packages (check): what refers to them gets invalid
// types, and no generator of a narrowed run reads those.
func (l *Loader) typeRefs(s *source) map[string]bool {
	refs := map[string]bool{}
	for _, f := range s.files {
		if f == nil {
			continue
		}
		byName := map[string]string{}
		for _, spec := range f.Imports {
			path, err := strconv.Unquote(spec.Path.Value)
			if err != nil || path == "C" || path == "unsafe" {
				continue
			}
			path = s.list.resolve(path)
			name := ""
			switch {
			case spec.Name != nil:
				name = spec.Name.Name
			case l.listed[path] != nil:
				name = l.listed[path].Name
			default:
				refs[path] = true // unknown name: keep it
				continue
			}
			switch name {
			case ".":
				refs[path] = true
			case "_":
			default:
				byName[name] = path
			}
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			ast.Inspect(gd, func(n ast.Node) bool {
				if sel, ok := n.(*ast.SelectorExpr); ok {
					if id, ok := sel.X.(*ast.Ident); ok && byName[id.Name] != "" {
						refs[byName[id.Name]] = true
					}
				}
				return true
			})
		}
	}
	return refs
}

// typeSpans are the extents of a source's type declarations: where a type
// error is the package's own, whatever imports were left empty.
func typeSpans(s *source) [][2]token.Pos {
	var spans [][2]token.Pos
	for _, f := range s.files {
		if f == nil {
			continue
		}
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
				spans = append(spans, [2]token.Pos{gd.Pos(), gd.End()})
			}
		}
	}
	return spans
}

// emptyImport is the stand-in for an import no type declaration refers to
// (typeRefs).
func (l *Loader) emptyImport(path string) *gotypes.Package {
	name := path
	if p := l.listed[path]; p != nil && p.Name != "" {
		name = p.Name
	}
	p := gotypes.NewPackage(path, name)
	// Complete, or the type checker drops the import: the package must
	// still list it (Imports), under its name.
	p.MarkComplete()
	return p
}
