package client

import (
	"errors"
	"fmt"
	"maps"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/apilint"
	"github.com/kodegen/kodegen/generators/internal/genclient"
	"github.com/kodegen/kodegen/generators/internal/naming"
	"github.com/kodegen/kodegen/generators/internal/registered"
	"github.com/kodegen/kodegen/generators/internal/snippet"
	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/kversion"
	"github.com/kodegen/kodegen/internal/markers"
)

// run is what one client-gen run plans from: the config and the resolved
// groups, types and markers.
type run struct {
	cfg          Config
	groups       []groupVersions
	goNames      map[naming.GroupVersion]string
	types        map[naming.GroupVersion][]*types.Type
	tags         map[*types.Type]genclient.Tags
	overridden   map[string]bool // --included-types-overrides keys that matched an input
	header       []byte
	clientsetDir string
	clientsetPkg string
	env          *engine.Env       // hand-written files beside the output are read through it
	exceptions   map[string]string // --plural-exceptions

	// marked caches wantsClient over the universe: every typed target
	// filters the whole universe with it.
	markedOnce sync.Once
	marked     map[*types.Type]bool
}

func (g *tool) plan(c *generator.Context, env *engine.Env) (*run, error) {
	header, err := engine.Boilerplate(g.cfg.HeaderFile, "", Tool)
	if err != nil {
		return nil, err
	}
	groups, err := g.cfg.groups()
	if err != nil {
		return nil, err
	}
	r := &run{
		cfg:          g.cfg,
		groups:       groups,
		goNames:      map[naming.GroupVersion]string{},
		types:        map[naming.GroupVersion][]*types.Type{},
		tags:         map[*types.Type]genclient.Tags{},
		overridden:   map[string]bool{},
		header:       header,
		env:          env,
		exceptions:   g.exceptions,
		clientsetDir: filepath.Join(g.cfg.OutputDir, g.cfg.ClientsetName),
		clientsetPkg: path.Join(g.cfg.OutputPkg, g.cfg.ClientsetName),
	}
	if err := r.resolvePackages(c.Universe); err != nil {
		return nil, err
	}
	if err := r.applyGroupNames(c.Universe); err != nil {
		return nil, err
	}
	var errs []error
	for _, grp := range r.groups {
		for _, v := range grp.Versions {
			if err := r.collectTypes(c.Universe, env, grp, v); err != nil {
				errs = append(errs, err)
			}
		}
	}
	for _, key := range slices.Sorted(maps.Keys(r.cfg.IncludedTypes)) {
		if !r.overridden[key] {
			errs = append(errs, fmt.Errorf("--included-types-overrides: %s/%s: %s is not a group/version of --input; write one of the --input group/versions",
				strings.TrimSuffix(key, "/"), strings.Join(r.cfg.IncludedTypes[key], ","), key))
		}
	}
	if err := r.checkMethodTypes(c.Universe, env); err != nil {
		errs = append(errs, err)
	}
	errs = append(errs, r.checkGoNames()...)
	if r.hasInternalVersion() {
		errs = append(errs, r.checkInstallPackages(c.Universe, env)...)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return r, nil
}

// checkGoNames reports groups whose clients would share a Go name (the
// clientset would declare it twice).
func (r *run) checkGoNames() []error {
	seen := map[string]string{}
	var errs []error
	for _, gv := range r.allGroupVersions() {
		name := gv.GoName + namer.IC(string(gv.Version))
		if other, ok := seen[name]; ok {
			errs = append(errs, fmt.Errorf("%s and %s both get the client %s; give one of them a +groupGoName in its doc.go", other, gv.InputPkg, name))
			continue
		}
		seen[name] = gv.InputPkg
	}
	return errs
}

// checkInstallPackages makes sure the install package of every group
// exists: a clientset with an internal version registers groups with them.
func (r *run) checkInstallPackages(u types.Universe, env *engine.Env) []error {
	var errs []error
	for _, grp := range r.groups {
		pkg := r.installPackage(r.groupVersion(grp, grp.Versions[0]))
		if p := u[pkg]; p != nil && p.Name != "" {
			continue
		}
		if _, err := env.Load(pkg); err != nil || u[pkg] == nil || u[pkg].Name == "" {
			errs = append(errs, fmt.Errorf("--input %s: a clientset with an internal version registers each group through its install package, but there is no package %s; add one with func Install(*runtime.Scheme)", grp.PackageName, pkg))
		}
	}
	return errs
}

// installPackage is <group package>/install.
func (r *run) installPackage(gv gvInfo) string {
	dir := gv.InputPkg
	if gv.Version != "" {
		dir = path.Dir(dir)
	}
	return path.Join(dir, "install")
}

// resolvePackages turns input directories (an --input-base that is a
// directory) into import paths.
func (r *run) resolvePackages(u types.Universe) error {
	var errs []error
	for i := range r.groups {
		for j := range r.groups[i].Versions {
			v := &r.groups[i].Versions[j]
			if p := u[v.Package]; p != nil && p.Name != "" {
				continue
			}
			p := packageInDir(u, v.Package)
			if p == nil {
				errs = append(errs, fmt.Errorf("--input %s/%s: no Go package %s (check --input-base)", r.groups[i].PackageName, v.Version, v.Package))
				continue
			}
			v.Package = p.Path
		}
	}
	return errors.Join(errs...)
}

// packageInDir finds the loaded package whose folder is dir.
func packageInDir(u types.Universe, dir string) *types.Package {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	for _, p := range u {
		if p.Dir != "" && filepath.Clean(p.Dir) == abs && p.Name != "" {
			return p
		}
	}
	return nil
}

// applyGroupNames lets a package's +groupName replace the group named on
// the command line. The first version's package decides, as upstream.
func (r *run) applyGroupNames(u types.Universe) error {
	var errs []error
	for i := range r.groups {
		grp := &r.groups[i]
		var first string
		for j, v := range grp.Versions {
			name, ok, err := naming.GroupNameOverride(u.Package(v.Package))
			if err != nil {
				errs = append(errs, err)
				continue
			}
			if !ok {
				name = string(grp.Group)
			}
			if j == 0 {
				first = name
				if ok {
					grp.Group = naming.Group(name)
				}
			} else if name != first {
				errs = append(errs, fmt.Errorf("%s: +groupName=%s differs from %s's group %q; the versions of one group must agree", v.Package, name, grp.Versions[0].Package, first))
			}
		}
	}
	return errors.Join(errs...)
}

// collectTypes finds the types of one group/version that get a client,
// checks their markers and orders them.
func (r *run) collectTypes(u types.Universe, env *engine.Env, grp groupVersions, v packageVersion) error {
	gv := naming.GroupVersion{Group: grp.Group, Version: v.Version}
	p := u.Package(v.Package)
	if err := r.lint(env, p); err != nil {
		return err
	}
	if err := apilint.Check(p, r.cfg.LintRules); err != nil {
		return err
	}
	src := markers.PackageLines(p)
	if err := markers.ClientGen.CheckTarget(src, r.cfg.Target); err != nil {
		return err
	}
	if opt := markers.ClientGen.Values(src); len(opt) > 0 {
		if opt[0] != "false" {
			return markers.ClientGen.Errorf(src.Sym, opt[0], "+k8s:client-gen=%s: want false, or leave it out", opt[0])
		}
		return markers.ClientGen.Errorf(src.Sym, "false", "+k8s:client-gen=false opts the package out of client generation; remove --input %s/%s, or the marker", grp.PackageName, v.Version)
	}
	goName, err := naming.GroupGoName(grp.Group, p)
	if err != nil {
		return err
	}
	r.goNames[gv] = goName
	key := gv.String()
	included, override := r.cfg.IncludedTypes[key]
	if !override {
		key = naming.GroupVersion{Group: naming.Group(grp.PackageName), Version: v.Version}.String()
		included, override = r.cfg.IncludedTypes[key]
	}
	if override {
		r.overridden[key] = true
		if err := checkIncluded(p, key, included); err != nil {
			return err
		}
	}
	var list []*types.Type
	var errs []error
	for _, n := range slices.Sorted(maps.Keys(p.Types)) {
		t := p.Types[n]
		if genclient.Wants(t) || hasGenclientMarker(t) {
			tags, err := genclient.Parse(t)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			r.tags[t] = tags
		}
		if override && slices.Contains(included, n) || !override && genclient.Wants(t) {
			if _, ok := r.tags[t]; !ok {
				r.tags[t] = genclient.Tags{}
			}
			list = append(list, t)
		}
	}
	errs = append(errs, checkCompiles(env, p, list, r.tags)...)
	if err := naming.CheckPlurals(list, r.exceptions); err != nil {
		errs = append(errs, err)
	}
	orderer := namer.Orderer{Namer: namer.NewPrivateNamer(0)}
	r.types[gv] = orderer.OrderTypes(list)
	return errors.Join(errs...)
}

// checkCompiles reports what the generated clients would refer to but the
// API package lacks (upstream writes clients that do not compile then).
func checkCompiles(env *engine.Env, p *types.Package, list []*types.Type, tags map[*types.Type]genclient.Tags) []error {
	var errs []error
	if len(list) == 0 {
		return nil
	}
	if ok, err := registered.Declares(env, p, "SchemeGroupVersion", "the clients"); err != nil {
		errs = append(errs, err)
	} else if !ok {
		errs = append(errs, fmt.Errorf("%s: the clients use %s.SchemeGroupVersion; declare it (var SchemeGroupVersion = schema.GroupVersion{Group: GroupName, Version: \"v1\"}, usually in register.go)", p.Path, p.Name))
	}
	for _, t := range list {
		tt := tags[t]
		if !tt.NoVerbs && !hasObjectMeta(t) {
			errs = append(errs, genclient.NoObjectMeta(t))
			continue
		}
		if !tt.NoVerbs && tt.HasVerb("list") && p.Types[t.Name.Name+"List"] == nil {
			errs = append(errs, fmt.Errorf("%s: its client lists %sList, which %s lacks; declare type %sList, or write +genclient:skipVerbs=list", t.Name, t.Name.Name, p.Path, t.Name.Name))
		}
	}
	return errs
}

// lint reports the misspelt markers of p and its types, from the run's
// one lint pass: an error for client-gen's own (+groupname,
// +resourcename), a warning for +k8s: markers of the others. A misspelt
// +genclient marker on a type is an error of genclient.Parse instead.
func (r *run) lint(env *engine.Env, p *types.Package) error {
	rest, err := env.LintSplit(p)
	for _, f := range rest {
		if f.Sym.Member != "" || f.Sym.Name != "" && !strings.HasPrefix(f.Name, "k8s:") {
			continue
		}
		env.Warn(f.Error)
	}
	return err
}

// hasGenclientMarker reports any +genclient… marker, so a type with only
// a misspelt one is checked too.
func hasGenclientMarker(t *types.Type) bool {
	for _, l := range markers.TypeLines(t).Lines {
		if strings.HasPrefix(strings.TrimSpace(l), markers.Genclient.Marker()) {
			return true
		}
	}
	return false
}

// checkMethodTypes makes sure every input= and result= names a type that
// exists, loading its package when needed.
func (r *run) checkMethodTypes(u types.Universe, env *engine.Env) error {
	var errs []error
	for _, grp := range r.groups {
		for _, v := range grp.Versions {
			for _, t := range r.types[naming.GroupVersion{Group: grp.Group, Version: v.Version}] {
				for _, m := range r.tags[t].Methods {
					for _, ref := range []string{m.Input, m.Result} {
						if ref == "" {
							continue
						}
						if err := checkTypeRef(u, env, t, m, ref); err != nil {
							errs = append(errs, err)
						}
					}
				}
			}
		}
	}
	return errors.Join(errs...)
}

func checkTypeRef(u types.Universe, env *engine.Env, t *types.Type, m genclient.Method, ref string) error {
	name, pkg := genclient.SplitTypeRef(ref)
	if pkg == "" {
		pkg = t.Name.Package
	}
	d, sym := markers.GenclientMethod, markers.TypeLines(t).Sym
	if p, ok := u[pkg]; !ok || p.Name == "" {
		if _, err := env.Load(pkg); err != nil {
			msg, _, _ := strings.Cut(err.Error(), "\n")
			return d.Errorf(sym, m.Name+",", "%s=%s: the package %s of %s does not load (%s); write input=/result= as import/path.Type",
				d.Marker(), m.Name, pkg, ref, strings.TrimSuffix(strings.TrimSpace(msg), "; to add it:"))
		}
	}
	if p, ok := u[pkg]; !ok || p.Types[name] == nil {
		hint := "write input=/result= as import/path.Type"
		if ok {
			known := map[string]bool{}
			for n := range p.Types {
				known[n] = true
			}
			if best := markers.Closest(name, known); best != "" {
				hint = fmt.Sprintf("did you mean %s?", strings.TrimSuffix(ref, name)+best)
			}
		}
		return d.Errorf(sym, m.Name+",", "%s=%s: there is no type %s in package %s; %s", d.Marker(), m.Name, name, pkg, hint)
	}
	return nil
}

// groupVersion is what the targets of one group/version need.
type gvInfo struct {
	naming.GroupVersion
	// PackageName is the folder below typed/.
	PackageName string
	// GoName is the Go name of the group ("Apps").
	GoName string
	// InputPkg is the API package.
	InputPkg string
	Types    []*types.Type
}

func (r *run) groupVersion(grp groupVersions, v packageVersion) gvInfo {
	gv := naming.GroupVersion{Group: grp.Group, Version: v.Version}
	return gvInfo{
		GroupVersion: gv,
		PackageName:  grp.PackageName,
		GoName:       r.goNames[gv],
		InputPkg:     v.Package,
		Types:        r.types[gv],
	}
}

// subdir is typed/<group>/<version> of the clientset.
func (gv gvInfo) subdir() string {
	return path.Join("typed", strings.ToLower(gv.PackageName), gv.Version.PackageName())
}

// alias is the import name of the group/version's typed package.
func (gv gvInfo) alias() string {
	return strings.ToLower(gv.GoName) + gv.Version.PackageName()
}

// allGroupVersions lists every group/version in clientset order.
func (r *run) allGroupVersions() []gvInfo {
	var out []gvInfo
	for _, grp := range r.groups {
		for _, v := range grp.Versions {
			out = append(out, r.groupVersion(grp, v))
		}
	}
	return out
}

// target builds a SimpleTarget in pkg (relative to the clientset) holding
// gens, with a doc.go carrying doc when doc is not empty.
func (r *run) target(rel, name, doc string, filter func(*generator.Context, *types.Type) bool, gens func(c *generator.Context) []generator.Generator) generator.Target {
	t := &generator.SimpleTarget{
		PkgName:       name,
		PkgPath:       path.Join(r.clientsetPkg, rel),
		PkgDir:        filepath.Join(r.clientsetDir, filepath.FromSlash(rel)),
		HeaderComment: r.header,
		FilterFunc:    filter,
		GeneratorsFunc: func(c *generator.Context) []generator.Generator {
			var out []generator.Generator
			if doc != "" {
				out = append(out, generator.GoGenerator{OutputFilename: "doc.go"})
			}
			return append(out, gens(c)...)
		},
	}
	if doc != "" {
		t.PkgDocComment = []byte(doc)
	}
	return t
}

// newFile is snippet.NewFileAt for the target: before v0.32 upstream's
// import trackers did not know the file's package, and the packages its
// templates spelled by hand (plainImports, plus what the caller names)
// were imported unaliased.
func (r *run) newFile(name, pkg string, plain ...string) snippet.File {
	f := snippet.NewFileAt(name, pkg, r.cfg.Target)
	if ps := plainImports.At(r.cfg.Target); len(ps) > 0 {
		f.PlainImports(append(ps, plain...)...)
	}
	return f
}

// plainImports: before v0.32 client-gen's templates spelled context, fmt,
// net/http and time by hand (and the group client its scheme package).
var plainImports = kversion.From([]string{"context", "fmt", "net/http", "time"}, kversion.V0_32, nil)

// onlyClientTypes is the filter of typed targets, as upstream's: types
// marked +genclient.
func (r *run) onlyClientTypes(c *generator.Context, t *types.Type) bool {
	r.markedOnce.Do(func() {
		r.marked = map[*types.Type]bool{}
		for _, p := range c.Universe {
			for _, pt := range p.Types {
				if genclient.Wants(pt) {
					r.marked[pt] = true
				}
			}
		}
	})
	return r.marked[t]
}

// hasObjectMeta reports a field named ObjectMeta (embedded, as API types
// embed metav1.ObjectMeta).
func hasObjectMeta(t *types.Type) bool {
	for _, m := range t.Members {
		if m.Name == "ObjectMeta" {
			return true
		}
	}
	return false
}

// checkIncluded checks that every type --included-types-overrides names
// for key (a group/version) is a type of p: a name that is not would
// leave its client out in silence.
func checkIncluded(p *types.Package, key string, names []string) error {
	var errs []error
	known := map[string]bool{}
	for n := range p.Types {
		known[n] = true
	}
	for _, n := range names {
		if p.Types[n] != nil {
			continue
		}
		msg := fmt.Sprintf("--included-types-overrides: %s/%s: %s has no type %s", strings.TrimSuffix(key, "/"), markers.Show(n), p.Path, markers.Show(n))
		if best := markers.Closest(n, known); best != "" {
			msg += fmt.Sprintf("; did you mean %s/%s?", strings.TrimSuffix(key, "/"), best)
		} else {
			msg += "; name one of its types"
		}
		errs = append(errs, errors.New(msg))
	}
	return errors.Join(errs...)
}
