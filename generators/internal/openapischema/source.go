package openapischema

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"k8s.io/gengo/v2/types"
)

// UniverseSource finds methods in the source files of the universe's
// packages (their Dir) and constants in the universe. Files are read
// through read and listed through list, and filtered by build constraints
// as the go command would for the default build context.
type UniverseSource struct {
	Universe types.Universe
	ReadFile func(name string) ([]byte, error)
	ReadDir  func(dir string) ([]string, error)

	mu   sync.Mutex
	pkgs map[string]*parsedPkg
}

type parsedPkg struct {
	fset  *token.FileSet
	files []*ast.File
	err   error
}

func (s *UniverseSource) parsed(pkg string) (*parsedPkg, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if p, ok := s.pkgs[pkg]; ok {
		return p, p.err
	}
	if s.pkgs == nil {
		s.pkgs = map[string]*parsedPkg{}
	}
	p := &parsedPkg{fset: token.NewFileSet()}
	s.pkgs[pkg] = p
	u := s.Universe[pkg]
	if u == nil || u.Dir == "" {
		p.err = fmt.Errorf("package %s is not loaded", pkg)
		return p, p.err
	}
	names, err := s.ReadDir(u.Dir)
	if err != nil {
		p.err = err
		return p, err
	}
	sort.Strings(names)
	for _, name := range names {
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		if ok, err := build.Default.MatchFile(u.Dir, name); err != nil || !ok {
			continue
		}
		path := filepath.Join(u.Dir, name)
		src, err := s.ReadFile(path)
		if err != nil {
			p.err = err
			return p, err
		}
		f, err := parser.ParseFile(p.fset, path, src, parser.SkipObjectResolution)
		if err != nil {
			p.err = err
			return p, err
		}
		p.files = append(p.files, f)
	}
	return p, nil
}

// Method implements Source.
func (s *UniverseSource) Method(pkg, typ, name string) (*ast.FuncDecl, *ast.File, *token.FileSet, error) {
	p, err := s.parsed(pkg)
	if err != nil {
		return nil, nil, nil, err
	}
	for _, f := range p.files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || fd.Name.Name != name || len(fd.Recv.List) != 1 {
				continue
			}
			rt := fd.Recv.List[0].Type
			if star, ok := rt.(*ast.StarExpr); ok {
				rt = star.X
			}
			if id, ok := rt.(*ast.Ident); ok && id.Name == typ {
				return fd, f, p.fset, nil
			}
		}
	}
	return nil, nil, nil, fmt.Errorf("no method %s.%s in the source of %s", typ, name, pkg)
}

// Constant implements Source.
func (s *UniverseSource) Constant(pkg, name string) (string, error) {
	u := s.Universe[pkg]
	if u == nil {
		return "", fmt.Errorf("package %s is not loaded", pkg)
	}
	c := u.Constants[name]
	if c == nil || c.ConstValue == nil {
		return "", fmt.Errorf("no constant %s in %s", name, pkg)
	}
	t := c.Underlying
	for t != nil && t.Kind != types.Builtin && t.Underlying != nil && t.Underlying != t {
		t = t.Underlying
	}
	if t != nil && t.Name.Name == "string" {
		return strconv.Quote(*c.ConstValue), nil
	}
	return *c.ConstValue, nil
}
