package engine

import (
	"bytes"
	"errors"
	"fmt"
	"go/parser"
	"go/token"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"time"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
	"github.com/kodegen/kodegen/internal/output"
)

// Render executes targets the way gengo does (same filtering, same file
// assembly) but keeps every file in memory and formats them in parallel.
func Render(c *generator.Context, tool string, targets []generator.Target, set *output.Set) error {
	return render(c, tool, targets, set, &Stats{}, nil)
}

// render renders targets into set; rendered, when not nil, records every
// file by its absolute path.
func render(c *generator.Context, tool string, targets []generator.Target, set *output.Set, stats *Stats, rendered map[string]*assembled) error {
	files, err := renderFiles(c, tool, targets, stats)
	if err != nil {
		return err
	}
	return addFiles(tool, files, set, rendered)
}

// renderFiles renders and formats targets in memory, touching nothing
// shared but what it is given: it may run beside another generator's
// (see Isolated).
func renderFiles(c *generator.Context, tool string, targets []generator.Target, stats *Stats) ([]*assembled, error) {
	// Targets render one after another (gengo's namers are not safe for
	// concurrent use) while every core formats what is already rendered.
	start := time.Now()
	var rendering time.Duration
	fmtr := newFormatter()
	var pending []*assembled
	var errs []error
	for _, t := range targets {
		t0 := time.Now()
		files, err := executeTarget(c, t)
		for _, f := range files {
			f.tool = tool
		}
		rendering += time.Since(t0)
		if err != nil {
			var located *markers.Error
			if errors.As(err, &located) {
				errs = append(errs, err) // at the input; Locate fills its position in
			} else {
				errs = append(errs, fmt.Errorf("%s: %w", t.Path(), err))
			}
			continue
		}
		for _, f := range files {
			switch {
			case f.plain:
				f.formatted = f.src
			case f.verbatim:
				decls, err := verbatimDecls(f.src)
				if err != nil {
					errs = append(errs, invalidGo(f, err))
					continue
				}
				f.formatted, f.decls = f.src, decls
			default:
				fmtr.format(f)
			}
		}
		pending = append(pending, files...)
	}
	fmtErr := fmtr.wait()
	stats.Render += rendering
	stats.Format += time.Since(start) - rendering
	if err := errors.Join(append(errs, fmtErr)...); err != nil {
		return nil, err
	}
	return pending, nil
}

// addFiles adds rendered files to set (and to rendered, when not nil, by
// absolute path), in order: the first clash is the error.
func addFiles(tool string, pending []*assembled, set *output.Set, rendered map[string]*assembled) error {
	for _, f := range pending {
		add := set.Add
		if f.plain {
			add = set.AddPlain
		}
		if err := add(tool, f.path, f.formatted); err != nil {
			return err
		}
		if rendered != nil && !f.plain {
			rendered[absPath(f.path)] = f
		}
	}
	return nil
}

// assembled is one rendered file, and what it was generated for.
type assembled struct {
	path      string
	src       []byte
	formatted []byte
	plain     bool // not Go: neither assembled nor formatted (output.Set.AddPlain)
	verbatim  bool // Go, complete and formatted by its generator (VerbatimGoFileType)
	tool      string
	pkgPath   string        // the import path of the file's package
	origins   []*types.Type // the input types it was generated for, when known
	ranges    []typeRange   // what GenerateType wrote for which type, in src
	decls     []output.Decl // what it declares
}

// PlainFileType is the file type of a generator that writes a file that is
// not Go (openapi-gen's API rule violation report): its body is the whole
// file, unformatted. Such a generator implements PlainFile.
const PlainFileType = "kodegen-plain"

// PlainFile is a generator of PlainFileType. Its file goes to OutputPath
// as given, not into the target's directory ("-" is the standard output,
// see output.Set.AddPlain).
type PlainFile interface {
	OutputPath() string
}

