package load

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// comments finds the comment blocks around declarations the way gengo does:
// by the line a comment group ends on. Files of source-checked packages are
// indexed as they are parsed; files of packages read from export data are
// parsed on first use, so only the few files whose declarations a
// generator actually reaches are ever read.
type comments struct {
	fset *token.FileSet
	// goroot replaces the "$GOROOT" prefix the standard library's export
	// data records instead of the real path.
	goroot string
	mu     sync.Mutex
	byEnd  map[fileLine]block
	seen   map[string]bool // files indexed
	// indexedOnly: files not parsed by the load are not read (a narrowed
	// load, CheckOnly: its generators read only the inputs' comments).
	indexedOnly bool
}

type fileLine struct {
	file string
	line int
}

// block is one comment group and the line it starts on.
type block struct {
	group *ast.CommentGroup
	start int
}

func newComments(fset *token.FileSet) *comments {
	return &comments{fset: fset, byEnd: map[fileLine]block{}, seen: map[string]bool{}}
}

// add indexes the comments of a file parsed into fset.
func (c *comments) add(name string, f *ast.File) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.index(name, c.fset, f)
}

func (c *comments) index(name string, fset *token.FileSet, f *ast.File) {
	c.seen[name] = true
	for _, g := range f.Comments {
		c.byEnd[fileLine{name, fset.Position(g.End()).Line}] = block{g, fset.Position(g.Pos()).Line}
	}
}

// ensure indexes the file name (a path on disk) if nothing has yet.
func (c *comments) ensure(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.seen[name] {
		return
	}
	c.seen[name] = true
	if c.indexedOnly {
		return
	}
	path := name
	if rest, ok := strings.CutPrefix(name, "$GOROOT/"); ok && c.goroot != "" {
		path = filepath.Join(c.goroot, rest)
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return
	}
	// A private file set: its positions only serve to find lines. Bodies
	// are blanked as for the inputs (stripBodies keeps every line): the
	// comments sought are above declarations, and parsing the statements
	// of a dependency's files was most of what a warm load spent here.
	fset := token.NewFileSet()
	f, _ := parser.ParseFile(fset, name, stripBodies(src), parser.ParseComments|parser.SkipObjectResolution)
	if f != nil { // a partly parsed file still has its comments
		c.index(name, fset, f)
	}
}

// endingAt returns the comment block of file that ends on line.
func (c *comments) endingAt(file string, line int) (block, bool) {
	c.ensure(file)
	c.mu.Lock()
	defer c.mu.Unlock()
	b, ok := c.byEnd[fileLine{file, line}]
	return b, ok
}

// doc is the comment block ending on the line before pos.
func (c *comments) doc(pos token.Pos) []string {
	if !pos.IsValid() {
		return nil
	}
	p := c.fset.Position(pos)
	b, _ := c.endingAt(p.Filename, p.Line-1)
	return splitLines(b.group.Text())
}

// detached is the block that ends one blank line above the doc block (or
// above pos when there is no doc block): where upstream looks for tags
// kept apart from the doc comment.
func (c *comments) detached(pos token.Pos) []string {
	if !pos.IsValid() {
		return nil
	}
	p := c.fset.Position(pos)
	above := p.Line
	if b, ok := c.endingAt(p.Filename, p.Line-1); ok {
		above = b.start
	}
	b, _ := c.endingAt(p.Filename, above-2)
	return splitLines(b.group.Text())
}

func splitLines(s string) []string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) == 1 && lines[0] == "" {
		return nil
	}
	return lines
}

// HeaderComments returns the comment lines above the package clause of
// every Go file of input package path except doc.go, in file order (gengo
// keeps only doc.go's). ok is false when path was not loaded from source.
func (l *Loader) HeaderComments(path string) (lines []string, ok bool) {
	s := l.sources[path]
	if s == nil {
		return nil, false
	}
	for i, f := range s.files {
		if filepath.Base(s.names[i]) == "doc.go" {
			continue
		}
		switch {
		case i < len(s.headers) && s.headers[i] != nil:
			lines = append(lines, s.headers[i]...)
		case f != nil:
			lines = append(lines, headerLines(f)...)
		}
	}
	return lines, true
}

// headerLines are the comment lines above f's package clause.
func headerLines(f *ast.File) []string {
	var lines []string
	for _, g := range f.Comments {
		if g.End() > f.Package {
			break
		}
		lines = append(lines, splitLines(g.Text())...)
	}
	if lines == nil {
		lines = []string{}
	}
	return lines
}
