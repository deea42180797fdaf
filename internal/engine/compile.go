package engine

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/load"
	"github.com/kodegen/kodegen/internal/output"
)

// The compile check: before anything is written, the run's output is
// type-checked in memory together with the packages it lands in and the
// inputs, as `go build` will see them once written (load.CheckOverlay).
// Whatever does not compile is reported as the input's fault, at the
// input's file and line, naming the symbol and the fix; never as
// generated code. What another generator writes later in the same script
// (a client generated before register-gen declares SchemeGroupVersion,
// informers generated before the clientset they import) is a warning
// naming what will provide it.

// symbolTools maps the names generators declare to the generator that
// declares them, so that a name missing only because that generator has
// not run yet is told apart from a real mistake.
func symbolTool(name string) string {
	switch {
	case strings.HasPrefix(name, "DeepCopy"):
		return "deepcopy-gen"
	case name == "RegisterDefaults" || strings.HasPrefix(name, "SetObjectDefaults_"):
		return "defaulter-gen"
	case name == "RegisterConversions" || strings.HasPrefix(name, "Convert_") || strings.HasPrefix(name, "autoConvert_"):
		return "conversion-gen"
	case registerSymbols[name]:
		return "register-gen"
	case name == "GetOpenAPIDefinitions" || name == "OpenAPIModelName":
		return "openapi-gen"
	case name == "RegisterValidations" || strings.HasPrefix(name, "Validate_"):
		return "validation-gen"
	case strings.HasPrefix(name, "APILifecycle"):
		return "prerelease-lifecycle-gen"
	}
	return ""
}

// registerSymbols are what register-gen declares in an API package.
var registerSymbols = map[string]bool{
	"GroupName": true, "GroupVersion": true, "SchemeGroupVersion": true, "Resource": true,
	"SchemeBuilder": true, "localSchemeBuilder": true, "AddToScheme": true, "Install": true,
	"addKnownTypes": true,
}

var (
	undefinedRE   = regexp.MustCompile(`undefined: (?:\w+\.)?(\w+)`)
	noMemberRE    = regexp.MustCompile(`has no field or method (\w+)`)
	missingRE     = regexp.MustCompile(`missing method (\w+)`)
	notImportRE   = regexp.MustCompile(`could not import (\S+)`)
	redeclaredRE  = regexp.MustCompile(`^(\w+) redeclared in this block`)
	methodTwiceRE = regexp.MustCompile(`^method (\w+)\.(\w+) already declared at (.*):(\d+):(\d+)$`)
	fieldMethodRE = regexp.MustCompile(`^field and method with the same name (\w+)`)
)

// mentioned are the names a type error says are missing.
func mentioned(msg string) []string {
	var out []string
	for _, re := range []*regexp.Regexp{undefinedRE, noMemberRE, missingRE} {
		for _, m := range re.FindAllStringSubmatch(msg, -1) {
			out = append(out, m[1])
		}
	}
	return out
}

// explainedByLoad reports whether an error of the load (which hides
// generated files and blanks function bodies, as upstream's loader) may
// come from that alone: a name a hidden file or a generator declares, or
// an import only function bodies use. The compile check looks at such
// errors again with every file in place.
func explainedByLoad(e load.TypeError, hidden map[string]bool) bool {
	if strings.HasSuffix(e.Msg, "imported and not used") {
		return true
	}
	for _, name := range mentioned(e.Msg) {
		if hidden[name] || symbolTool(name) != "" {
			return true
		}
	}
	return false
}

// inputErrors returns the errors of the Go type checker in the packages
// loaded from source that belong to the main module (the inputs, peers,
// and their dependencies there) when any of them is not explained by the
// way the load hides generated files: such a package does not compile.
func inputErrors(loader *load.Loader, only map[string]bool) error {
	var bad []load.TypeError
	hidden := map[string]map[string]bool{}
	for _, e := range loader.TypeErrors() {
		if only != nil && !only[e.Pkg] {
			continue
		}
		if hidden[e.Pkg] == nil {
			hidden[e.Pkg] = loader.HiddenNames(e.Pkg)
		}
		if !explainedByLoad(e, hidden[e.Pkg]) {
			bad = append(bad, e)
		}
	}
	return compileErrors(bad)
}

