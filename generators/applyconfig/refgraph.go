package applyconfig

import (
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/genclient"
)

// applyConfigSuffix ends the name of every apply configuration type.
const applyConfigSuffix = "ApplyConfiguration"

// refGraph maps every type that has an apply configuration to the package
// that holds it: the externally generated ones from the configuration and
// those this run generates.
type refGraph map[types.Name]string

// excluded types never get an apply configuration, whatever reaches them.
var excluded = map[types.Name]bool{
	rawExtension.Name:   true,
	runtimeUnknown.Name: true,
}

// buildRefGraph starts from the external apply configurations and adds
// every type of the input packages that is reachable from a root (a
// +genclient type with apply, or the input type of a custom apply method)
// and needs an apply configuration.
func buildRefGraph(u types.Universe, pkgs []*apiPackage, external map[types.Name]string) refGraph {
	refs := refGraph{}
	for name, pkg := range external {
		refs[name] = pkg
	}
	reachable := map[types.Name]bool{}
	for _, p := range pkgs {
		for _, t := range p.types {
			if hasApply(p.tags[t]) {
				markReachable(t, reachable)
			}
			for _, m := range p.tags[t].Methods {
				if m.Verb == "apply" && m.Input != "" {
					markReachable(methodInput(u, t, m), reachable)
				}
			}
		}
	}
	for _, p := range pkgs {
		for _, t := range p.types {
			if reachable[t.Name] && needsApplyConfig(t) {
				refs[t.Name] = p.outPkg
			}
		}
	}
	return refs
}

// methodInput is the input type of a custom apply method of t. A type of
// t's own package is looked at through t's members, as upstream does.
func methodInput(u types.Universe, t *types.Type, m genclient.Method) *types.Type {
	pkg, name := inputType(m)
	if pkg != "" {
		return u.Type(types.Name{Package: pkg, Name: name})
	}
	in := *t
	in.Name.Name = name
	return &in
}

// markReachable records t and every type reachable from it.
func markReachable(t *types.Type, seen map[types.Name]bool) {
	if seen[t.Name] {
		return
	}
	seen[t.Name] = true
	for _, next := range []*types.Type{t.Elem, t.Underlying, t.Key} {
		if next != nil {
			markReachable(next, seen)
		}
	}
	for _, m := range t.Members {
		markReachable(m.Type, seen)
	}
}

// needsApplyConfig reports whether t (through aliases) is a struct with at
// least one field JSON serializes.
func needsApplyConfig(t *types.Type) bool {
	for t.Kind == types.Alias {
		t = t.Underlying
	}
	if t.Kind != types.Struct || excluded[t.Name] {
		return false
	}
	for _, m := range t.Members {
		if _, ok := fieldJSON(m); ok {
			return true
		}
	}
	return false
}

// fieldType is the type a field of type t has in an apply configuration:
// the apply configuration of a struct that has one, maps and slices of
// them, and t itself otherwise. Pointers are dropped.
func (r refGraph) fieldType(t *types.Type) *types.Type {
	switch t.Kind {
	case types.Struct:
		if pkg, ok := r[t.Name]; ok {
			return types.Ref(pkg, t.Name.Name+applyConfigSuffix)
		}
	case types.Map:
		if _, ok := r[t.Elem.Name]; ok {
			return &types.Type{Kind: types.Map, Key: r.fieldType(t.Key), Elem: r.fieldType(t.Elem)}
		}
	case types.Slice:
		if _, ok := r[t.Elem.Name]; ok {
			return &types.Type{Kind: types.Slice, Elem: r.fieldType(t.Elem)}
		}
	case types.Pointer:
		return r.fieldType(t.Elem)
	}
	return t
}

// isApplyConfig reports whether t (or what it points to) is a struct with
// an apply configuration.
func (r refGraph) isApplyConfig(t *types.Type) bool {
	switch t.Kind {
	case types.Struct:
		_, ok := r[t.Name]
		return ok
	case types.Pointer:
		return r.isApplyConfig(t.Elem)
	}
	return false
}
