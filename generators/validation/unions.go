package validation

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/gengo/v2/parser/tags"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// Unions (+k8s:unionDiscriminator, +k8s:unionMember) and zero-or-one-of
// unions (+k8s:zeroOrOneOfMember) gather their members from several
// places (the fields of a struct, the items of a list-map) and become
// one call where the members meet, with a package variable holding the
// membership, as upstream's union and zeroOrOneOf validators.

// unionKind tells unions from zero-or-one-of unions.
type unionKind string

const (
	kindUnion       unionKind = "unions"
	kindZeroOrOneOf unionKind = "zeroOrOneOf"
)

// unionArg is the member and discriminator tags' argument naming the
// union (when a struct has more than one).
var unionArg = markers.VUnionMember.Args[0].Name

// unionRef is a member tag's placeholder call: it is replaced by the
// union's call once every member of the place is known. parent is set
// while it belongs to the struct holding the member field (upstream's
// ParentContext); +k8s:item and +k8s:subfield make it their own place's.
type unionRef struct {
	key    string
	kind   unionKind
	parent bool
}

// union is one (named) union of a place.
type union struct {
	members       []unionMember
	fieldMembers  []*types.Member
	discriminator string
	discMember    *types.Member
	itemMembers   map[string][]criterion
}

type unionMember struct{ field, value string }

// unionPlace is the unions of one place, by name, and its type.
type unionPlace struct {
	t      *types.Type
	byName map[string]*union
}

// unionRegistry holds the unions of every place being read, per kind.
type unionRegistry map[unionKind]map[string]*unionPlace

func (r unionRegistry) get(kind unionKind, key string, t *types.Type, name string) *union {
	if r[kind] == nil {
		r[kind] = map[string]*unionPlace{}
	}
	p := r[kind][key]
	if p == nil {
		p = &unionPlace{t: t, byName: map[string]*union{}}
		r[kind][key] = p
	}
	u := p.byName[name]
	if u == nil {
		u = &union{itemMembers: map[string][]criterion{}}
		p.byName[name] = u
	}
	return u
}

// variable is a package variable the generated code declares.
type variable struct {
	name string
	init any // an argument: nestedCall, exclusionsLit
}

// parentPlace is the key and type of the place a member tag at ctx
// belongs to: the struct of a field, or the list of an item.
func parentPlace(ctx tagContext) (string, *types.Type) {
	return ctx.parentPath, ctx.parentType
}

// lastPathElement is the last dot-separated part of a field path.
func lastPathElement(path string) string {
	if i := strings.LastIndex(path, "."); i >= 0 {
		return path[i+1:]
	}
	return path
}

// unionDiscriminator registers the discriminator field of a union.
func unionDiscriminator(ctx tagContext, tag codetags.Tag) (vals, error) {
	if t := nonPointer(nativeType(ctx.t)); t != types.String {
		return vals{}, fmt.Errorf("can only be used on string types (%s)", rootTypeString(ctx.t, t))
	}
	key, pt := parentPlace(ctx)
	name, _ := tag.NamedArg(unionArg)
	u := ctx.unions.get(kindUnion, key, pt, name.Value)
	if ctx.member != nil {
		if jt, ok := tags.LookupJSON(*ctx.member); ok {
			u.discriminator = jt.Name
			u.discMember = ctx.member
		}
	}
	return vals{}, nil
}

// unionMemberTag registers a member of a union or zero-or-one-of union
// and returns its placeholder.
func unionMemberTag(ctx tagContext, tag codetags.Tag, kind unionKind) (vals, error) {
	key, pt := parentPlace(ctx)
	name, _ := tag.NamedArg(unionArg)
	memberName, hasMemberName := tag.NamedArg("memberName")
	switch {
	case ctx.nested == "" && ctx.member != nil:
		switch nativeType(ctx.member.Type).Kind {
		case types.Pointer, types.Map, types.Slice, types.Builtin:
		default:
			return vals{}, fmt.Errorf("can only be used on nilable and primitive types (%s)", nativeType(ctx.member.Type).Kind)
		}
		jt, ok := tags.LookupJSON(*ctx.member)
		if !ok {
			return vals{}, fmt.Errorf("field %q is a union member but has no JSON struct field tag", ctx.member.Name)
		}
		if jt.Name == "" {
			return vals{}, fmt.Errorf("field %q is a union member but has no JSON name", ctx.member.Name)
		}
		value := ctx.member.Name
		if hasMemberName {
			value = memberName.Value
		}
		u := ctx.unions.get(kind, key, pt, name.Value)
		u.members = append(u.members, unionMember{jt.Name, value})
		u.fieldMembers = append(u.fieldMembers, ctx.member)
	case ctx.nested == "list values":
		if ctx.selector == nil {
			return vals{}, fmt.Errorf("list-item union member has no list selector in context")
		}
		field := lastPathElement(ctx.placePath)
		value := ""
		if hasMemberName {
			value = memberName.Value
		}
		u := ctx.unions.get(kind, key, pt, name.Value)
		u.members = append(u.members, unionMember{field, value})
		if _, found := u.itemMembers[field]; found {
			return vals{}, fmt.Errorf("list-item union member %q already exists", field)
		}
		u.itemMembers[field] = ctx.selector
	default:
		return vals{}, fmt.Errorf("can only be used on fields and list items")
	}
	ref := &unionRef{key: key, kind: kind, parent: true}
	return vals{late: []call{{tag: "unionMember", union: ref}}}, nil
}