// compileErrors joins the type checker's messages by package: a heading
// naming the package, then every message with its position, once.
func compileErrors(list []load.TypeError) error {
	if len(list) == 0 {
		return nil
	}
	byPkg := map[string][]string{}
	var pkgs []string
	for _, e := range list {
		if byPkg[e.Pkg] == nil {
			pkgs = append(pkgs, e.Pkg)
		}
		line := e.Error()
		for _, r := range e.Related {
			line += "\n\t" + r.Error()
		}
		byPkg[e.Pkg] = append(byPkg[e.Pkg], line)
	}
	sort.Strings(pkgs)
	var errs []error
	for _, p := range pkgs {
		errs = append(errs, &NotCompiling{Pkg: p, Msg: fmt.Sprintf("package %s does not compile; fix it first:\n%s", p, strings.Join(byPkg[p], "\n"))})
	}
	return errors.Join(errs...)
}

// NotCompiling is the error for an input package that does not compile,
// with the type checker's messages.
type NotCompiling struct {
	Pkg, Msg string
}

func (e *NotCompiling) Error() string { return e.Msg }

// CheckMode says how much of the compile check runs.
type CheckMode string

const (
	// CheckAuto (the default) runs the names check, and the type check
	// when the run writes at most AutoTypeCheckFiles files.
	CheckAuto CheckMode = ""
	// CheckFull runs the names check and the type check.
	CheckFull CheckMode = "full"
	// CheckNames runs only the names check: what the output declares
	// twice, or beside the user's code.
	CheckNames CheckMode = "names"
	// CheckOff checks nothing.
	CheckOff CheckMode = "off"
)

// AutoTypeCheckFiles is the largest output CheckAuto type-checks: the
// type check costs about what rendering and formatting cost, which on
// k8s.io/api's 2,041 files is more than the run may spend on it; its names
// check costs next to nothing.
const AutoTypeCheckFiles = 400

// ParseCheckMode reads a --compile-check value.
func ParseCheckMode(s string) (CheckMode, error) {
	switch m := CheckMode(s); m {
	case "auto":
		return CheckAuto, nil
	case CheckFull, CheckNames, CheckOff:
		return m, nil
	}
	return "", fmt.Errorf("--compile-check=%s: want auto, full, names or off", s)
}

// types reports whether the type check runs for an output of n files.
func (m CheckMode) types(n int) bool {
	return m == CheckFull || m == CheckAuto && n <= AutoTypeCheckFiles
}

// compileCheck is one run's check of its output.
type compileCheck struct {
	loader   *load.Loader
	rendered map[string]*assembled
	runs     map[string]map[string]bool // tool -> input packages
	res      *load.CheckResult
	warn     func(tool, msg string)
	parsed   map[string]*ast.File // generated files parsed to find declarations
	fset     *token.FileSet
	// deferredSeen are the tool and package pairs warned about.
	deferredSeen map[string]bool
}

