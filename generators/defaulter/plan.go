package defaulter

import (
	"errors"
	"fmt"
	"maps"
	"path"
	"slices"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/apilint"
	"github.com/kodegen/kodegen/generators/internal/snippet"
	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/markers"
)

// activation is what a package's doc.go asks of the defaulter.
type activation struct {
	enabled bool
	// fields are the field names whose presence makes a type get an
	// object defaulter (+k8s:defaulter-gen=TypeMeta).
	fields []string
	// typesPath is the package holding the types (+k8s:defaulter-gen-input).
	typesPath string
}

// readActivation reads the package markers of pkg.
func readActivation(pkg *types.Package) (activation, error) {
	act := activation{typesPath: pkg.Path}
	src := markers.PackageLines(pkg)
	vals, err := markers.DefaulterGen.All(src)
	if err != nil {
		return act, err
	}
	optOut, other := false, false
	for _, v := range vals {
		if v == "false" {
			optOut = true
		} else {
			other = true
		}
	}
	if optOut && other {
		return act, markers.DefaulterGen.Errorf(src.Sym, "", "%s: false cannot be combined with other values (%s); remove false or the others",
			markers.DefaulterGen.Marker(), strings.Join(vals, ", "))
	}
	act.enabled = other
	if other {
		act.fields = vals
	}
	input, ok, err := markers.DefaulterGenInput.Get(src)
	if err != nil {
		return act, err
	}
	if ok {
		if strings.HasPrefix(input, "./") || strings.HasPrefix(input, "../") {
			return act, markers.DefaulterGenInput.Errorf(src.Sym, input, "%s=%s: relative paths are not supported; write the full import path",
				markers.DefaulterGenInput.Marker(), input)
		}
		act.typesPath = input
	}
	return act, nil
}

