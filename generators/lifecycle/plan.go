package lifecycle

import (
	"errors"
	"maps"
	"path"
	"regexp"
	"slices"

	"k8s.io/gengo/v2"
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
	"k8s.io/klog/v2"

	"github.com/kodegen/kodegen/generators/internal/apilint"
	"github.com/kodegen/kodegen/generators/internal/snippet"
	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/markers"
)

// release is a Kubernetes release, major.minor.
type release struct{ major, minor int }

// plusThree is r three minor releases later: upstream's fixed cadence.
func (r release) plusThree() release { return release{r.major, r.minor + 3} }

// gvk is a replacement's group, version and Kind.
type gvk struct{ group, version, kind string }

// typePlan is what one API type gets. A nil pointer is a method not
// written: not asked for, or hand-written already.
type typePlan struct {
	introduced  *release
	deprecated  *release
	replacement *gvk
	removed     *release
}

// gaVersion is upstream's heuristic for a GA package: its last path
// element is v<N>.
var gaVersion = regexp.MustCompile(`^v\d+$`)

// The methods, as the generated file and hand-written code name them.
const (
	methodIntroduced  = "APILifecycleIntroduced"
	methodDeprecated  = "APILifecycleDeprecated"
	methodReplacement = "APILifecycleReplacement"
	methodRemoved     = "APILifecycleRemoved"
)

// planTargets returns a target per input package that asks for lifecycle
// methods and has API types. Every problem of every package is reported.
func planTargets(c *generator.Context, env *engine.Env, cfg Config) ([]generator.Target, error) {
	header, err := engine.Boilerplate(cfg.HeaderFile, gengo.StdBuildTag, Tool)
	if err != nil {
		return nil, err
	}
	var targets []generator.Target
	var errs []error
	for _, p := range slices.Sorted(slices.Values(c.Inputs)) {
		pkg := c.Universe.Package(p)
		t, err := planPackage(env, cfg, pkg, header)
		if err != nil {
			errs = append(errs, err)
		} else if t != nil {
			targets = append(targets, t)
		}
	}
	return targets, errors.Join(errs...)
}