// checkOutput type-checks set (with removed gone) and returns the
// problems as errors at the inputs; deferred ones go to warn.
//
// The type check runs only when the run changes the disk (written or
// removed is not empty): when every file is already there with the same
// bytes, nothing is written, so nothing can stop compiling because of the
// run, and a rerun or a --verify that finds the tree up to date does not
// pay for a check of what the user already has.
func checkOutput(loader *load.Loader, set *output.Set, rendered map[string]*assembled, written, removed []string,
	runs map[string]map[string]bool, mode CheckMode, warn func(tool, msg string)) (load.CheckStats, error) {
	c := &compileCheck{loader: loader, rendered: rendered, runs: runs, warn: warn,
		parsed: map[string]*ast.File{}, fset: token.NewFileSet(), deferredSeen: map[string]bool{}}
	if err := c.names(removed); err != nil {
		return load.CheckStats{}, err
	}
	if !mode.types(len(rendered)) || len(written) == 0 && len(removed) == 0 {
		return load.CheckStats{}, nil
	}
	var files []load.OverlayFile
	for _, path := range set.Paths() {
		a := rendered[path]
		if a == nil || filepath.Ext(path) != ".go" {
			continue
		}
		data, _ := set.Get(path)
		files = append(files, load.OverlayFile{Path: path, PkgPath: a.pkgPath, Data: data})
	}
	res, err := loader.CheckOverlay(files, removed)
	if err != nil {
		return load.CheckStats{}, fmt.Errorf("checking that the generated code compiles: %w", err)
	}
	c.res = res
	return res.Stats, c.report()
}

func (c *compileCheck) runsTool(tool string) bool { return len(c.runs[tool]) > 0 }

// inMainModule reports an import path of the main module.
func (c *compileCheck) inMainModule(path string) bool {
	mod := c.loader.MainModule()
	return mod != "" && (path == mod || strings.HasPrefix(path, mod+"/"))
}

func (c *compileCheck) inOverlay(e load.TypeError) bool { return c.res.Overlay[e.Pos.Filename] }

// deferred says why e is left to a later step of the user's script, as a
// warning, or "" when it is not.
func (c *compileCheck) deferred(e load.TypeError) (tool, msg string) {
	owner := "kodegen"
	if a := c.rendered[e.Pos.Filename]; a != nil {
		owner = a.tool
	}
	if m := notImportRE.FindStringSubmatch(e.Msg); m != nil {
		path := m[1]
		if _, unresolved := c.res.Unresolved[path]; !unresolved {
			return "", ""
		}
		if libraryPath(path) {
			if c.inMainModule(e.Pkg) {
				return "", "" // the module must provide it: an error
			}
			// Output for another module (or copied into one later),
			// which this one cannot build: checked in part only.
			return owner, ""
		}
		// A package some other generator writes (the clientset the
		// informers use, with its own command line in the script).
		if c.deferredSeen["import "+path] {
			return owner, ""
		}
		c.deferredSeen["import "+path] = true
		return owner, fmt.Sprintf("%s imports %s, which does not exist yet; generate it too (in the same kodegen run, or before this one), or the code does not compile",
			e.File, path)
	}
	for _, name := range mentioned(e.Msg) {
		tool := symbolTool(name)
		if tool == "" || c.runsTool(tool) {
			continue
		}
		if tool == "register-gen" && c.inOverlay(e) {
			return owner, "" // the generators that use these symbols warned while planning
		}
		pkg := e.Pkg
		if s := c.site(e.Pos, e.File); s.typ != nil {
			pkg = s.typ.Name.Package
		}
		key := tool + " " + pkg
		if c.deferredSeen[key] {
			return owner, "" // said already
		}
		c.deferredSeen[key] = true
		return owner, fmt.Sprintf("%s: %s is not written yet (%s writes it, %s uses it): run %s on %s too, or the code does not compile",
			pkg, name, tool, e.File, tool, pkg)
	}
	return "", ""
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return line
}

// libraries are the modules generated code imports besides the inputs and
// other generated packages: they must be in the module's go.mod.
var libraries = []string{"k8s.io/client-go", "k8s.io/apimachinery", "k8s.io/api", "sigs.k8s.io/structured-merge-diff", "k8s.io/kube-openapi", "k8s.io/utils"}

// libraryPath reports a package of one of the libraries.
func libraryPath(path string) bool {
	for _, l := range libraries {
		if path == l || strings.HasPrefix(path, l+"/") {
			return true
		}
	}
	return false
}

