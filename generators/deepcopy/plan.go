package deepcopy

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/apilint"
	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/markers"
)

// planPackage decides which types of pkg get which methods.
func (g *tool) planPackage(c *generator.Context, env *engine.Env, pkg *types.Package) (map[*types.Type]*typePlan, error) {
	lines := packageComments(env, pkg)
	errs := []error{lintComments(env, pkg, lines)}
	if err := apilint.Check(pkg, g.cfg.LintRules); err != nil {
		return nil, errors.Join(append(errs, err)...)
	}
	pm, err := parseEnable(markers.Source{Sym: markers.Symbol{Pkg: pkg.Path}, Lines: lines}, []string{"package", "false"},
		"; on a package write +k8s:deepcopy-gen=package (or =false to opt it out), and =true on the types to copy")
	if err != nil || pm.value == "false" {
		return nil, errors.Join(append(errs, err)...)
	}
	plans := map[*types.Type]*typePlan{}
	for _, name := range slices.Sorted(maps.Keys(pkg.Types)) {
		t := pkg.Types[name]
		plan, err := g.planType(c, env, t, pm.value == "package")
		if err != nil {
			errs = append(errs, err)
		} else if plan != nil {
			plans[t] = plan
		}
	}
	return plans, errors.Join(errs...)
}

// planType returns what to generate for t, or nil for nothing.
func (g *tool) planType(c *generator.Context, env *engine.Env, t *types.Type, wholePackage bool) (*typePlan, error) {
	where := t.Name.String()
	src := markers.TypeLines(t)
	tm, err := parseEnable(src, []string{"true", "false"},
		"; on a type write =true to copy it or =false to leave it out (package markers go above the package clause)")
	if err != nil {
		return nil, err
	}
	if tm.value == "false" || (!wholePackage && tm.value != "true") {
		return nil, nil
	}
	explicit := tm.value == "true"
	methods, err := methodsOf(t)
	if err != nil {
		return nil, err
	}
	if !copyable(t, methods) {
		if explicit {
			return nil, markers.DeepcopyGen.Errorf(src.Sym, "true", "%s=true: only exported structs and named maps and slices can be deep-copied; this is %s", markers.DeepcopyGen.Marker(), describeKind(t))
		}
		return nil, nil
	}
	if len(t.TypeParams) > 0 {
		return nil, fmt.Errorf("%s: generic types are not supported by deepcopy-gen; write DeepCopy and DeepCopyInto by hand, or opt the type out with +%s=false", where, markers.DeepcopyGen.Name)
	}
	plan := &typePlan{methods: methods}
	if plan.interfaces, err = interfacesOf(c, env, t, src); err != nil {
		return nil, err
	}
	if plan.nonPointer, err = parseNonPointer(src); err != nil {
		return nil, err
	}
	if len(plan.interfaces) > 0 && methods.copy != nil && !methods.copyReturnsPointer(t) {
		return nil, markers.DeepcopyInterfaces.Errorf(src.Sym, "", "%s: the generated DeepCopy<Interface> methods need DeepCopy to return *%s, but the hand-written one returns %s", markers.DeepcopyInterfaces.Marker(), t.Name.Name, t.Name.Name)
	}
	if methods.into == nil && methods.copy == nil {
		// A dry run of the body finds every field it cannot copy now,
		// before anything is rendered.
		sw := newSnippets(c, io.Discard)
		if errs := writeDeepCopyInto(sw, t, methods); len(errs) > 0 {
			return nil, errors.Join(errs...)
		}
	}
	return plan, nil
}

// copyable reports whether deepcopy methods can be generated for t:
// exported structs, and exported named maps, slices (or builtins with
// hand-written methods).
func copyable(t *types.Type, methods handWritten) bool {
	if namer.IsPrivateGoName(t.Name.Name) {
		return false
	}
	switch t.Kind {
	case types.Struct:
		return true
	case types.Alias:
		return methods.any() || t.Underlying.Kind != types.Builtin
	}
	return false
}

// describeKind says what t is, for the error on a type that cannot be copied.
func describeKind(t *types.Type) string {
	if namer.IsPrivateGoName(t.Name.Name) {
		return "an unexported type"
	}
	k := kindOf(t)
	if strings.IndexByte("aeiou", k[0]) >= 0 {
		return "an " + k
	}
	return "a " + k
}

func kindOf(t *types.Type) string {
	k := strings.ToLower(string(underlying(t).Kind))
	if t.Kind == types.Alias {
		return "named " + k
	}
	return k
}

// interfacesOf resolves the +k8s:deepcopy-gen:interfaces of t, loading the
// packages that declare them, deduplicated and sorted by name.
func interfacesOf(c *generator.Context, env *engine.Env, t *types.Type, src markers.Source) ([]*types.Type, error) {
	d := markers.DeepcopyInterfaces
	names, err := parseInterfaces(src)
	if err != nil || len(names) == 0 {
		return nil, err
	}
	if t.Kind != types.Struct {
		return nil, d.Errorf(src.Sym, "", "%s: only structs can implement interfaces by deepcopy; %s is a %s", d.Marker(), t.Name.Name, kindOf(t))
	}
	seen := map[string]*types.Type{}
	var errs []error
	for _, n := range names {
		it, err := lookupType(c, env, n)
		switch {
		case err != nil:
			errs = append(errs, d.Errorf(src.Sym, n.String(), "%s=%v: %v", d.Marker(), n, err))
		case it == nil:
			hint := "give <import path>.<Interface>"
			if pkg := c.Universe[n.Package]; pkg != nil {
				known := map[string]bool{}
				for name, t := range pkg.Types {
					if t.Kind == types.Interface {
						known[name] = true
					}
				}
				if best := markers.Closest(n.Name, known); best != "" {
					hint = fmt.Sprintf("did you mean %s=%s.%s?", d.Marker(), n.Package, best)
				}
			}
			errs = append(errs, d.Errorf(src.Sym, n.String(), "%s=%v: no such type; %s", d.Marker(), n, hint))
		case it.Kind != types.Interface:
			errs = append(errs, d.Errorf(src.Sym, n.String(), "%s=%v: %v is a %s, not an interface", d.Marker(), n, n, kindOf(it)))
		default:
			seen[it.String()] = it
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	out := make([]*types.Type, 0, len(seen))
	for _, key := range slices.Sorted(func(yield func(string) bool) {
		for k := range seen {
			if !yield(k) {
				return
			}
		}
	}) {
		out = append(out, seen[key])
	}
	return out, nil
}

// lookupType finds n in the universe, loading its package if needed.
func lookupType(c *generator.Context, env *engine.Env, n types.Name) (*types.Type, error) {
	if p := c.Universe[n.Package]; p != nil && p.Types[n.Name] != nil {
		return p.Types[n.Name], nil
	}
	if _, err := env.Load(n.Package); err != nil {
		return nil, err
	}
	if p := c.Universe[n.Package]; p != nil {
		return p.Types[n.Name], nil
	}
	return nil, nil
}
