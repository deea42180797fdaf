package conversion

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/snippet"
)

// genConversion writes one package's conversion file: RegisterConversions,
// then autoConvert_/Convert_ pairs for every selected type.
type genConversion struct {
	snippet.File
	plan   *pkgPlan
	shared *sharedState
	// skipped lists, per source type, the fields that need a hand-written conversion.
	skipped map[*types.Type][]string
	// unsupported are source types whose kind cannot be converted.
	unsupported map[*types.Type]bool
	// where names the field being converted, for errors.
	where string
	errs  []error
}

func newGenConversion(file string, pp *pkgPlan, shared *sharedState) *genConversion {
	return &genConversion{
		File:        snippet.NewFile(file, pp.pkg.Path),
		plan:        pp,
		shared:      shared,
		skipped:     map[*types.Type][]string{},
		unsupported: map[*types.Type]bool{},
	}
}

// Namers: raw names types as this package sees them; public spells them
// inside function names and, like raw, imports their package.
func (g *genConversion) Namers(*generator.Context) namer.NameSystems {
	return namer.NameSystems{
		"raw":    g.RawNamer(),
		"public": &trackingNamer{Namer: funcNamer(), tracker: g.Tracker()},
	}
}

type trackingNamer struct {
	namer.Namer
	tracker namer.ImportTracker
}

func (n *trackingNamer) Name(t *types.Type) string {
	n.tracker.AddType(t)
	return n.Namer.Name(t)
}

func (g *genConversion) Filter(_ *generator.Context, t *types.Type) bool {
	return g.plan.selected[t]
}

func (g *genConversion) Imports(*generator.Context) []string { return g.ImportsNotSelf() }

// pairArgs are the template arguments of most snippets.
func pairArgs(in, out *types.Type) generator.Args {
	return generator.Args{"in": in, "out": out, "Scope": scopeType}
}

func (g *genConversion) manualFor(in, out *types.Type) (*types.Type, bool) {
	f, ok := g.shared.manual[typePair{in, out}]
	return f, ok
}

func (g *genConversion) Init(c *generator.Context, w io.Writer) error {
	sw := snippet.NewWriter(w, c, "$", "$")
	sw.Do(initTmpl, nil)
	sw.Do(registerOpenTmpl, generator.Args{"Scheme": &types.Type{Kind: types.Pointer, Elem: c.Universe.Type(schemeType.Name)}})
	for _, t := range g.plan.types {
		peer := peerOf(c.Universe, t, g.plan.peers)
		for _, p := range []typePair{{t, peer}, {peer, t}} {
			if _, ok := g.manualFor(p.in, p.out); !ok {
				sw.Do(registerGeneratedTmpl, pairArgs(p.in, p.out))
			}
		}
	}
	for _, p := range g.plan.explicit {
		sw.Do(registerGeneratedTmpl, pairArgs(p.in, p.out))
	}
	for _, p := range g.localManual() {
		sw.Do(registerManualTmpl, pairArgs(p.in, p.out).With("fn", g.shared.manual[p]))
	}
	sw.Do(registerCloseTmpl, nil)
	return sw.Error()
}

// localManual are the hand-written conversions of the output package,
// sorted by function name.
func (g *genConversion) localManual() []typePair {
	var pairs []typePair
	for p, f := range g.shared.manual {
		if f.Name.Package == g.plan.pkg.Path {
			pairs = append(pairs, p)
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
		return g.shared.manual[pairs[i]].Name.Name < g.shared.manual[pairs[j]].Name.Name
	})
	return pairs
}

const initTmpl = `func init() {
	localSchemeBuilder.Register(RegisterConversions)
}

`

const registerOpenTmpl = `// RegisterConversions adds conversion functions to the given scheme.
// Public to allow building arbitrary schemes.
func RegisterConversions(s $.Scheme|raw$) error {
`