// libraryModule is the library module of path.
func libraryModule(path string) string {
	for _, l := range libraries {
		if path == l || strings.HasPrefix(path, l+"/") {
			if l == "sigs.k8s.io/structured-merge-diff" {
				parts := strings.Split(path, "/")
				if len(parts) > 2 {
					return strings.Join(parts[:3], "/")
				}
			}
			return l
		}
	}
	return path
}

// report turns the check's errors into messages at the inputs.
func (c *compileCheck) report() error {
	var inputs []load.TypeError
	generated := map[string][]load.TypeError{} // by package
	var pkgs []string
	deferred := false
	missing := map[string]string{} // library import -> a file importing it
	for _, e := range c.res.Errors {
		if tool, msg := c.deferred(e); tool != "" {
			if msg != "" {
				c.warn(tool, msg)
			}
			deferred = true
			continue
		}
		if m := notImportRE.FindStringSubmatch(e.Msg); m != nil && libraryPath(m[1]) && c.inOverlay(e) {
			if _, ok := c.res.Unresolved[m[1]]; ok {
				if missing[m[1]] == "" {
					missing[m[1]] = e.File
				}
				continue
			}
		}
		touches := c.inOverlay(e)
		for _, r := range e.Related {
			touches = touches || c.res.Overlay[r.Pos.Filename]
		}
		if other, ok := declaredAt(e); ok {
			touches = touches || c.res.Overlay[other.Filename]
		}
		if !touches {
			inputs = append(inputs, e)
			continue
		}
		if generated[e.Pkg] == nil {
			pkgs = append(pkgs, e.Pkg)
		}
		generated[e.Pkg] = append(generated[e.Pkg], e)
	}
	var errs []error
	if err := compileErrors(inputs); err != nil {
		errs = append(errs, err)
	}
	for _, path := range slices.Sorted(maps.Keys(missing)) {
		errs = append(errs, fmt.Errorf("go.mod: the generated code imports %s (%s, …), which this module cannot load (%s); add its module: go get %s",
			path, missing[path], firstLine(c.res.Unresolved[path]), libraryModule(path)))
	}
	sort.Strings(pkgs)
	// A name declared twice makes the errors of what uses it meaningless.
	anyClash := false
	for _, p := range pkgs {
		for _, e := range generated[p] {
			anyClash = anyClash || isClash(e.Msg)
		}
	}
	var msgs []string
	seen := map[string]bool{}
	add := func(msg string) {
		if !seen[msg] {
			seen[msg] = true
			msgs = append(msgs, msg)
		}
	}
	for _, p := range pkgs {
		list := generated[p]
		// A name declared twice makes what follows meaningless.
		var clashes []clash
		for _, e := range list {
			if cl, ok := c.clashOf(e); ok {
				clashes = append(clashes, cl)
			}
		}
		if len(clashes) == 0 {
			// With a part of the output missing until a later step,
			// other errors are likely its consequences.
			if !deferred && !anyClash {
				for _, e := range list {
					add(c.explain(e))
				}
			}
			continue
		}
		for _, m := range c.clashMessages(clashes) {
			add(m)
		}
	}
	for _, m := range msgs {
		errs = append(errs, errors.New(m))
	}
	return errors.Join(errs...)
}

