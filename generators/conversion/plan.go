package conversion

import (
	"errors"
	"fmt"
	"path"
	"slices"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/apilint"
	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/kversion"
	"github.com/kodegen/kodegen/internal/markers"
)

// pkgPlan is what one output package gets.
type pkgPlan struct {
	pkg *types.Package
	// typesPath holds the versioned types (the package itself unless
	// +k8s:conversion-gen-external-types says otherwise).
	typesPath string
	// peers are searched in order for a type's peer; nil in explicit-only mode.
	peers []string
	// markerPeers are the peers named by +k8s:conversion-gen.
	markerPeers []string
	// types have a peer and get conversions both ways, in output order.
	types []*types.Type
	// explicit are the +k8s:conversion-gen:explicit-from conversions.
	explicit []typePair
	// selected is every type GenerateType handles.
	selected map[*types.Type]bool
}

type typePair struct {
	in, out *types.Type
}

type planner struct {
	c     *generator.Context
	env   *engine.Env
	cfg   Config
	plans []*pkgPlan
}

func newPlanner(c *generator.Context, env *engine.Env, cfg Config) (*planner, error) {
	p := &planner{c: c, env: env, cfg: cfg}
	var errs []error
	for _, path := range c.Inputs {
		pkg := c.Universe[path]
		if pkg == nil {
			continue
		}
		if err := p.lint(pkg); err != nil {
			errs = append(errs, err)
			continue
		}
		pp, err := readPackage(pkg, cfg.LintRules)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if pp != nil {
			p.plans = append(p.plans, pp)
		}
	}
	return p, errors.Join(errs...)
}

// readPackage reads the package markers of pkg; nil means pkg does not ask
// for conversions.
func readPackage(pkg *types.Package, rules []string) (*pkgPlan, error) {
	if err := apilint.Check(pkg, rules); err != nil {
		return nil, err
	}
	src := markers.PackageLines(pkg)
	d := markers.ConversionGen
	peers, err := d.All(src)
	if err != nil || len(peers) == 0 {
		return nil, err
	}
	pp := &pkgPlan{pkg: pkg, typesPath: pkg.Path, selected: map[*types.Type]bool{}}
	var errs []error
	explicitOnly := slices.Contains(peers, "false")
	for _, v := range peers {
		switch {
		case explicitOnly && v != "false":
			errs = append(errs, d.Errorf(src.Sym, v, "%s=%s: cannot be combined with %s=false; give either peer packages or false",
				d.Marker(), v, d.Marker()))
		case v == "":
			errs = append(errs, d.Errorf(src.Sym, "", "%s: want the import path of a peer package, or false", d.Marker()))
		case isRelative(v):
			errs = append(errs, d.Errorf(src.Sym, v, "%s=%s: relative paths are not supported; use the full import path", d.Marker(), v))
		}
	}
	if !explicitOnly {
		pp.markerPeers = peers
	}
	external, ok, err := markers.ConversionExternal.Get(src)
	switch {
	case err != nil:
		errs = append(errs, err)
	case ok && (external == "" || isRelative(external)):
		errs = append(errs, markers.ConversionExternal.Errorf(src.Sym, external, "%s=%s: want the full import path of the package with the versioned types",
			markers.ConversionExternal.Marker(), external))
	case ok:
		pp.typesPath = external
	}
	return pp, errors.Join(errs...)
}

func isRelative(path string) bool {
	return strings.HasPrefix(path, "./") || strings.HasPrefix(path, "../")
}

// lint reports the misspelt markers of an input package: an error for
// conversion-gen's own, a warning for the others.
func (p *planner) lint(pkg *types.Package) error {
	rest, err := p.env.LintSplit(pkg)
	for _, f := range rest {
		p.env.Warn(f.Error)
	}
	return err
}

// loadPeers loads every package the plans refer to and returns them in the
// order their hand-written conversions are collected.
func (p *planner) loadPeers() ([]string, error) {
	var others []string
	for _, pp := range p.plans {
		others = append(others, pp.markerPeers...)
		if pp.typesPath != pp.pkg.Path {
			others = append(others, pp.typesPath)
		}
	}
	if len(others) > 0 {
		if _, err := p.env.Load(others...); err != nil {
			var nc *engine.NotCompiling
			if errors.As(err, &nc) {
				return nil, err // loaded, with the type checker's messages
			}
			if located := p.peerErrors(); located != nil {
				return nil, located
			}
			return nil, err
		}
	}
	common, err := p.expand(append(slices.Clone(p.cfg.BasePeerDirs), p.cfg.ExtraPeerDirs...))
	if err != nil {
		return nil, err
	}
	for _, pp := range p.plans {
		if pp.markerPeers != nil {
			pp.peers = append(slices.Clone(pp.markerPeers), common...)
		}
	}
	return append(others, common...), nil
}

