package validation

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/gengo/v2/parser/tags"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// Mode-based validation: +k8s:modeDiscriminator marks a field whose value
// selects, per +k8s:ifMode(value)=<tag>, which validations apply to
// other fields of the struct; those fields are forbidden in any other
// mode. Upstream's modeDiscriminatorTagValidator and ifModeTagValidator.

// defaultGroup names the discriminator group of tags without a
// modality; it is reserved.
const defaultGroup = markers.ModeDefaultGroup

var modeGroupName = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9_]*$`)

// modeStructs holds, per struct (by path), its mode groups.
type modeStructs map[string]*modeStruct

type modeStruct struct {
	t      *types.Type
	groups map[string]*modeGroup
}

type modeGroup struct {
	disc    *types.Member
	members map[string]*modeField
}

type modeField struct {
	member *types.Member
	rules  []*modeRule
}

type modeRule struct {
	value string
	calls []call
	level string
}

// modeRef is an +k8s:ifMode tag's placeholder (see unionRef).
type modeRef struct {
	key  string
	rule *modeRule
}

func (m modeStructs) group(key string, t *types.Type, name string) *modeGroup {
	s := m[key]
	if s == nil {
		s = &modeStruct{t: t, groups: map[string]*modeGroup{}}
		m[key] = s
	}
	if name == "" {
		name = defaultGroup
	}
	g := s.groups[name]
	if g == nil {
		g = &modeGroup{members: map[string]*modeField{}}
		s.groups[name] = g
	}
	return g
}

// modality is the tags' argument naming the discriminator group.
var modality = markers.VModeDiscriminator.Args[0].Name

func modeDiscriminator(ctx tagContext, tag codetags.Tag) (vals, error) {
	if ctx.member == nil || ctx.nested != "" {
		return vals{}, fmt.Errorf("must be used on a struct field")
	}
	if nativeType(ctx.t).Kind == types.Pointer {
		return vals{}, fmt.Errorf("can only be used on non-pointer types")
	}
	if t := nonPointer(nativeType(ctx.t)); t.Kind != types.Builtin || t.Name.Name != "string" && t.Name.Name != "bool" {
		return vals{}, fmt.Errorf("can only be used on string or bool types (%s)", rootTypeString(ctx.t, t))
	}
	name := ""
	if a, ok := tag.NamedArg(modality); ok {
		name = a.Value
	}
	if name != "" && !modeGroupName.MatchString(name) {
		return vals{}, fmt.Errorf("discriminator group name must match %s, got %q", modeGroupName.String(), name)
	}
	if name == defaultGroup {
		return vals{}, fmt.Errorf("discriminator group name %q is reserved", name)
	}
	g := ctx.modes.group(ctx.parentPath, ctx.parentType, name)
	if g.disc != nil && g.disc != ctx.member {
		return vals{}, fmt.Errorf("duplicate discriminator: %q", name)
	}
	g.disc = ctx.member
	return vals{}, nil
}

func ifMode(ctx tagContext, tag codetags.Tag) (vals, error) {
	if ctx.member == nil || ctx.nested != "" {
		return vals{}, fmt.Errorf("must be used on a struct field")
	}
	if tag.ValueTag == nil {
		return vals{}, fmt.Errorf("missing required payload")
	}
	name := ""
	if a, ok := tag.NamedArg(modality); ok {
		name = a.Value
	}
	if name == defaultGroup {
		return vals{}, fmt.Errorf("discriminator group name %q is reserved", name)
	}
	value := ""
	if a, ok := tag.NamedArg(markers.VIfMode.Args[2].Name); ok {
		value = a.Value
	} else if len(tag.Args) > 0 && tag.Args[0].Name == "" {
		value = tag.Args[0].Value
	} else {
		return vals{}, fmt.Errorf("missing required mode")
	}
	g := ctx.modes.group(ctx.parentPath, ctx.parentType, name)
	f := g.members[ctx.member.Name]
	if f == nil {
		f = &modeField{member: ctx.member}
		g.members[ctx.member.Name] = f
	}
	payload, err := tagValidation(ctx, *tag.ValueTag)
	if err != nil {
		return vals{}, err
	}
	payload.settle()
	rule := &modeRule{value: value, calls: payload.calls}
	f.rules = append(f.rules, rule)
	return vals{late: []call{{tag: markers.VIfMode.Name, mode: &modeRef{key: ctx.parentPath, rule: rule}, toParent: true}}}, nil
}

// modeCalls are the validate.Discriminated calls of a struct's mode
// groups, one per member field.
func modeCalls(s *modeStruct) ([]call, error) {
	var out []call
	for _, gn := range slices.Sorted(maps.Keys(s.groups)) {
		g := s.groups[gn]
		if g.disc == nil {
			if len(g.members) > 0 {
				if gn == defaultGroup {
					return nil, fmt.Errorf("missing discriminator")
				}
				return nil, fmt.Errorf("missing discriminator for group %q", gn)
			}
			continue
		}
		for _, fname := range slices.Sorted(maps.Keys(g.members)) {
			c, err := modeFieldCall(s.t, g, g.members[fname])
			if err != nil {
				return nil, err
			}
			out = append(out, c)
		}
	}
	return out, nil
}

// multiWrapper is a closure running several calls on one value,
// upstream's MultiWrapperFunction.
type multiWrapper struct {
	calls   []call
	objType *types.Type
	// frag is as wrapper's.
	frag string
}

// structLit and sliceLit are composite literals of validate's generic
// types.
type structLit struct {
	t        types.Name
	typeArgs []*types.Type
	fields   []litField
}

type litField struct {
	name  string
	value any
}

type sliceLit struct {
	elem     types.Name
	typeArgs []*types.Type
	elems    []any
}

func modeFieldCall(structT *types.Type, g *modeGroup, f *modeField) (call, error) {
	ft := f.member.Type
	nilable, pfx := ft, ""
	if !isNilable(nilable) {
		nilable, pfx = types.PointerTo(nilable), "&"
	}
	jsonName := f.member.Name
	if jt, ok := tags.LookupJSON(*f.member); ok {
		jsonName = jt.Name
	}
	var forbidden string
	switch nativeType(ft).Kind {
	case types.Slice:
		forbidden = "ForbiddenSlice"
	case types.Map:
		forbidden = "ForbiddenMap"
	case types.Pointer:
		forbidden = "ForbiddenPointer"
	case types.Struct:
		return call{}, fmt.Errorf("discriminated member fields of struct type must be pointers")
	default:
		forbidden = "ForbiddenValue"
	}
	def := multiWrapper{calls: []call{fn(markers.VForbidden.Name, 0, forbidden)}, objType: nilable, frag: "." + jsonName}
	byValue := map[string][]call{}
	var values []string
	for _, r := range f.rules {
		if _, ok := byValue[r.value]; !ok {
			values = append(values, r.value)
		}
		for _, c := range r.calls {
			if r.level != "" {
				c.level = r.level
			}
			byValue[r.value] = append(byValue[r.value], c)
		}
	}
	slices.Sort(values)
	if lvl := f.rules[0].level; lvl != "" && !slices.ContainsFunc(f.rules, func(r *modeRule) bool { return r.level != lvl }) {
		def.calls[0].level = lvl
	}
	discT := g.disc.Type
	var rules []any
	for _, v := range values {
		var typed any
		switch nt := nonPointer(nativeType(discT)); {
		case nt == types.String:
			typed = v
		case nt == types.Bool:
			b, err := strconv.ParseBool(v)
			if err != nil {
				return call{}, fmt.Errorf("invalid discriminator value %q: cannot parse %q as bool: %w", v, v, err)
			}
			typed = b
		default:
			return call{}, fmt.Errorf("invalid discriminator value %q: unsupported discriminator type: %s", v, nt.Name.Name)
		}
		rules = append(rules, structLit{
			t:        types.Name{Package: validatePkg, Name: "DiscriminatedRule"},
			typeArgs: []*types.Type{nilable, discT},
			fields:   []litField{{"Value", typed}, {"Validation", multiWrapper{calls: byValue[v], objType: nilable, frag: "." + jsonName}}},
		})
	}
	ptr := types.PointerTo(structT)
	get := funcLit{params: []param{{"obj", ptr}}, results: []*types.Type{nilable}, body: "return " + pfx + "obj." + f.member.Name}
	getDisc := funcLit{params: []param{{"obj", ptr}}, results: []*types.Type{discT}, body: "return obj." + g.disc.Name}
	c := fn(markers.VModeDiscriminator.Name, 0, "Discriminated", literal(strconv.Quote(jsonName)), get, getDisc, equalFn(ft), def,
		sliceLit{elem: types.Name{Package: validatePkg, Name: "DiscriminatedRule"}, typeArgs: []*types.Type{nilable, discT}, elems: rules})
	return c, nil
}

// modeRefOf is the +k8s:ifMode placeholder in c, directly or wrapped,
// and the level it was written with.
func modeRefOf(c call) (*modeRef, string) {
	if c.mode != nil {
		return c.mode, c.level
	}
	for _, a := range c.args {
		if w, ok := a.(wrapper); ok {
			if r, lvl := modeRefOf(w.call); r != nil {
				if lvl == "" {
					lvl = c.level
				}
				return r, lvl
			}
		}
	}
	return nil, ""
}

// replaceMode returns c with its mode placeholder replaced by each of
// calls (their levels are their own: upstream's self-managed level).
func replaceMode(c call, calls []call) []call {
	if c.mode != nil {
		return calls
	}
	var out []call
	for i, a := range c.args {
		w, ok := a.(wrapper)
		if !ok {
			continue
		}
		if r, _ := modeRefOf(w.call); r == nil {
			continue
		}
		for _, inner := range replaceMode(w.call, calls) {
			cp := c
			cp.toParent = false
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