// clashMessages words the clashes of one package: one message per pair
// of input types whose output clashes (by every name they clash by), one
// per clash with the user's code.
func (c *compileCheck) clashMessages(clashes []clash) []string {
	var msgs []string
	pairs := map[[2]*types.Type][]string{}
	var order [][2]*types.Type
	var rest []clash
	for _, cl := range clashes {
		if k, ok := cl.pair(); ok {
			if pairs[k] == nil {
				order = append(order, k)
			}
			pairs[k] = append(pairs[k], cl.name)
			continue
		}
		rest = append(rest, cl)
	}
	// A generated file the run does not write that declares what it does
	// (an older output under another name): one message for the file.
	stale := map[string][]clash{}
	var staleOrder []string
	var kept []clash
	for _, cl := range rest {
		if cl.b.gen == nil && cl.b.path != "" && !cl.field && c.isGeneratedFile(cl.b.path) {
			if stale[cl.b.path] == nil {
				staleOrder = append(staleOrder, cl.b.path)
			}
			stale[cl.b.path] = append(stale[cl.b.path], cl)
			continue
		}
		kept = append(kept, cl)
	}
	rest = kept
	for _, p := range staleOrder {
		list := stale[p]
		var names []string
		for _, cl := range list {
			names = append(names, cl.name)
		}
		first := list[0]
		msgs = append(msgs, fmt.Sprintf("%s:%d: %s declares %s, which %s now writes in %s: two declarations do not compile; delete %s if it is an older output (or keep generating under its name)",
			first.b.file, first.b.line, first.b.file, strings.Join(names, ", "), first.a.gen.tool, first.a.file, first.b.file))
	}
	for _, cl := range rest {
		// A file written for several types (expansion_generated.go)
		// does not say which declaration is whose: a name of the same
		// clash as a pair of types goes with the pair.
		joined := false
		if cl.b.gen != nil && cl.a.typ != nil {
			for _, k := range order {
				if k[0] == cl.a.typ || k[1] == cl.a.typ {
					pairs[k] = append(pairs[k], cl.name)
					joined = true
					break
				}
			}
		}
		if !joined {
			msgs = append(msgs, c.clashMessage(cl))
		}
	}
	for _, k := range order {
		msgs = append(msgs, c.pairMessage(k, pairs[k], clashes))
	}
	return msgs
}

// declaredAt is the other declaration named in "method T.M already
// declared at file:line:col".
func declaredAt(e load.TypeError) (token.Position, bool) {
	m := methodTwiceRE.FindStringSubmatch(e.Msg)
	if m == nil {
		return token.Position{}, false
	}
	var line, col int
	fmt.Sscan(m[4], &line)
	fmt.Sscan(m[5], &col)
	file := m[3]
	if !filepath.IsAbs(file) {
		file = filepath.Join(filepath.Dir(e.Pos.Filename), file)
	}
	return token.Position{Filename: file, Line: line, Column: col}, true
}

func isClash(msg string) bool {
	return redeclaredRE.MatchString(msg) || methodTwiceRE.MatchString(msg) || fieldMethodRE.MatchString(msg)
}

// site is one end of a problem: a position and, in generated code, the
// input type it was generated for.
type site struct {
	file string // relative to the module
	line int
	gen  *assembled  // nil: not generated by this run
	typ  *types.Type // the input type behind a generated site, when known
	// exact: typ is the type the file or declaration was written for, not
	// a guess from the declaration's name.
	exact bool
	decl  string // the name declared there ("Recv.Name" for a method), when known
	path  string // the absolute path of a file on disk, when known
	// declNames are the names of the generated declaration, to find typ.
	declNames []string
}

func (c *compileCheck) site(pos token.Position, rel string) site {
	s := site{file: rel, line: pos.Line}
	if a := c.rendered[pos.Filename]; a != nil {
		s.gen = a
		s.typ, s.exact = c.originAt(a, pos.Line)
	}
	return s
}

// where is the input position of a site: the declaration of its input
// type for generated code, else the site itself.
func (c *compileCheck) where(s site) string {
	if s.gen != nil && s.typ != nil {
		if file, line, ok := c.loader.DeclPosition(s.typ.Name.Package, s.typ.Name.Name, ""); ok {
			return fmt.Sprintf("%s:%d", file, line)
		}
	}
	return fmt.Sprintf("%s:%d", s.file, s.line)
}

// A clash is a name declared twice: by two generated files, or by a
// generated file and the user's code (b then).
type clash struct {
	name string
	a, b site
	// field: b is a field of the struct type the method a is on.
	field bool
}

