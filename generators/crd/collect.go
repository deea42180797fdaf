package crd

import (
	"bytes"
	"fmt"
	"go/ast"
	goparser "go/parser"
	"go/token"
	gotypes "go/types"
	"reflect"
	"strconv"
	"strings"

	"github.com/kodegen/kodegen/internal/load"
)

// pkgInfo is one package as the crd generator reads it: its syntax (with
// every comment), its go/types package, and its markers.
type pkgInfo struct {
	path  string
	name  string
	types *gotypes.Package
	files []*ast.File
	fset  *token.FileSet

	pkgMarkers markerValues
	typeList   []*typeInfo
	typeByName map[string]*typeInfo
	// byImport finds the package an import path names, directly or not.
	skip bool // +kubebuilder:skip
	gv   groupVersion
}

type groupVersion struct{ group, version string }

// typeInfo is one type declaration.
type typeInfo struct {
	name    string
	doc     string
	markers markerValues
	fields  []fieldInfo
	spec    *ast.TypeSpec
	decl    *ast.GenDecl
	file    *ast.File
	pkg     *pkgInfo
}

// fieldInfo is one struct field (an embedded one has no name).
type fieldInfo struct {
	name    string
	doc     string
	tag     reflect.StructTag
	markers markerValues
	raw     *ast.Field
}

// markerComment is one "// +..." comment line, and whether it is in the
// node's doc comment (rather than a group just above it).
type markerComment struct {
	c     *ast.Comment
	inDoc bool
}

func (m markerComment) text() string { return strings.TrimSpace(m.c.Text[2:]) }

func isMarkerComment(text string) bool {
	if !strings.HasPrefix(text, "//") {
		return false
	}
	s := strings.TrimSpace(text[2:])
	return len(s) > 0 && s[0] == '+'
}

// mayMatter reports whether a file can contribute: a line that starts a
// type or constant declaration, or a marker comment. It may say yes for
// a file that holds neither (the parse then finds nothing), never no for
// one that does. A line scan: a regular expression over a large
// generated.pb.go costs more than parsing the API's types.
func mayMatter(src []byte) bool {
	for len(src) > 0 {
		var line []byte
		line, src, _ = bytes.Cut(src, []byte("\n"))
		if declares(line, "type") || declares(line, "const") {
			return true
		}
		rest := bytes.TrimLeft(line, " \t\r\f")
		if !bytes.HasPrefix(rest, []byte("//")) {
			continue
		}
		rest = bytes.TrimLeft(rest[2:], " \t\r\f")
		if len(rest) == 0 {
			// "//" and only white space up to a "+": the regular
			// expression this replaces, (?m)^\s*//\s*\+, matched it too.
			rest = bytes.TrimLeft(src, " \t\r\f\n")
		}
		if len(rest) > 0 && rest[0] == '+' {
			return true
		}
	}
	return false
}