// peerErrors finds, after a failed load, the markers naming packages
// that do not load (one at a time, so each error is at its marker).
func (p *planner) peerErrors() error {
	var errs []error
	for _, pp := range p.plans {
		src := markers.PackageLines(pp.pkg)
		for _, peer := range pp.markerPeers {
			if _, err := p.env.Load(peer); err != nil {
				errs = append(errs, markers.ConversionGen.Errorf(src.Sym, peer, "%s=%s: the package does not load (%s); name the import path of the package whose types to convert to (usually the internal version, e.g. example.com/pkg/apis/shop)",
					markers.ConversionGen.Marker(), peer, firstLine(err.Error())))
			}
		}
		if pp.typesPath != pp.pkg.Path {
			if _, err := p.env.Load(pp.typesPath); err != nil {
				errs = append(errs, markers.ConversionExternal.Errorf(src.Sym, pp.typesPath, "%s=%s: the package does not load (%s); name the import path of the package with the versioned types",
					markers.ConversionExternal.Marker(), pp.typesPath, firstLine(err.Error())))
			}
		}
	}
	return errors.Join(errs...)
}

// firstLine is the first line of s.
func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return strings.TrimSuffix(strings.TrimSpace(line), "; to add it:")
}

// expand turns peer-dir patterns into import paths, keeping their order,
// and loads them.
func (p *planner) expand(patterns []string) ([]string, error) {
	var plain, out []string
	seen := map[string]bool{}
	add := func(path string) {
		if !seen[path] {
			seen[path] = true
			out = append(out, path)
		}
	}
	for _, pat := range patterns {
		if strings.Contains(pat, "...") || strings.HasPrefix(pat, ".") {
			paths, err := p.env.Load(pat)
			if err != nil {
				return nil, fmt.Errorf("peer packages: %w", err)
			}
			for _, path := range paths {
				add(path)
			}
			continue
		}
		plain = append(plain, pat)
		add(pat)
	}
	if len(plain) > 0 {
		if _, err := p.env.Load(plain...); err != nil {
			return nil, fmt.Errorf("peer packages: %w", err)
		}
	}
	return out, nil
}

// targets finishes the plan and returns one target per package.
func (p *planner) targets(header []byte) ([]generator.Target, error) {
	if len(p.plans) == 0 {
		return nil, nil
	}
	scanned, err := p.loadPeers()
	if err != nil {
		return nil, err
	}
	if p.needsURLValues() {
		if _, err := p.env.Load("net/url"); err != nil {
			return nil, err
		}
	}
	// The universe grew: order it again, as upstream does, by public name.
	orderer := namer.Orderer{Namer: namer.NewPublicNamer(1)}
	p.c.Order = orderer.OrderUniverse(p.c.Universe)

	shared := &sharedState{env: p.env, strict: p.cfg.Strict, target: p.cfg.Target}
	var errs []error
	shared.manual, err = p.collectManual(scanned)
	if err != nil {
		errs = append(errs, err)
	}
	if p.cfg.SkipUnsafe {
		shared.equal = neverEqual{}
	} else {
		shared.equal = newMemoryEquality(shared.manual)
	}
	var out []generator.Target
	for _, pp := range p.plans {
		if err := p.selectTypes(pp); err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, newTarget(header, p.cfg.OutputFile, pp, shared))
	}
	return out, errors.Join(errs...)
}

func (p *planner) needsURLValues() bool {
	for _, pp := range p.plans {
		pkg := p.c.Universe[pp.typesPath]
		if pkg == nil {
			continue
		}
		for _, t := range pkg.Types {
			if len(markers.ConversionExplicitFrom.Values(markers.TypeLines(t))) > 0 {
				return true
			}
		}
	}
	return false
}

// collectManual finds the hand-written conversion functions in the peers
// and then in the input packages.
func (p *planner) collectManual(peers []string) (manualFuncs, error) {
	m := manualFuncs{}
	var errs []error
	scan := func(path string) {
		pkg := p.c.Universe[path]
		if pkg == nil {
			errs = append(errs, fmt.Errorf("package %s was not loaded", path))
			return
		}
		errs = append(errs, m.scan(pkg, p.env)...)
	}
	for _, path := range peers {
		scan(path)
	}
	for _, pp := range p.plans {
		scan(pp.pkg.Path)
	}
	return m, errors.Join(errs...)
}