// planTargets decides, package by package, which types get an object
// defaulter, and returns one target per package that asks for defaulting.
func planTargets(c *generator.Context, env *engine.Env, cfg Config, header []byte) ([]generator.Target, error) {
	acts, extra, err := activations(c, env, cfg)
	if err != nil {
		return nil, err
	}
	if len(extra) > 0 {
		if _, err := env.Load(extra...); err != nil {
			return nil, blameInputs(env, c.Inputs, acts, err)
		}
	}
	peers, err := loadMore(c, env, extra, cfg.ExtraPeerDirs)
	if err != nil {
		return nil, err
	}
	var errs []error
	seen := map[string]bool{}
	inputs := map[string]*types.Package{}
	for _, p := range c.Inputs {
		inputs[p] = c.Universe[p]
	}
	// Hand-written defaulters accumulate over the inputs, in order, and the
	// generators see the final set: this is upstream's behaviour.
	hand := handWritten{}
	var targets []generator.Target
	for _, p := range c.Inputs {
		pkg := c.Universe[p]
		for _, scan := range append([]*types.Package{pkg}, peerPackages(c, peers)...) {
			// A peer is scanned again for every input: report its errors once.
			if err := hand.scan(scan); err != nil && !seen[err.Error()] {
				seen[err.Error()] = true
				errs = append(errs, err)
			}
		}
		act := acts[p]
		if !act.enabled {
			continue
		}
		typesPkg := c.Universe[act.typesPath]
		if typesPkg == nil || typesPkg.Dir == "" {
			errs = append(errs, markers.DefaulterGenInput.Errorf(markers.Symbol{Pkg: p}, act.typesPath, "%s=%s: no such package was loaded; write the import path of the package holding the types",
				markers.DefaulterGenInput.Marker(), act.typesPath))
			continue
		}
		if err := checkFieldNames(env, pkg, typesPkg, act.fields); err != nil {
			errs = append(errs, err)
			continue
		}
		objects, err := objectDefaulters(pkg, typesPkg, act, hand)
		if err == nil {
			load := func(path string) (*types.Package, error) {
				if p := c.Universe[path]; p != nil {
					// A dependency of the inputs, maybe without its
					// constants: loading it again from source would bring
					// its comments (and markers) into this run, which
					// upstream does not read. The import is real.
					return nil, nil
				}
				if _, err := env.Load(path); err != nil {
					return nil, err
				}
				return c.Universe[path], nil
			}
			err = reachCheck{warn: func(msg string) { env.Warnf("%s", msg) }, inputs: inputs, load: load}.check(hand, objects)
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		targets = append(targets, newTarget(cfg, header, pkg, typesPkg, hand, objects))
	}
	return targets, errors.Join(errs...)
}

// activations reads the package markers of every input (after the lint
// rules) and returns them with the +k8s:defaulter-gen-input packages to load.
func activations(c *generator.Context, env *engine.Env, cfg Config) (map[string]activation, []string, error) {
	var errs []error
	acts := map[string]activation{}
	var extra []string
	for _, p := range c.Inputs {
		pkg := c.Universe[p]
		if err := lintPackage(env, pkg); err != nil {
			errs = append(errs, err)
			continue
		}
		if err := apilint.Check(pkg, cfg.LintRules); err != nil {
			errs = append(errs, err)
			continue
		}
		act, err := readActivation(pkg)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		acts[p] = act
		if act.enabled && act.typesPath != p {
			extra = append(extra, act.typesPath)
		}
	}
	return acts, extra, errors.Join(errs...)
}

// loadMore loads the +k8s:defaulter-gen-input packages and the extra peer
// packages, refreshes the context's order over the grown universe, and
// returns the peers' import paths.
func loadMore(c *generator.Context, env *engine.Env, inputs, peerDirs []string) ([]string, error) {
	var peers []string
	for _, p := range peerDirs {
		// A peer given as a path into vendor/ means the real package.
		if i := strings.Index(p, "/vendor/"); i >= 0 {
			p = p[i+len("/vendor/"):]
		}
		peers = append(peers, p)
	}
	if len(inputs) == 0 && len(peers) == 0 {
		return nil, nil
	}
	if _, err := env.Load(inputs...); err != nil {
		return nil, fmt.Errorf("+%s: %w", markers.DefaulterGenInput.Name, err)
	}
	loaded, err := env.Load(peers...)
	if err != nil {
		return nil, fmt.Errorf("--extra-peer-dirs: %w", err)
	}
	orderer := namer.Orderer{Namer: c.Namers["public"]}
	c.Order = orderer.OrderUniverse(c.Universe)
	return loaded, nil
}

func peerPackages(c *generator.Context, paths []string) []*types.Package {
	out := make([]*types.Package, 0, len(paths))
	for _, p := range paths {
		if pkg := c.Universe[p]; pkg != nil {
			out = append(out, pkg)
		}
	}
	return out
}

// objectDefaulters returns the types of typesPkg that get a generated
// SetObjectDefaults_<Type>, each mapped to that function: the types asked
// for (by field name or +k8s:defaulter-gen=true) that have something to
// default, directly or through another such type.
func objectDefaulters(pkg, typesPkg *types.Package, act activation, hand handWritten) (map[*types.Type]*types.Type, error) {
	var candidates []*types.Type
	var errs []error
	for _, name := range slices.Sorted(maps.Keys(typesPkg.Types)) {
		t := typesPkg.Types[name]
		want, err := wantsObjectDefaulter(t, act.fields, hand)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if want && !namer.IsPrivateGoName(t.Name.Name) {
			candidates = append(candidates, t)
		}
	}
	// A candidate gets a function once its call tree is not empty; calls to
	// other candidates' functions count, so repeat until nothing changes.
	objects := map[*types.Type]*types.Type{}
	b := newTreeBuilder(hand, objects)
	for changed := true; changed; {
		changed = false
		for _, t := range candidates {
			if objects[t] == nil && b.build(t, true) != nil {
				objects[t] = objectFunc(pkg.Path, t)
				changed = true
			}
		}
	}
	if err := errors.Join(append(errs, b.err())...); err != nil {
		return nil, err
	}
	return objects, nil
}

// wantsObjectDefaulter says whether t asks for an object defaulter.
func wantsObjectDefaulter(t *types.Type, fields []string, hand handWritten) (bool, error) {
	if h := hand[t]; h != nil && h.object != nil {
		return false, nil // written by hand
	}
	src := markers.TypeLines(t)
	vals, err := markers.DefaulterGen.All(src)
	if err != nil {
		return false, err
	}
	optIn, optOut := false, false
	for _, v := range vals {
		switch v {
		case "true":
			optIn = true
		case "false":
			optOut = true
		default:
			return false, markers.DefaulterGen.Errorf(src.Sym, v, "%s=%s: on a type, want true or false", markers.DefaulterGen.Marker(), v)
		}
	}
	switch {
	case optIn && optOut:
		return false, markers.DefaulterGen.Errorf(src.Sym, "", "%s is both true and false; give it once", markers.DefaulterGen.Marker())
	case optOut:
		return false, nil
	case optIn:
		return true, nil
	}
	if t.Kind != types.Struct {
		return false, nil
	}
	for _, m := range t.Members {
		for _, f := range fields {
			if m.Name == f {
				return true, nil
			}
		}
	}
	return false, nil
}

// objectFunc is the generated SetObjectDefaults_<Type> of t, in package pkg.
func objectFunc(pkg string, t *types.Type) *types.Type {
	return &types.Type{Name: types.Name{Package: pkg, Name: "SetObjectDefaults_" + t.Name.Name}, Kind: types.Func}
}

func newTarget(cfg Config, header []byte, pkg, typesPkg *types.Package, hand handWritten, objects map[*types.Type]*types.Type) generator.Target {
	return &generator.SimpleTarget{
		PkgName:       path.Base(pkg.Path),
		PkgPath:       pkg.Path,
		PkgDir:        pkg.Dir,
		HeaderComment: header,
		FilterFunc: func(_ *generator.Context, t *types.Type) bool {
			return t.Name.Package == typesPkg.Path
		},
		GeneratorsFunc: func(*generator.Context) []generator.Generator {
			g := &genDefaulter{
				File:    snippet.NewFile(cfg.OutputFile, pkg.Path),
				hand:    hand,
				objects: objects,
			}
			g.PlainImports(plainImports.At(cfg.Target)...)
			return []generator.Generator{g}
		},
	}
}

// lintPackage reports the misspelt markers in pkg's doc.go, types, fields
// and functions (the run's one lint pass): an error for defaulter-gen's
// own (+Default, +k8s:defaultergen), a warning for the others.
func lintPackage(env *engine.Env, pkg *types.Package) error {
	rest, err := env.LintSplit(pkg)
	for _, f := range rest {
		env.Warn(f.Error)
	}
	return err
}

// checkFieldNames checks that some struct of typesPkg has each field that
// +k8s:defaulter-gen names: a misspelt name (TypMeta) would default
// nothing, in silence, so a name close to a field is an error with the
// field to write; one close to none is a warning (the package may simply
// hold no top-level types yet).
func checkFieldNames(env *engine.Env, pkg, typesPkg *types.Package, fields []string) error {
	have := map[string]bool{}
	for _, t := range typesPkg.Types {
		if t.Kind == types.Struct {
			for _, m := range t.Members {
				have[m.Name] = true
			}
		}
	}
	var errs []error
	src := markers.PackageLines(pkg)
	d := markers.DefaulterGen
	for _, f := range fields {
		if have[f] {
			continue
		}
		known := maps.Clone(have)
		known["TypeMeta"] = true
		if best := markers.Closest(f, known); best != "" {
			errs = append(errs, d.Errorf(src.Sym, f, "%s=%s: no type of %s has a field %s, so nothing would be defaulted; did you mean %s=%s?",
				d.Marker(), f, typesPkg.Path, f, d.Marker(), best))
			continue
		}
		env.Warn(d.Errorf(src.Sym, f, "%s=%s: no type of %s has a field %s; no type gets an object defaulter for it",
			d.Marker(), f, typesPkg.Path, f))
	}
	return errors.Join(errs...)
}

// blameInputs turns a failed load of the +k8s:defaulter-gen-input
// packages into an error at each marker whose package does not load
// (loading them one by one: the error path only); err is kept when no
// marker is to blame.
func blameInputs(env *engine.Env, inputs []string, acts map[string]activation, err error) error {
	var errs []error
	d := markers.DefaulterGenInput
	for _, p := range inputs {
		act, ok := acts[p]
		if !ok || act.typesPath == p {
			continue
		}
		if _, e := env.Load(act.typesPath); e != nil {
			msg, _, _ := strings.Cut(e.Error(), "\n")
			msg = strings.TrimSuffix(strings.TrimSpace(msg), "; to add it:")
			errs = append(errs, d.Errorf(markers.Symbol{Pkg: p}, act.typesPath, "%s=%s: the package does not load (%s); write the import path of the package holding the types to default",
				d.Marker(), act.typesPath, strings.TrimSpace(msg)))
		}
	}
	if len(errs) == 0 {
		return err
	}
	return errors.Join(errs...)
}