// declares reports whether line starts with the keyword kw as a word.
func declares(line []byte, kw string) bool {
	if !bytes.HasPrefix(line, []byte(kw)) {
		return false
	}
	if len(line) == len(kw) {
		return true
	}
	c := line[len(kw)]
	return !(c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z')
}

// readPackage parses the files of a package with their comments (or
// takes the load's syntax of them).
func readPackage(fset *token.FileSet, from source, path string, files []string, types *gotypes.Package) (*pkgInfo, error) {
	p := &pkgInfo{path: path, types: types, fset: fset, typeByName: map[string]*typeInfo{}}
	if types != nil {
		p.name = types.Name()
	}
	for _, name := range files {
		if f := from.Syntax(name); f != nil {
			p.files = append(p.files, f)
			if p.name == "" {
				p.name = f.Name.Name
			}
			continue
		}
		src, err := from.ReadFile(name)
		if err != nil {
			return nil, err
		}
		if !mayMatter(src) {
			continue // no type, constant or marker: nothing to read (generated.pb.go)
		}
		// Function bodies hold nothing the crd generator reads.
		f, err := goparser.ParseFile(fset, name, load.StripBodies(src), goparser.ParseComments|goparser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		p.files = append(p.files, f)
		if p.name == "" {
			p.name = f.Name.Name
		}
	}
	return p, nil
}

// collect associates the markers of the package's files with their nodes,
// the way controller-gen does, and parses those reg knows. Problems are
// returned as errors at file:line.
func (p *pkgInfo) collect(reg *registry, warn func(pos token.Position, text string)) []error {
	var errs []error
	p.pkgMarkers = markerValues{}
	nodes := map[ast.Node][]markerComment{}
	var pkgComments []markerComment
	for _, f := range p.files {
		fileNodes, pkgLevel := associate(f, reg)
		for n, ms := range fileNodes {
			nodes[n] = append(nodes[n], ms...)
		}
		pkgComments = append(pkgComments, pkgLevel...)
	}
	parse := func(ms []markerComment, t target) markerValues {
		out := markerValues{}
		for _, m := range ms {
			text := m.text()
			d := reg.lookup(text, t)
			pos := p.fset.Position(m.c.Pos())
			if d == nil {
				if warn != nil {
					warn(pos, text)
				}
				continue
			}
			v, err := d.parse(text)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s:%d: +%s: %v (want %s)", pos.Filename, pos.Line, d.name, err, d.usage()))
				continue
			}
			v.pos = fmt.Sprintf("%s:%d", pos.Filename, pos.Line)
			v.seq = len(out)
			out[d.name] = append(out[d.name], v)
		}
		return out
	}
	p.pkgMarkers = parse(pkgComments, onPackage)
	if p.pkgMarkers.get("kubebuilder:skip") != nil {
		p.skip = true
	}
	if g := p.pkgMarkers.get("groupName"); g != nil {
		version := p.name
		if v := p.pkgMarkers.get("versionName"); v != nil {
			version, _ = v.anon.(string)
		}
		group, _ := g.anon.(string)
		p.gv = groupVersion{group: group, version: version}
	}
	for _, f := range p.files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, s := range gd.Specs {
				ts, ok := s.(*ast.TypeSpec)
				if !ok {
					continue
				}
				t := &typeInfo{
					name:    ts.Name.Name,
					doc:     extractDoc(ts, gd),
					markers: parse(nodes[ts], onType),
					spec:    ts,
					decl:    gd,
					file:    f,
					pkg:     p,
				}
				if st, ok := ts.Type.(*ast.StructType); ok {
					for _, fld := range st.Fields.List {
						fi := fieldInfo{doc: extractDoc(fld, nil), tag: astTag(fld.Tag), markers: parse(nodes[fld], onField), raw: fld}
						if len(fld.Names) == 0 {
							t.fields = append(t.fields, fi)
						}
						for _, n := range fld.Names {
							fi.name = n.Name
							t.fields = append(t.fields, fi)
						}
					}
				}
				p.typeList = append(p.typeList, t)
				p.typeByName[t.name] = t
			}
		}
	}
	return errs
}

func astTag(lit *ast.BasicLit) reflect.StructTag {
	if lit == nil {
		return ""
	}
	s, err := strconv.Unquote(lit.Value)
	if err != nil {
		return ""
	}
	return reflect.StructTag(s)
}

// associate walks a file as controller-gen's marker collector does: each
// type, field and package clause gets the marker comments of its doc
// comment and of the comment group just above that; markers elsewhere
// (and package markers written above a type) belong to the package.
func associate(f *ast.File, reg *registry) (map[ast.Node][]markerComment, []markerComment) {
	v := &assoc{all: f.Comments, nodes: map[ast.Node][]markerComment{}}
	ast.Walk(subVisitor{assoc: v, pkgLevel: true}, f)
	v.pkg = append(v.pkg, v.between(false, v.idx, len(v.all))...)
	for n, ms := range v.nodes {
		if _, ok := n.(*ast.TypeSpec); !ok {
			continue
		}
		kept := ms[:0]
		for _, m := range ms {
			if m.inDoc || reg.lookup(m.text(), onType) != nil || reg.lookup(m.text(), onPackage) == nil {
				kept = append(kept, m)
				continue
			}
			v.pkg = append(v.pkg, m)
		}
		v.nodes[n] = kept
	}
	return v.nodes, v.pkg
}

type assoc struct {
	all      []*ast.CommentGroup
	idx      int
	declMs   []markerComment
	lastLine *ast.CommentGroup
	pkg      []markerComment
	nodes    map[ast.Node][]markerComment
}

func (v *assoc) between(inDoc bool, start, end int) []markerComment {
	if start < 0 || end < 0 {
		return nil
	}
	var out []markerComment
	for i := start; i < end; i++ {
		for _, c := range v.all[i].List {
			if isMarkerComment(c.Text) {
				out = append(out, markerComment{c: c, inDoc: inDoc})
			}
		}
	}
	return out
}