// pair returns the two input types of a clash between the output for two
// different types, ordered.
func (cl clash) pair() ([2]*types.Type, bool) {
	if cl.a.gen == nil || cl.b.gen == nil || cl.a.typ == nil || cl.b.typ == nil || cl.a.typ == cl.b.typ {
		return [2]*types.Type{}, false
	}
	k := [2]*types.Type{cl.a.typ, cl.b.typ}
	if k[1].Name.String() < k[0].Name.String() {
		k[0], k[1] = k[1], k[0]
	}
	return k, true
}

func (c *compileCheck) clashOf(e load.TypeError) (clash, bool) {
	a := c.site(e.Pos, e.File)
	var cl clash
	switch {
	case redeclaredRE.MatchString(e.Msg) && len(e.Related) > 0:
		r := e.Related[0]
		cl = clash{name: redeclaredRE.FindStringSubmatch(e.Msg)[1], a: a, b: c.site(r.Pos, r.File)}
	case methodTwiceRE.MatchString(e.Msg):
		m := methodTwiceRE.FindStringSubmatch(e.Msg)
		other, _ := declaredAt(e)
		cl = clash{name: m[1] + "." + m[2], a: a, b: c.site(other, c.loader.RelPath(other.Filename))}
	case fieldMethodRE.MatchString(e.Msg) && len(e.Related) > 0:
		r := e.Related[0]
		cl = clash{name: fieldMethodRE.FindStringSubmatch(e.Msg)[1], a: a, b: c.site(r.Pos, r.File), field: true}
	default:
		return clash{}, false
	}
	if cl.a.gen == nil {
		cl.a, cl.b = cl.b, cl.a
	}
	if cl.field && cl.a.gen != nil && cl.a.typ != nil {
		cl.name = cl.a.typ.Name.Name + "." + cl.name
	}
	return cl, cl.a.gen != nil
}

// clashMessage words a clash with the user's code, or within the output
// for one type.
func (c *compileCheck) clashMessage(cl clash) string {
	a, b := cl.a, cl.b
	if cl.field {
		typ, field, _ := strings.Cut(cl.name, ".")
		return fmt.Sprintf("%s:%d: %s.%s: the field %s clashes with the method %s that %s writes for %s (%s), which does not compile; rename the field (its JSON name can stay)",
			b.file, b.line, typ, field, field, field, a.gen.tool, typ, a.file)
	}
	if b.gen == nil {
		what := a.gen.tool
		if a.typ != nil && a.exact {
			what += " (for " + a.typ.Name.Name + ")"
		}
		return fmt.Sprintf("%s:%d: %s is declared here and by %s in %s, which does not compile; %s",
			b.file, b.line, cl.name, what, a.file, handWrittenFix(cl.name, a.gen.tool))
	}
	subject := a.gen.pkgPath
	if a.typ != nil {
		subject = a.typ.Name.String()
	}
	return fmt.Sprintf("%s: %s: %s would declare %s twice in %s (%s:%d and %s:%d), which does not compile; rename the type",
		c.where(a), subject, a.gen.tool, cl.name, a.gen.pkgPath, a.file, a.line, b.file, b.line)
}

// pairMessage words the clashes between the output for two input types,
// at the second one (by position).
func (c *compileCheck) pairMessage(k [2]*types.Type, names []string, clashes []clash) string {
	var one clash
	for _, cl := range clashes {
		if p, ok := cl.pair(); ok && p == k {
			one = cl
			break
		}
	}
	first, second := one.a, one.b
	if first.typ != k[0] {
		first, second = second, first
	}
	// The message goes to the type whose name is the other's with
	// something added (WidgetNamespace beside Widget), else to the later.
	switch n0, n1 := first.typ.Name.Name, second.typ.Name.Name; {
	case strings.Contains(n0, n1) && !strings.Contains(n1, n0):
		first, second = second, first
	case strings.Contains(n1, n0):
	case c.later(first, second):
		first, second = second, first
	}
	sort.Strings(names)
	names = slices.Compact(names)
	tools := first.gen.tool
	if second.gen.tool != tools {
		tools += " and " + second.gen.tool
	}
	return fmt.Sprintf("%s: %s: %s and %s (%s) would both make %s declare %s in %s, which does not compile; rename one of the two types",
		c.where(second), second.typ.Name, second.typ.Name.Name, first.typ.Name.Name, c.where(first),
		tools, strings.Join(names, ", "), second.gen.pkgPath)
}