// unionRefOf is the placeholder in c, directly or wrapped.
func unionRefOf(c call) *unionRef {
	if c.union != nil {
		return c.union
	}
	for _, a := range c.args {
		if w, ok := a.(wrapper); ok {
			if r := unionRefOf(w.call); r != nil {
				return r
			}
		}
	}
	return nil
}

// replaceRef returns c with its placeholder replaced by each of calls
// (c itself is the placeholder: calls, with its level; c wraps it: a
// copy of c per call).
func replaceRef(c call, calls []call) []call {
	if c.union != nil {
		var out []call
		for _, r := range calls {
			if c.level != "" {
				r.level = c.level
			}
			r.round = c.round
			out = append(out, r)
		}
		return out
	}
	var out []call
	for i, a := range c.args {
		w, ok := a.(wrapper)
		if !ok || unionRefOf(w.call) == nil {
			continue
		}
		for _, inner := range replaceRef(w.call, calls) {
			cp := c
			cp.args = slices.Clone(c.args)
			w2 := w
			w2.call = inner
			cp.args[i] = w2
			out = append(out, cp)
		}
		return out
	}
	return []call{c}
}

// nestedCall is a call written as an argument, as is.
type nestedCall call

// resolveHere replaces, in place, the placeholders of calls that belong
// to the place itself (not to its parent) by their unions' calls: the
// first placeholder of a place and kind makes them all, the others go.
func (r unionRegistry) resolveHere(calls []call, vars *[]variable) ([]call, error) {
	var out []call
	for _, c := range calls {
		ref := unionRefOf(c)
		if ref == nil || ref.parent {
			out = append(out, c)
			continue
		}
		made, err := r.take(ref, vars)
		if err != nil {
			return nil, err
		}
		if len(made) > 0 {
			out = append(out, replaceRef(c, made)...)
		}
	}
	return out, nil
}

// takeParent removes the placeholders that belong to the parent from
// calls and returns them resolved.
func (r unionRegistry) takeParent(calls []call, vars *[]variable, modes modeStructs) (kept, taken []call, err error) {
	for _, c := range calls {
		if !parentBound(c) {
			kept = append(kept, c)
			continue
		}
		if m, _ := modeRefOf(c); m != nil {
			if s := modes[m.key]; s != nil {
				delete(modes, m.key)
				made, err := modeCalls(s)
				if err != nil {
					return nil, nil, err
				}
				taken = append(taken, replaceMode(c, made)...)
			}
			continue
		}
		ref := unionRefOf(c)
		if ref == nil {
			taken = append(taken, unbind(c))
			continue
		}
		made, err := r.take(ref, vars)
		if err != nil {
			return nil, nil, err
		}
		if len(made) > 0 {
			taken = append(taken, replaceRef(c, made)...)
		}
	}
	return kept, taken, nil
}

// take makes the calls of ref's place, once.
func (r unionRegistry) take(ref *unionRef, vars *[]variable) ([]call, error) {
	p := r[ref.kind][ref.key]
	if p == nil {
		return nil, nil
	}
	delete(r[ref.kind], ref.key)
	made, vs, err := unionCalls(ref, p)
	if err != nil {
		return nil, err
	}
	*vars = append(*vars, vs...)
	return made, nil
}

var unsafeVarChars = regexp.MustCompile(`[^a-zA-Z0-9_]`)