type subVisitor struct {
	*assoc
	node     ast.Node
	pkgLevel bool
}

func (v subVisitor) Visit(node ast.Node) ast.Visitor {
	if node == nil {
		if !v.pkgLevel && v.idx < len(v.all) {
			i := v.idx
			for v.all[i].Pos() < v.node.End() {
				i++
				if i >= len(v.all) {
					break
				}
			}
			v.idx = i
		}
		return nil
	}
	if v.lastLine != nil && v.idx < len(v.all) && v.lastLine.Pos() == v.all[v.idx].Pos() {
		v.idx++
	}
	var above, inDoc []markerComment
	last := v.idx
	if v.idx < len(v.all) {
		for v.all[last].Pos() < node.Pos() {
			last++
			if last >= len(v.all) {
				break
			}
		}
		last--
		var doc *ast.CommentGroup
		doc, v.lastLine = commentsOf(node)
		mi := last
		if doc != nil && mi >= 0 && v.all[mi].Pos() == doc.Pos() {
			mi--
		}
		if mi >= v.idx {
			if v.pkgLevel {
				v.pkg = append(v.pkg, v.between(false, v.idx, mi)...)
			}
			above = v.between(false, mi, mi+1)
		}
		inDoc = v.between(true, mi+1, last+1)
	}
	child := subVisitor{assoc: v.assoc, node: node}
	switch n := node.(type) {
	case *ast.GenDecl:
		if n.Lparen != token.NoPos || n.Tok != token.TYPE {
			v.pkg = append(v.pkg, above...)
			break
		}
		v.declMs = append(v.declMs, above...)
		v.declMs = append(v.declMs, inDoc...)
	case *ast.TypeSpec:
		v.nodes[node] = append(v.nodes[node], v.declMs...)
		v.nodes[node] = append(v.nodes[node], above...)
		v.nodes[node] = append(v.nodes[node], inDoc...)
		v.declMs = nil
	case *ast.Field:
		v.nodes[node] = append(v.nodes[node], above...)
		v.nodes[node] = append(v.nodes[node], inDoc...)
	case *ast.File:
		v.pkg = append(v.pkg, above...)
		v.pkg = append(v.pkg, inDoc...)
		child.pkgLevel = true
	default:
		if v.pkgLevel {
			v.pkg = append(v.pkg, above...)
		}
	}
	v.idx = last + 1
	return child
}

func commentsOf(node ast.Node) (doc, line *ast.CommentGroup) {
	switch n := node.(type) {
	case *ast.Field:
		return n.Doc, n.Comment
	case *ast.File:
		return n.Doc, nil
	case *ast.FuncDecl:
		return n.Doc, nil
	case *ast.GenDecl:
		return n.Doc, nil
	case *ast.ImportSpec:
		return n.Doc, n.Comment
	case *ast.TypeSpec:
		return n.Doc, n.Comment
	case *ast.ValueSpec:
		return n.Doc, n.Comment
	}
	return nil, nil
}

// extractDoc is a node's description: its doc comment less marker lines,
// TODO lines and everything from a "---" line on (outside code fences),
// with blank lines kept as line breaks.
func extractDoc(node ast.Node, decl *ast.GenDecl) string {
	var docs *ast.CommentGroup
	switch n := node.(type) {
	case *ast.Field:
		docs = n.Doc
	case *ast.File:
		docs = n.Doc
	case *ast.GenDecl:
		docs = n.Doc
	case *ast.TypeSpec:
		docs = n.Doc
		if docs == nil && decl.Lparen == token.NoPos {
			docs = decl.Doc
		}
	}
	if docs == nil {
		return ""
	}
	var kept ast.CommentGroup
	block := false
	for _, c := range docs.List {
		if isMarkerComment(c.Text) {
			continue
		}
		if strings.HasPrefix(c.Text, "/*") {
			block = true
		}
		kept.List = append(kept.List, c)
	}
	lines := strings.Split(kept.Text(), "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	var out []string
	fence := false
	for _, line := range lines {
		if block {
			line = strings.TrimSpace(line)
		}
		if strings.HasPrefix(line, "```") || strings.HasPrefix(line, "~~~") {
			fence = !fence
		}
		if !fence {
			if strings.HasPrefix(line, "TODO") {
				continue
			}
			if strings.HasPrefix(line, "---") {
				break
			}
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}