// later reports whether a's input type is declared after b's.
func (c *compileCheck) later(a, b site) bool {
	fa, la, _ := c.loader.DeclPosition(a.typ.Name.Package, a.typ.Name.Name, "")
	fb, lb, _ := c.loader.DeclPosition(b.typ.Name.Package, b.typ.Name.Name, "")
	if fa != fb {
		return fa > fb
	}
	return la > lb
}

// explain words one error in generated code (not a clash) as the input's
// fault.
func (c *compileCheck) explain(e load.TypeError) string {
	a := c.site(e.Pos, e.File)
	if a.gen == nil {
		return e.Error()
	}
	subject := a.gen.pkgPath
	if a.typ != nil {
		subject = a.typ.Name.String()
	}
	return fmt.Sprintf("%s: %s: %s would write code that does not compile (%s:%d: %s); %s",
		c.where(a), subject, a.gen.tool, e.File, e.Pos.Line, e.Msg, fixFor(e.Msg, a))
}

// fixFor is what to write instead, for the type errors whose cause in the
// input is known.
func fixFor(msg string, s site) string {
	name := "the type"
	if s.typ != nil {
		name = s.typ.Name.Name
	}
	switch {
	case strings.Contains(msg, "missing method DeepCopyObject"):
		return fmt.Sprintf("add +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object to %s (and run deepcopy-gen)", name)
	case strings.Contains(msg, "missing method DeepCopy"):
		return fmt.Sprintf("generate deepcopy for %s (+k8s:deepcopy-gen=true, or =package on its package) or write DeepCopyInto and DeepCopy by hand", name)
	case strings.Contains(msg, "missing method GetObjectMeta"), strings.Contains(msg, "missing method GetName"),
		strings.Contains(msg, "missing method GetNamespace"), strings.Contains(msg, "missing method GetResourceVersion"):
		return fmt.Sprintf("embed metav1.ObjectMeta `json:\"metadata,omitempty\"` in %s, or remove its +genclient", name)
	case strings.Contains(msg, "missing method GetListMeta"), strings.Contains(msg, "missing method GetContinue"):
		return fmt.Sprintf("embed metav1.ListMeta `json:\"metadata,omitempty\"` in %sList", name)
	}
	return fmt.Sprintf("rename %s or leave it out of %s's input; if the input is valid Go for Kubernetes APIs, it is a kodegen bug: please report it", name, s.gen.tool)
}

// originAt is the input type a generated file's declaration at line was
// generated for: the file's only origin, or the origin (or, for a file
// without origins, the input type of the same tool) whose name the
// declaration's name contains, the longest. exact is false for a guess
// among every input type of the tool.
func (c *compileCheck) originAt(a *assembled, line int) (t *types.Type, exact bool) {
	if len(a.origins) == 1 {
		return a.origins[0], true
	}
	return c.originFor(a, c.declNamesAt(a, line))
}

// originFor is originAt for the declaration of names.
func (c *compileCheck) originFor(a *assembled, names []string) (t *types.Type, exact bool) {
	if len(a.origins) == 1 {
		return a.origins[0], true
	}
	candidates := a.origins
	if len(candidates) == 0 {
		candidates = c.inputTypes(a.tool)
	}
	var best *types.Type
	for _, t := range candidates {
		for _, n := range names {
			if strings.Contains(strings.ToLower(n), strings.ToLower(t.Name.Name)) && (best == nil || len(t.Name.Name) > len(best.Name.Name)) {
				best = t
			}
		}
	}
	if best == nil && len(a.origins) > 0 {
		return a.origins[0], false
	}
	return best, best != nil && len(a.origins) > 0
}

