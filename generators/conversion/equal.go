package conversion

import "k8s.io/gengo/v2/types"

// typesEqual decides whether two types have the same memory layout, so
// that one can be cast to the other through unsafe.Pointer.
type typesEqual interface {
	Equal(a, b *types.Type) bool
}

// neverEqual is used under --skip-unsafe.
type neverEqual struct{}

func (neverEqual) Equal(_, _ *types.Type) bool { return false }

// memoryEquality caches layout comparisons. Pairs with a hand-written
// conversion (other than copy-only) are never equal: the function must run.
type memoryEquality map[typePair]bool

func newMemoryEquality(manual manualFuncs) memoryEquality {
	e := memoryEquality{}
	for pair, f := range manual {
		if m, err := mode(f); err == nil && m == fnCopyOnly {
			continue
		}
		e[pair] = false
		e[typePair{pair.out, pair.in}] = false
	}
	return e
}

func (e memoryEquality) Equal(a, b *types.Type) bool {
	eq, _ := e.cached(a, b, nil)
	return eq
}

// cached compares a and b through the cache. final is false when the
// answer assumed equality to cut a cycle, and must not be cached.
func (e memoryEquality) cached(a, b *types.Type, visiting []*types.Type) (eq, final bool) {
	if a == b {
		return true, true
	}
	if eq, ok := e[typePair{a, b}]; ok {
		return eq, true
	}
	if eq, ok := e[typePair{b, a}]; ok {
		return eq, true
	}
	eq, final = e.compare(a, b, visiting)
	if final {
		e[typePair{a, b}] = eq
		e[typePair{b, a}] = eq
	}
	return eq, final
}

func (e memoryEquality) compare(a, b *types.Type, visiting []*types.Type) (eq, final bool) {
	in, out := unalias(a), unalias(b)
	if in == out {
		return true, true
	}
	if in.Kind != out.Kind {
		return false, true
	}
	for _, v := range visiting {
		if v == in {
			return true, false
		}
	}
	visiting = append(visiting, in)
	switch in.Kind {
	case types.Struct:
		return e.compareMembers(in, out, visiting)
	case types.Pointer, types.Slice:
		return e.cached(in.Elem, out.Elem, visiting)
	case types.Map:
		keyEq, keyFinal := e.cached(in.Key, out.Key, visiting)
		elemEq, elemFinal := e.cached(in.Elem, out.Elem, visiting)
		return keyEq && elemEq, keyFinal && elemFinal
	case types.Builtin:
		return in.Name.Name == out.Name.Name, true
	}
	// Interfaces (and anything else) are only equal when identical.
	return false, true
}

func (e memoryEquality) compareMembers(in, out *types.Type, visiting []*types.Type) (eq, final bool) {
	if len(in.Members) != len(out.Members) {
		return false, true
	}
	final = true
	for i := range in.Members {
		eq, f := e.cached(in.Members[i].Type, out.Members[i].Type, visiting)
		if !eq {
			return false, true
		}
		final = final && f
	}
	return true, final
}

// unalias follows aliases down to the type they name.
func unalias(t *types.Type) *types.Type {
	for t.Kind == types.Alias {
		t = t.Underlying
	}
	return t
}