// unionCalls are the calls and membership variables of the unions of a
// place, upstream's processUnionValidations.
func unionCalls(ref *unionRef, p *unionPlace) ([]call, []variable, error) {
	var calls []call
	var vars []variable
	names := make([]string, 0, len(p.byName))
	for n := range p.byName {
		names = append(names, n)
	}
	slices.Sort(names)
	prefix, fnName, tagName := "unionMembershipFor", "Union", markers.VUnionMember.Name
	if ref.kind == kindZeroOrOneOf {
		prefix, fnName, tagName = "zeroOrOneOfMembershipFor", "ZeroOrOneOfUnion", markers.VZeroOrOneOfMember.Name
	}
	for _, name := range names {
		u := p.byName[name]
		if len(u.fieldMembers) == 0 && u.discMember == nil && len(u.itemMembers) == 0 {
			continue
		}
		if len(u.fieldMembers) > 0 && len(u.itemMembers) > 0 {
			return nil, nil, fmt.Errorf("cannot have both field members and item members")
		}
		nt := nonPointer(nativeType(p.t))
		if nt.Kind == types.Struct && len(u.itemMembers) > 0 {
			return nil, nil, fmt.Errorf("struct type cannot have item members")
		}
		if nt.Kind == types.Slice && len(u.fieldMembers) > 0 {
			return nil, nil, fmt.Errorf("slice type cannot have field members")
		}
		varName := prefix + "_" + unsafeVarChars.ReplaceAllString(strings.ReplaceAll(ref.key+"_"+name, ".", "_"), "_")
		ptrType := types.PointerTo(p.t)
		var extractors []any
		for _, m := range u.fieldMembers {
			extractors = append(extractors, memberExtractor(ptrType, m))
		}
		if nt.Kind == types.Slice && len(u.itemMembers) > 0 {
			elem := nonPointer(nt.Elem)
			keys := make([]string, 0, len(u.itemMembers))
			for k := range u.itemMembers {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			for _, k := range keys {
				x, err := itemExtractor(p.t, elem, u.itemMembers[k])
				if err != nil {
					return nil, nil, err
				}
				extractors = append(extractors, x)
			}
		}
		if u.discMember != nil {
			var members []any
			members = append(members, u.discriminator)
			for _, m := range u.members {
				members = append(members, nestedCall(fn("unused", 0, "NewDiscriminatedUnionMember", m.field, m.value)))
			}
			vars = append(vars, variable{name: varName, init: nestedCall(fn(tagName, 0, "NewDiscriminatedUnionMembership", members...))})
			disc := funcLit{
				params:  []param{{"obj", ptrType}},
				results: []*types.Type{types.String},
				body:    fmt.Sprintf("if obj == nil {return \"\"}; return string(obj.%s)", u.discMember.Name),
			}
			calls = append(calls, fn(tagName, 0, "DiscriminatedUnion", append([]any{literal(varName), disc}, extractors...)...))
		} else {
			var members []any
			for _, m := range u.members {
				members = append(members, nestedCall(fn("unused", 0, "NewUnionMember", m.field)))
			}
			vars = append(vars, variable{name: varName, init: nestedCall(fn(tagName, 0, "NewUnionMembership", members...))})
			calls = append(calls, fn(tagName, 0, fnName, append([]any{literal(varName)}, extractors...)...))
		}
	}
	return calls, vars, nil
}

func memberExtractor(ptrType *types.Type, m *types.Member) funcLit {
	x := funcLit{params: []param{{"obj", ptrType}}, results: []*types.Type{types.Bool}}
	switch nt := nativeType(m.Type); nt.Kind {
	case types.Pointer:
		x.body = fmt.Sprintf("if obj == nil {return false}; return obj.%s != nil", m.Name)
	case types.Map, types.Slice:
		x.body = fmt.Sprintf("if obj == nil {return false}; return len(obj.%s) != 0", m.Name)
	case types.Builtin:
		x.body = fmt.Sprintf("if obj == nil {return false}; var z %s; return obj.%s != z", m.Type, m.Name)
	default:
		x.body = fmt.Sprintf("if obj == nil {return false}; return false /* unsupported union member kind: %s */", nt.Kind)
	}
	return x
}

func itemExtractor(listType, elem *types.Type, selector []criterion) (funcLit, error) {
	crit := make([]criterion, 0, len(selector))
	for _, c := range selector {
		crit = append(crit, criterion{key: c.key, value: fmt.Sprint(c.value)})
	}
	slices.SortFunc(crit, func(a, b criterion) int { return strings.Compare(a.key, b.key) })
	var conds []string
	for _, c := range crit {
		m := memberByJSON(elem, c.key)
		if m == nil {
			return funcLit{}, fmt.Errorf("no field with JSON name %q", c.key)
		}
		rhs, err := comparisonRHS(m, c.value)
		if err != nil {
			return funcLit{}, err
		}
		if m.Type.Kind == types.Pointer {
			conds = append(conds, fmt.Sprintf("list[i].%s != nil && *list[i].%s == %s", m.Name, m.Name, rhs))
		} else {
			conds = append(conds, fmt.Sprintf("list[i].%s == %s", m.Name, rhs))
		}
	}
	return funcLit{
		params:  []param{{"list", listType}},
		results: []*types.Type{types.Bool},
		body:    fmt.Sprintf("for i := range list {\n\t\t\t\tif %s {\n\t\t\t\t\treturn true\n\t\t\t\t}\n\t\t\t }\n\t\t\t return false", strings.Join(conds, " && ")),
	}, nil
}