// inputTypes are the types of tool's input packages in the user's module.
func (c *compileCheck) inputTypes(tool string) []*types.Type {
	u := c.loader.Universe()
	var out []*types.Type
	for _, p := range slices.Sorted(maps.Keys(c.runs[tool])) {
		if !c.loader.Local(p) {
			continue
		}
		pkg := u.Package(p)
		for _, n := range slices.Sorted(maps.Keys(pkg.Types)) {
			out = append(out, pkg.Types[n])
		}
	}
	return out
}

// declNamesAt are the names of the top-level declaration of a generated
// file around line: a function's name and receiver type, a type's, a
// variable's or a constant's.
func (c *compileCheck) declNamesAt(a *assembled, line int) []string {
	f, ok := c.parsed[a.path]
	if !ok {
		f, _ = parser.ParseFile(c.fset, a.path, a.formatted, parser.SkipObjectResolution)
		c.parsed[a.path] = f
	}
	if f == nil {
		return nil
	}
	tf := c.fset.File(f.Pos())
	for _, d := range f.Decls {
		if tf.Line(d.Pos()) > line || tf.Line(d.End()) < line {
			continue
		}
		var names []string
		switch d := d.(type) {
		case *ast.FuncDecl:
			names = append(names, d.Name.Name)
			if d.Recv != nil && len(d.Recv.List) > 0 {
				names = append(names, recvTypeName(d.Recv.List[0].Type))
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				if tf.Line(s.Pos()) > line || tf.Line(s.End()) < line {
					continue
				}
				switch s := s.(type) {
				case *ast.TypeSpec:
					names = append(names, s.Name.Name)
				case *ast.ValueSpec:
					for _, n := range s.Names {
						names = append(names, n.Name)
					}
				}
			}
		}
		return names
	}
	return nil
}

func recvTypeName(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}

// handWrittenFix is what to do about a name of the user's that a generator
// declares too.
func handWrittenFix(name, tool string) string {
	switch {
	case tool == "conversion-gen" && strings.HasPrefix(name, "Convert_"):
		return fmt.Sprintf("conversion-gen uses a hand-written %s instead of writing its own only when its signature is func(in *<from type>, out *<to type>, s conversion.Scope) error; fix the signature, or rename it", name)
	case tool == "defaulter-gen":
		return fmt.Sprintf("remove or rename yours: defaulter-gen writes %s (defaults of your own go in SetDefaults_<Type> functions, which it calls)", name)
	case tool == "register-gen":
		return fmt.Sprintf("rename yours, or register the package by hand in a register.go (register-gen then leaves it alone and declares no %s)", name)
	case tool == "deepcopy-gen" && !strings.HasSuffix(name, ".DeepCopy") && !strings.HasSuffix(name, ".DeepCopyInto"):
		return fmt.Sprintf("deepcopy-gen writes %s for a +k8s:deepcopy-gen:interfaces marker; remove yours, or the marker", name)
	case tool == "deepcopy-gen":
		return fmt.Sprintf("deepcopy-gen uses a hand-written DeepCopy and DeepCopyInto instead of writing its own only with the signatures func (in *T) DeepCopyInto(out *T) and func (in *T) DeepCopy() *T; fix or rename %s", name)
	}
	return fmt.Sprintf("rename or remove this %s (%s writes it)", name, tool)
}

// isGeneratedFile reports a "Code generated … DO NOT EDIT." file on disk.
func (c *compileCheck) isGeneratedFile(path string) bool {
	data, err := os.ReadFile(path)
	return err == nil && output.IsGenerated(data)
}