// planPackage returns pkg's target, or nil when pkg gets no file.
func planPackage(env *engine.Env, cfg Config, pkg *types.Package, header []byte) (generator.Target, error) {
	rest, lintErr := env.LintSplit(pkg)
	for _, f := range rest {
		if f.Sym.Member == "" { // package and type markers are what this tool reads
			env.Warn(f.Error)
		}
	}
	if err := errors.Join(lintErr, apilint.Check(pkg, cfg.LintRules)); err != nil {
		return nil, err
	}
	on, err := activated(env, pkg)
	if err != nil || !on {
		klog.V(5).Infof("%s: no +%s=true; skipped", pkg.Path, markers.PrereleaseLifecycleGen.Name)
		return nil, err
	}
	ga := gaVersion.MatchString(path.Base(pkg.Path))
	plans := map[*types.Type]*typePlan{}
	var errs []error
	for _, name := range slices.Sorted(maps.Keys(pkg.Types)) {
		t := pkg.Types[name]
		if !isAPIType(t) {
			continue
		}
		tp, err := planType(t, ga)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		plans[t] = tp
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if len(plans) == 0 {
		klog.V(3).Infof("%s: no type embeds TypeMeta; nothing to write", pkg.Path)
	}
	klog.V(3).Infof("generating package %q", pkg.Path)
	gen := &genLifecycle{File: snippet.NewFile(cfg.OutputFile, pkg.Path), plans: plans}
	return &generator.SimpleTarget{
		PkgName:       pkg.Name,
		PkgPath:       pkg.Path,
		PkgDir:        pkg.Dir,
		HeaderComment: header,
		FilterFunc: func(_ *generator.Context, t *types.Type) bool {
			return t.Name.Package == pkg.Path
		},
		GeneratorsFunc: func(*generator.Context) []generator.Generator { return []generator.Generator{gen} },
	}, nil
}

// activated reads +k8s:prerelease-lifecycle-gen in doc.go: any value but
// false turns it on (upstream's Boolean activation); a value other than
// true draws a warning.
func activated(env *engine.Env, pkg *types.Package) (bool, error) {
	src := markers.PackageLines(pkg)
	d := markers.PrereleaseLifecycleGen
	vals := d.Values(src)
	if len(vals) == 0 {
		return false, d.Check(src) // a tag the parser cannot read
	}
	if err := d.Check(src); err != nil {
		return false, err
	}
	switch v := vals[0]; v {
	case "false":
		return false, nil
	case "true":
	default:
		env.Warn(d.Errorf(src.Sym, v, "%s=%s: want true or false; taken as true", d.Marker(), markers.Show(v)))
	}
	return true, nil
}

// isAPIType is upstream's test for a type that can be served: an exported
// struct embedding TypeMeta.
func isAPIType(t *types.Type) bool {
	if namer.IsPrivateGoName(t.Name.Name) || t.Kind != types.Struct {
		return false
	}
	for _, m := range t.Members {
		if m.Embedded && m.Name == "TypeMeta" {
			return true
		}
	}
	return false
}

// planType reads t's markers and decides its methods, with upstream's
// defaults: deprecated three minor releases after introduced, removed
// three after deprecated; for a GA version only what the markers say.
func planType(t *types.Type, ga bool) (*typePlan, error) {
	src := markers.TypeLines(t)
	var errs []error
	get := func(d markers.Def) (release, bool) {
		v, ok, err := d.Get(src)
		if err != nil {
			errs = append(errs, err)
			return release{}, false
		}
		if !ok {
			return release{}, false
		}
		major, minor, _ := markers.ParseRelease(v) // Get checked it
		return release{major, minor}, true
	}
	introduced, hasIntroduced := get(markers.PrereleaseIntroduced)
	deprecated, hasDeprecated := get(markers.PrereleaseDeprecated)
	removed, hasRemoved := get(markers.PrereleaseRemoved)
	var replacement *gvk
	if v, ok, err := markers.PrereleaseReplacement.Get(src); err != nil {
		errs = append(errs, err)
	} else if ok {
		g, ver, k, _ := markers.ParseReplacement(v) // Get checked it
		replacement = &gvk{g, ver, k}
	}
	if !hasIntroduced && !markers.PrereleaseIntroduced.Has(src) {
		d := markers.PrereleaseIntroduced
		errs = append(errs, markers.AtDecl(src.Sym, "no %s: every type embedding TypeMeta in a package with +%s=true needs one; "+
			"write %s=<major>.<minor>, the release it was introduced in, e.g. %s in its doc comment",
			d.Marker(), markers.PrereleaseLifecycleGen.Name, d.Marker(), d.Example))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if !hasDeprecated {
		deprecated = introduced.plusThree()
	}
	if !hasRemoved {
		removed = deprecated.plusThree()
	}
	tp := &typePlan{introduced: &introduced, replacement: replacement}
	if !ga || hasDeprecated {
		tp.deprecated = &deprecated
	}
	if !ga || hasRemoved {
		tp.removed = &removed
	}
	return tp, skipHandWritten(t, tp)
}

// skipHandWritten leaves out the methods t already has. A hand-written
// method with another signature is an error: the generated file would
// not be used, and callers would get something else.
func skipHandWritten(t *types.Type, tp *typePlan) error {
	var errs []error
	for _, m := range []struct {
		name    string
		written bool
		clear   func()
		want    string
		ok      func(*types.Signature) bool
	}{
		{methodIntroduced, tp.introduced != nil, func() { tp.introduced = nil }, "() (major, minor int)", twoInts},
		{methodDeprecated, tp.deprecated != nil, func() { tp.deprecated = nil }, "() (major, minor int)", twoInts},
		{methodReplacement, tp.replacement != nil, func() { tp.replacement = nil }, "() schema.GroupVersionKind", returnsGVK},
		{methodRemoved, tp.removed != nil, func() { tp.removed = nil }, "() (major, minor int)", twoInts},
	} {
		f, found := t.Methods[m.name]
		if !m.written || !found {
			continue
		}
		if f.Signature == nil || len(f.Signature.Parameters) != 0 || !m.ok(f.Signature) {
			errs = append(errs, markers.AtDecl(markers.TypeSymbol(t, ""),
				"the hand-written %s method does not have the signature prerelease-lifecycle-gen would give it; "+
					"declare it as func (in *%s) %s%s, or delete it to have it generated", m.name, t.Name.Name, m.name, m.want))
			continue
		}
		klog.V(3).Infof("%s: hand-written %s; not generated", t.Name, m.name)
		m.clear()
	}
	return errors.Join(errs...)
}

func twoInts(s *types.Signature) bool {
	return len(s.Results) == 2 && isInt(s.Results[0].Type) && isInt(s.Results[1].Type)
}

func isInt(t *types.Type) bool { return t != nil && t.Name == types.Int.Name }

func returnsGVK(s *types.Signature) bool {
	return len(s.Results) == 1 && s.Results[0].Type != nil && s.Results[0].Type.Name == gvkType.Name
}