// VerbatimGoFileType is the file type of a generator whose body is a
// whole Go file, header and imports included, already formatted the way
// its upstream formats it (controller-gen lays out its own import block and
// runs go/format over it, which gengo's assembly and kodegen's formatter
// would change): the engine neither assembles nor reformats it, and
// otherwise treats it as any Go file of the run (ownership, compile check).
// The file goes to Filename in the target's directory.
const VerbatimGoFileType = "kodegen-verbatim-go"

// Originer is implemented by a gengo generator that writes a file for
// some input types without going through GenerateType (a lister written in
// Init): the types, so that a problem in the file is reported at them.
type Originer interface {
	Origins() []*types.Type
}

func executeTarget(c *generator.Context, t generator.Target) ([]*assembled, error) {
	dir := t.Dir()
	if dir == "" {
		return nil, fmt.Errorf("no directory for target %s", t.Path())
	}
	pkgCtx := filtered(c, t.Filter)
	files := map[string]*generator.File{}
	origins := map[string][]*types.Type{}
	ranges := map[string][]typeRange{}
	var names []string
	var plain []*assembled
	for _, g := range t.Generators(pkgCtx) {
		genCtx := filtered(pkgCtx, g.Filter)
		genCtx = withNamers(genCtx, g.Namers(genCtx))
		if p, ok := g.(PlainFile); ok && g.FileType() == PlainFileType {
			var body bytes.Buffer
			if _, err := executeBody(genCtx, &body, g); err != nil {
				return nil, err
			}
			plain = append(plain, &assembled{path: p.OutputPath(), src: body.Bytes(), plain: true})
			continue
		}
		if g.FileType() == VerbatimGoFileType {
			var body bytes.Buffer
			if _, err := executeBody(genCtx, &body, g); err != nil {
				return nil, err
			}
			a := &assembled{path: filepath.Join(dir, g.Filename()), src: body.Bytes(), verbatim: true, pkgPath: t.Path()}
			if o, ok := g.(Originer); ok {
				a.origins = o.Origins()
			}
			plain = append(plain, a)
			continue
		}
		if g.FileType() != generator.GoFileType {
			return nil, fmt.Errorf("generator %q: unsupported file type %q", g.Name(), g.FileType())
		}
		f := files[g.Filename()]
		if f == nil {
			f = &generator.File{
				Name:        g.Filename(),
				FileType:    g.FileType(),
				PackageName: t.Name(),
				PackagePath: t.Path(),
				PackageDir:  dir,
				Header:      t.Header(g.Filename()),
				Imports:     map[string]struct{}{},
			}
			files[f.Name] = f
			names = append(names, f.Name)
		}
		if vars := g.PackageVars(genCtx); len(vars) > 0 {
			headerComment(&f.Vars, g.Name(), "variables")
			for _, v := range vars {
				fmt.Fprintf(&f.Vars, "%s\n", v)
			}
		}
		if consts := g.PackageConsts(genCtx); len(consts) > 0 {
			headerComment(&f.Consts, g.Name(), "consts")
			for _, v := range consts {
				fmt.Fprintf(&f.Consts, "%s\n", v)
			}
		}
		typed, err := executeBody(genCtx, &f.Body, g)
		if err != nil {
			return nil, err
		}
		for _, r := range typed {
			origins[f.Name] = append(origins[f.Name], r.t)
		}
		ranges[f.Name] = append(ranges[f.Name], typed...)
		if o, ok := g.(Originer); ok {
			origins[f.Name] = append(origins[f.Name], o.Origins()...)
		}
		for _, imp := range g.Imports(genCtx) {
			f.Imports[imp] = struct{}{}
		}
	}
	out := make([]*assembled, 0, len(names))
	for _, name := range names {
		f := files[name]
		src, body := assemble(f)
		a := &assembled{path: filepath.Join(dir, name), src: src, pkgPath: t.Path(), origins: origins[name]}
		for _, r := range ranges[name] {
			a.ranges = append(a.ranges, typeRange{r.t, r.start + body, r.end + body})
		}
		out = append(out, a)
	}
	return append(out, plain...), nil
}

// verbatimDecls are the declarations of a verbatim Go file, which must
// parse.
func verbatimDecls(src []byte) ([]output.Decl, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "", src, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	return output.Decls(f), nil
}

