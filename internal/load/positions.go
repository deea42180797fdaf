package load

import (
	"go/ast"
	"go/token"
	gotypes "go/types"
	"path/filepath"
	"strings"
)

// LocateMarker returns where the comment line "+name…" (its value
// containing value) of a symbol of an input package is: in the package
// comments (typeName ""), a type's or function's doc comment and the block
// above it, or a field's doc comment (member). It implements
// markers.Locator.
//
// gengo's types carry comment lines without positions; rather than record
// a position for every comment line of every type while building the
// universe (thousands of types for k8s.io/api), the position is worked out
// here, from the files the loader parsed and type-checked anyway, only
// when a message needs it. The file is relative to the root of the
// package's module (see relPath).
func (l *Loader) LocateMarker(pkg, typeName, member, name, value string) (string, int, bool) {
	s := l.sources[pkg]
	if s == nil {
		return "", 0, false
	}
	var groups []*ast.CommentGroup
	if typeName == "" {
		for _, f := range s.files {
			if f == nil {
				continue
			}
			for _, g := range f.Comments {
				if g.End() > f.Package {
					break
				}
				groups = append(groups, g)
			}
		}
	} else {
		pos, ok := l.declPos(s, typeName, member)
		if !ok {
			return "", 0, false
		}
		groups = l.commentsAbove(pos, member == "")
	}
	for _, g := range groups {
		if p, ok := findMarker(l.fset, g, name, value); ok {
			return relPath(s.list, p.Filename), p.Line, true
		}
	}
	if value != "" { // the value may be spelt differently in the source
		return l.LocateMarker(pkg, typeName, member, name, "")
	}
	// The marker is absent (the message says to add it): point at the
	// declaration, or at the package clause of doc.go (else the first file).
	if typeName != "" {
		if pos, ok := l.declPos(s, typeName, member); ok {
			p := l.fset.Position(pos)
			return relPath(s.list, p.Filename), p.Line, true
		}
		return "", 0, false
	}
	var first *ast.File
	for _, f := range s.files {
		if f == nil {
			continue
		}
		if first == nil || filepath.Base(l.fset.Position(f.Package).Filename) == "doc.go" {
			first = f
		}
	}
	if first != nil {
		p := l.fset.Position(first.Package)
		return relPath(s.list, p.Filename), p.Line, true
	}
	return "", 0, false
}

// declPos is the position of a package-level declaration or of a field of
// a struct type.
func (l *Loader) declPos(s *source, typeName, member string) (token.Pos, bool) {
	if s.types == nil {
		return token.NoPos, false
	}
	obj := s.types.Scope().Lookup(typeName)
	if obj == nil {
		return token.NoPos, false
	}
	if member == "" {
		return obj.Pos(), true
	}
	st, ok := obj.Type().Underlying().(*gotypes.Struct)
	if !ok {
		return token.NoPos, false
	}
	for i := 0; i < st.NumFields(); i++ {
		if f := st.Field(i); f.Name() == member {
			return f.Pos(), true
		}
	}
	return token.NoPos, false
}

// commentsAbove are the doc block of the declaration at pos and, with
// detached, the block one blank line above it (as comments.detached).
func (l *Loader) commentsAbove(pos token.Pos, detached bool) []*ast.CommentGroup {
	p := l.fset.Position(pos)
	var out []*ast.CommentGroup
	above := p.Line
	if b, ok := l.comments.endingAt(p.Filename, p.Line-1); ok {
		out = append(out, b.group)
		above = b.start
	}
	if detached {
		if b, ok := l.comments.endingAt(p.Filename, above-2); ok {
			out = append(out, b.group)
		}
	}
	return out
}

// findMarker returns the position of the first line of g that reads
// "+name" followed by '=', '(', a blank or the end, and contains value.
func findMarker(fset *token.FileSet, g *ast.CommentGroup, name, value string) (token.Position, bool) {
	for _, c := range g.List {
		text := c.Text
		lines := []string{strings.TrimPrefix(text, "//")}
		if strings.HasPrefix(text, "/*") {
			lines = strings.Split(strings.TrimSuffix(strings.TrimPrefix(text, "/*"), "*/"), "\n")
		}
		for i, line := range lines {
			rest, ok := strings.CutPrefix(strings.TrimSpace(line), "+"+name)
			if !ok || rest != "" && !strings.ContainsAny(rest[:1], "=( \t") || !strings.Contains(rest, value) {
				continue
			}
			p := fset.Position(c.Pos())
			p.Line += i
			return p, true
		}
	}
	return token.Position{}, false
}

// relPath makes file relative to the root of its package's module, with
// '/' separators, so messages read the same wherever the checkout is and
// whichever folder the command runs in (kodegen gen and hack scripts run
// at the root, where the path is also what editors open). A file outside
// any module keeps its absolute path.
func relPath(pkg *listed, file string) string {
	if pkg == nil || pkg.Module == nil || pkg.Module.Dir == "" {
		return filepath.ToSlash(file)
	}
	if rel, err := filepath.Rel(pkg.Module.Dir, file); err == nil && filepath.IsLocal(rel) {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(file)
}

// DeclPosition returns where a package-level declaration (typeName) or a
// field of a struct type (member) of a package loaded from source is
// declared: its file, relative to the root of the package's module, and
// line.
func (l *Loader) DeclPosition(pkg, typeName, member string) (string, int, bool) {
	s := l.sources[pkg]
	if s == nil {
		return "", 0, false
	}
	pos, ok := l.declPos(s, typeName, member)
	if !ok || !pos.IsValid() {
		return "", 0, false
	}
	p := l.fset.Position(pos)
	return relPath(s.list, p.Filename), p.Line, true
}

// MainModule is the path of the main module ("" when no package of it
// was loaded).
func (l *Loader) MainModule() string {
	l.RelPath("") // finds the main module's package
	l.exportMu.Lock()
	defer l.exportMu.Unlock()
	if l.mainPkg == nil {
		return ""
	}
	return l.mainPkg.Module.Path
}

// Local reports whether pkg was loaded from source from the user's own
// code (the main module, a workspace module, a module replaced by a
// folder), as opposed to the module cache or the standard library.
func (l *Loader) Local(pkg string) bool {
	s := l.sources[pkg]
	return s != nil && isMain(s.list)
}