const registerGeneratedTmpl = `if err := s.AddGeneratedConversionFunc((*$.in|raw$)(nil), (*$.out|raw$)(nil), func(a, b interface{}, scope $.Scope|raw$) error {
	return Convert_$.in|public$_To_$.out|public$(a.(*$.in|raw$), b.(*$.out|raw$), scope)
}); err != nil {
	return err
}
`

const registerManualTmpl = `if err := s.AddConversionFunc((*$.in|raw$)(nil), (*$.out|raw$)(nil), func(a, b interface{}, scope $.Scope|raw$) error {
	return $.fn|raw$(a.(*$.in|raw$), b.(*$.out|raw$), scope)
}); err != nil {
	return err
}
`

const registerCloseTmpl = `return nil
}

`

func (g *genConversion) GenerateType(c *generator.Context, t *types.Type, w io.Writer) error {
	sw := snippet.NewWriter(w, c, "$", "$")
	if peer := peerOf(c.Universe, t, g.plan.peers); peer != nil {
		g.convertPair(t, peer, sw)
		g.convertPair(peer, t, sw)
	}
	for _, p := range g.plan.explicit {
		if p.out == t {
			g.fromURLValues(p.in, t, sw)
		}
	}
	return sw.Error()
}

func (g *genConversion) Finalize(*generator.Context, io.Writer) error {
	return errors.Join(g.errs...)
}

// convertPair writes autoConvert_<in>_To_<out> and, unless a hand-written
// one exists or fields could not be converted, Convert_<in>_To_<out>.
func (g *genConversion) convertPair(in, out *types.Type, sw *snippet.Writer) {
	args := pairArgs(in, out)
	sw.Do(autoOpenTmpl, args)
	g.where = in.Name.String()
	g.convertValue(in, out, sw)
	sw.Do(autoCloseTmpl, nil)
	g.where = in.Name.String()
	if _, ok := g.manualFor(in, out); ok {
		return
	}
	if g.unsupported[in] {
		g.fail("cannot convert %s to %s: %s types are not supported; write %s(in *%s, out *%s, s conversion.Scope) error in package %s",
			in, out, in.Kind, funcName(in, out), in, out, g.plan.pkg.Path)
		return
	}
	if fields := g.skipped[in]; len(fields) > 0 {
		g.needsManual(in, out, fields)
		return
	}
	sw.Do(convertTmpl, args)
}

// needsManual reports a pair whose generated conversion is incomplete and
// that has no hand-written Convert_ function: a warning (upstream only
// logs it), an error under --strict.
func (g *genConversion) needsManual(in, out *types.Type, fields []string) {
	msg := fmt.Sprintf("%s: no conversion to %s: field(s) %s require manual conversion; write %s(in *%s, out *%s, s conversion.Scope) error in package %s, which may call the generated auto%s",
		in.Name, out.Name, strings.Join(fields, ", "), funcName(in, out), in.Name, out.Name, g.plan.pkg.Path, funcName(in, out))
	if g.shared.strict {
		g.errs = append(g.errs, errors.New(msg))
		return
	}
	g.shared.env.Warnf("%s", msg)
}

const autoOpenTmpl = `func autoConvert_$.in|public$_To_$.out|public$(in *$.in|raw$, out *$.out|raw$, s $.Scope|raw$) error {
`

const autoCloseTmpl = `return nil
}

`

const convertTmpl = `// Convert_$.in|public$_To_$.out|public$ is an autogenerated conversion function.
func Convert_$.in|public$_To_$.out|public$(in *$.in|raw$, out *$.out|raw$, s $.Scope|raw$) error {
	return autoConvert_$.in|public$_To_$.out|public$(in, out, s)
}

`

// fail records a conversion that cannot be generated.
func (g *genConversion) fail(format string, args ...any) {
	g.errs = append(g.errs, fmt.Errorf("%s: %s", g.where, fmt.Sprintf(format, args...)))
}