// headerComment matches gengo's comment above a generator's var/const lines.
func headerComment(b *bytes.Buffer, gen, what string) {
	if b.Len() > 0 {
		b.WriteString("\n")
	}
	fmt.Fprintf(b, "// Package-wide %s from generator %q.\n", what, gen)
}

// typeRange is the part of a file GenerateType wrote for a type, by byte
// offsets.
type typeRange struct {
	t          *types.Type
	start, end int
}

// executeBody writes g's part of a file and returns where GenerateType
// wrote something, and for which type (offsets into the body).
func executeBody(c *generator.Context, w *bytes.Buffer, g generator.Generator) ([]typeRange, error) {
	et := generator.NewErrorTracker(w)
	if err := g.Init(c, et); err != nil {
		return nil, err
	}
	var typed []typeRange
	for _, t := range c.Order {
		n := w.Len()
		if err := g.GenerateType(c, t, et); err != nil {
			return nil, err
		}
		if w.Len() > n {
			typed = append(typed, typeRange{t, n, w.Len()})
		}
	}
	if err := g.Finalize(c, et); err != nil {
		return nil, err
	}
	return typed, et.Error()
}

// assemble lays out a Go file as gengo does: header, package clause,
// imports, vars, consts, body; the imports already as goimports groups and
// sorts them. body is the offset of the body.
func assemble(f *generator.File) (src []byte, body int) {
	var b bytes.Buffer
	b.Write(f.Header)
	fmt.Fprintf(&b, "package %v\n\n", f.PackageName)
	imports := make([]string, 0, len(f.Imports))
	for i := range f.Imports {
		imports = append(imports, i)
	}
	b.WriteString(output.ImportBlock(imports))
	if f.Vars.Len() > 0 {
		fmt.Fprintf(&b, "var (\n%s)\n\n", f.Vars.Bytes())
	}
	if f.Consts.Len() > 0 {
		fmt.Fprintf(&b, "const (\n%s)\n\n", f.Consts.Bytes())
	}
	body = b.Len()
	b.Write(f.Body.Bytes())
	return b.Bytes(), body
}

// formatter formats files on every core as they are handed to it.
type formatter struct {
	work chan *assembled
	wg   sync.WaitGroup
	mu   sync.Mutex
	errs []error
}

func newFormatter() *formatter {
	f := &formatter{work: make(chan *assembled, 64)}
	for range runtime.GOMAXPROCS(0) {
		f.wg.Add(1)
		go func() {
			defer f.wg.Done()
			for a := range f.work {
				out, decls, err := output.FormatGeneratedDecls(a.src)
				a.decls = decls
				if err != nil {
					f.mu.Lock()
					f.errs = append(f.errs, invalidGo(a, err))
					f.mu.Unlock()
					continue
				}
				a.formatted = out
			}
		}()
	}
	return f
}

func (f *formatter) format(a *assembled) { f.work <- a }

// wait finishes the work and returns every error, sorted for determinism.
func (f *formatter) wait() error {
	close(f.work)
	f.wg.Wait()
	sort.Slice(f.errs, func(i, j int) bool { return f.errs[i].Error() < f.errs[j].Error() })
	return errors.Join(f.errs...)
}

// absPath is path made absolute, as output.Set keys it.
func absPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return filepath.Clean(path)
}

func filtered(c *generator.Context, keep func(*generator.Context, *types.Type) bool) *generator.Context {
	c2 := *c
	c2.Order = make([]*types.Type, 0, len(c.Order))
	for _, t := range c.Order {
		if keep(c, t) {
			c2.Order = append(c2.Order, t)
		}
	}
	return &c2
}

func withNamers(c *generator.Context, extra namer.NameSystems) *generator.Context {
	if extra == nil {
		return c
	}
	c2 := *c
	c2.Namers = namer.NameSystems{}
	for k, v := range c.Namers {
		c2.Namers[k] = v
	}
	for k, v := range extra {
		c2.Namers[k] = v
	}
	return &c2
}
