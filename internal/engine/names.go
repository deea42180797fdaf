package engine

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"sync"

	"github.com/kodegen/kodegen/internal/load"
	"github.com/kodegen/kodegen/internal/output"
)

// The names check is the cheap half of the compile check: from the names
// every generated file declares (read while formatting it) and those of
// the files already in the packages it lands in, it finds every name the
// run would declare twice (two kinds Widget and WidgetNamespace both
// making lister-gen declare WidgetNamespaceLister, a hand-written
// RegisterDefaults beside defaulter-gen's, a type Resource beside
// register-gen's func Resource, a field and a generated method of the same
// name). It type-checks nothing, so it costs next to nothing, and runs
// first, whatever the mode.

// names returns the clashes of the run's output as errors at the inputs.
func (c *compileCheck) names(pruned []string) error {
	skip := map[string]bool{}
	for _, p := range pruned {
		skip[p] = true
	}
	type pkgFiles struct {
		dir   string
		files []*assembled
	}
	pkgs := map[string]*pkgFiles{}
	for path, a := range c.rendered {
		skip[path] = true
		if filepath.Ext(path) != ".go" {
			continue
		}
		p := pkgs[a.pkgPath]
		if p == nil {
			p = &pkgFiles{dir: filepath.Dir(path)}
			pkgs[a.pkgPath] = p
		}
		p.files = append(p.files, a)
	}
	// Reading the packages' files on disk (parsing those not loaded from
	// source) is most of the check's time: all packages at once.
	sorted := slices.Sorted(maps.Keys(pkgs))
	disks := make([][]load.DiskDecl, len(sorted))
	diskErrs := make([]error, len(sorted))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, pkg := range sorted {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			disks[i], diskErrs[i] = c.loader.DiskDecls(pkg, pkgs[pkg].dir, skip)
		})
	}
	wg.Wait()
	var msgs []string
	for i, pkg := range sorted {
		p := pkgs[pkg]
		sort.Slice(p.files, func(i, j int) bool { return p.files[i].path < p.files[j].path })
		first := map[string]site{} // name -> where it was first declared
		fields := map[string]site{}
		if err := diskErrs[i]; err != nil {
			return err
		}
		for _, d := range disks[i] {
			s := site{file: d.File, line: d.Line, path: d.Path}
			if d.Field {
				fields[d.Key()] = s
				continue
			}
			if _, ok := first[d.Key()]; !ok {
				first[d.Key()] = s // the user's own clashes are the full check's
			}
		}
		var clashes []clash
		for _, a := range p.files {
			for _, d := range a.decls {
				key := d.Key()
				s := genSite(a, d)
				if other, ok := first[key]; ok {
					clashes = append(clashes, c.lined(clash{name: key, a: s, b: other}))
					continue
				}
				if f, ok := fields[key]; ok && d.Recv != "" {
					clashes = append(clashes, c.lined(clash{name: key, a: s, b: f, field: true}))
					continue
				}
				first[key] = s
			}
		}
		msgs = append(msgs, c.clashMessages(clashes)...)
	}
	return joinMessages(msgs)
}

// genSite is the site of declaration d of a generated file; its file,
// line and input type are found only when a message needs them (lined).
func genSite(a *assembled, d output.Decl) site {
	return site{gen: a, decl: d.Key(), declNames: []string{d.Name, d.Recv}}
}

// lined fills in the file, line and input type of a clash's generated
// sites.
func (c *compileCheck) lined(cl clash) clash {
	for _, s := range []*site{&cl.a, &cl.b} {
		if s.gen == nil || s.line != 0 {
			continue
		}
		s.file = c.loader.RelPath(s.gen.path)
		s.line = c.declLine(s.gen, s.decl)
		s.typ, s.exact = c.originFor(s.gen, s.declNames)
	}
	return cl
}

// declLine is the line of the declaration key ("Name" or "Recv.Name") in
// a generated file.
func (c *compileCheck) declLine(a *assembled, key string) int {
	f, ok := c.parsed[a.path]
	if !ok {
		f, _ = parser.ParseFile(c.fset, a.path, a.formatted, parser.SkipObjectResolution)
		c.parsed[a.path] = f
	}
	if f == nil {
		return 0
	}
	line := func(p token.Pos) int { return c.fset.Position(p).Line }
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			name := d.Name.Name
			if d.Recv != nil && len(d.Recv.List) > 0 {
				name = output.RecvTypeName(d.Recv.List[0].Type) + "." + name
			}
			if name == key {
				return line(d.Name.Pos())
			}
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				switch sp := sp.(type) {
				case *ast.TypeSpec:
					if sp.Name.Name == key {
						return line(sp.Name.Pos())
					}
				case *ast.ValueSpec:
					for _, n := range sp.Names {
						if n.Name == key {
							return line(n.Pos())
						}
					}
				}
			}
		}
	}
	return 0
}

// joinMessages is the error of messages, one a line.
func joinMessages(msgs []string) error {
	var errs []error
	for _, m := range msgs {
		errs = append(errs, errors.New(m))
	}
	return errors.Join(errs...)
}