// selectTypes decides which types of pp get conversions, in output order.
func (p *planner) selectTypes(pp *pkgPlan) error {
	if p.c.Universe[pp.typesPath] == nil {
		return markers.ConversionExternal.Errorf(markers.Symbol{Pkg: pp.pkg.Path}, pp.typesPath, "%s=%s: package not found", markers.ConversionExternal.Marker(), pp.typesPath)
	}
	var errs []error
	for _, t := range p.c.Order {
		if t.Name.Package != pp.typesPath {
			continue
		}
		if peer := peerOf(p.c.Universe, t, pp.peers); peer != nil {
			ok, err := convertible(pp.typesPath, t, peer)
			if err != nil {
				errs = append(errs, err)
			}
			if ok {
				pp.types = append(pp.types, t)
				pp.selected[t] = true
			}
		}
		from, err := explicitFrom(p.c.Universe, t)
		if err != nil {
			errs = append(errs, err)
		}
		for _, in := range from {
			pp.explicit = append(pp.explicit, typePair{in: in, out: t})
			pp.selected[t] = true
		}
	}
	return errors.Join(errs...)
}

// peerOf is the first type of the same name in peers.
func peerOf(u types.Universe, t *types.Type, peers []string) *types.Type {
	for _, path := range peers {
		if pkg := u[path]; pkg != nil && pkg.Has(t.Name.Name) {
			return pkg.Types[t.Name.Name]
		}
	}
	return nil
}

// convertible reports whether conversions between in and out are generated
// here: one of them is a struct of typesPath that has not opted out, and
// the other is exported.
func convertible(typesPath string, in, out *types.Type) (bool, error) {
	t, other := in, out
	if in.Name.Package != typesPath {
		t, other = out, in
	}
	if t.Name.Package != typesPath {
		return false, nil
	}
	// A field opts out only with false (upstream ignores other values).
	if t.Kind == types.Struct {
		for _, m := range t.Members {
			if err := markers.ConversionGen.Check(markers.MemberLines(t, m)); err != nil {
				return false, err
			}
		}
	}
	// Upstream reads a type's opt-out from its doc comment only.
	src := markers.DocLines(t)
	vals := markers.ConversionGen.Values(src)
	if len(vals) > 0 {
		if vals[0] != "false" {
			return false, markers.ConversionGen.Errorf(src.Sym, vals[0], "%s=%s: on a type only false is allowed (it opts the type out)",
				markers.ConversionGen.Marker(), vals[0])
		}
		return false, nil
	}
	return t.Kind == types.Struct && !namer.IsPrivateGoName(other.Name.Name), nil
}

// explicitFrom returns the types named by t's explicit-from markers.
func explicitFrom(u types.Universe, t *types.Type) ([]*types.Type, error) {
	src := markers.TypeLines(t)
	vals, err := markers.ConversionExplicitFrom.All(src)
	if err != nil {
		return nil, err
	}
	var out []*types.Type
	for _, v := range vals {
		i := strings.LastIndex(v, ".")
		pkg := u[v[:i]]
		if pkg == nil || !pkg.Has(v[i+1:]) {
			return nil, markers.ConversionExplicitFrom.Errorf(src.Sym, v, "%s=%s: type not found", markers.ConversionExplicitFrom.Marker(), v)
		}
		out = append(out, pkg.Types[v[i+1:]])
	}
	return out, nil
}

// sharedState is what every output package of one run shares.
type sharedState struct {
	manual manualFuncs
	equal  typesEqual
	env    *engine.Env
	strict bool
	target kversion.Version
}

func newTarget(header []byte, file string, pp *pkgPlan, shared *sharedState) generator.Target {
	return &generator.SimpleTarget{
		PkgName:       path.Base(pp.pkg.Path),
		PkgPath:       pp.pkg.Path,
		PkgDir:        pp.pkg.Dir,
		HeaderComment: header,
		FilterFunc: func(_ *generator.Context, t *types.Type) bool {
			return t.Name.Package == pp.typesPath
		},
		GeneratorsFunc: func(*generator.Context) []generator.Generator {
			return []generator.Generator{newGenConversion(file, pp, shared)}
		},
	}
}
