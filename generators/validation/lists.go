package validation

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/gengo/v2/parser/tags"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// listMeta is what +k8s:listType, +k8s:listMapKey, +k8s:unique and
// +k8s:customUnique say of one list (a field or a typedef), upstream's
// listMetadata.
type listMeta struct {
	// listType is "atomic", "set", "map" or "" (not given).
	listType string
	// semantic is "atomic", "set" or "map": from listType, or from
	// +k8s:unique on an atomic list.
	semantic     string
	keys         []*types.Member
	keyNames     []string
	customUnique bool
	// generated is set once the uniqueness call is made: listType and
	// unique may both ask for it, it is made once.
	generated bool
}

// wrapping reports whether tag name applies the tag in its payload to
// the same place.
func wrapping(name string) bool {
	switch name {
	case markers.VAlpha.Name, markers.VBeta.Name, markers.VIfEnabled.Name, markers.VIfDisabled.Name:
		return true
	}
	return false
}

// listTag reports whether name is one of the tags listMeta reads.
func listTag(name string) bool {
	switch name {
	case markers.VListType.Name, markers.VListMapKey.Name, markers.VUnique.Name, markers.VCustomUnique.Name:
		return true
	}
	return false
}

// collectListMeta reads the list tags of one place (in their sorted
// order, looking through +k8s:alpha, +k8s:beta, +k8s:ifEnabled and
// +k8s:ifDisabled as upstream applies them): nil when there is none.
func collectListMeta(t *types.Type, tgs []codetags.Tag) (*listMeta, error) {
	var lm *listMeta
	for _, tag := range tgs {
		for wrapping(tag.Name) && tag.ValueTag != nil {
			tag = *tag.ValueTag
		}
		if !listTag(tag.Name) {
			continue
		}
		if lm == nil {
			lm = &listMeta{}
		}
		if err := lm.read(t, tag); err != nil {
			return nil, tagError{tag: tag.Name, err: err}
		}
	}
	return lm, nil
}

func (lm *listMeta) read(t *types.Type, tag codetags.Tag) error {
	nt := nativeType(t)
	if nt.Kind != types.Slice && nt.Kind != types.Array {
		return fmt.Errorf("can only be used on list types (%s)", nt.Kind)
	}
	elem := nonPointer(nativeType(nt.Elem))
	switch tag.Name {
	case markers.VListType.Name:
		if lm.listType != "" {
			return fmt.Errorf("listType cannot be specified more than once")
		}
		switch tag.Value {
		case "atomic":
			if lm.semantic == "" {
				lm.semantic = "atomic"
			}
		case "set", "map":
			if lm.semantic != "" && lm.semantic != "atomic" {
				return fmt.Errorf("unique tag is redundant for listType=%q", tag.Value)
			}
			if tag.Value == "map" && elem.Kind != types.Struct {
				return fmt.Errorf("only lists of structs can be list-maps")
			}
			lm.semantic = tag.Value
		default:
			return fmt.Errorf("unknown list type %q", tag.Value)
		}
		lm.listType = tag.Value
	case markers.VListMapKey.Name:
		if elem.Kind != types.Struct {
			return fmt.Errorf("only lists of structs can be list-maps")
		}
		m := memberByJSON(elem, tag.Value)
		if m == nil {
			return fmt.Errorf("no field for JSON name %q", tag.Value)
		}
		if nativeType(nonPointer(m.Type)).Kind != types.Builtin {
			return fmt.Errorf("only primitive types and pointers to primitive types can be list-map keys, not %s", m.Type.String())
		}
		lm.keys = append(lm.keys, m)
		lm.keyNames = append(lm.keyNames, tag.Value)
	case markers.VUnique.Name:
		if lm.listType == "set" || lm.listType == "map" {
			return fmt.Errorf("unique tag may not be used with listType=set or listType=map")
		}
		if lm.semantic != "" && lm.semantic != "atomic" {
			return fmt.Errorf("unique tag cannot be specified more than once")
		}
		switch tag.Value {
		case "set":
		case "map":
			if elem.Kind != types.Struct {
				return fmt.Errorf("only lists of structs can be list-maps")
			}
		default:
			return fmt.Errorf("unknown unique type %q", tag.Value)
		}
		lm.semantic = tag.Value
	case markers.VCustomUnique.Name:
		lm.customUnique = true
	}
	return nil
}

// check is upstream's listMetadata.check, run when the uniqueness call
// is made.
func (lm *listMeta) check() error {
	if len(lm.keys) > 0 && lm.semantic != "map" {
		return fmt.Errorf("found listMapKey without listType=map or unique=map")
	}
	if lm.semantic == "map" && len(lm.keys) == 0 {
		return fmt.Errorf("found listType=map or unique=map without listMapKey")
	}
	if lm.listType == "" {
		return fmt.Errorf("listType must be specified - use listType=atomic, listType=set, or listType=map")
	}
	return nil
}

// funcLit is a function literal argument, upstream's FunctionLiteral
// with unnamed results.
type funcLit struct {
	params  []param
	results []*types.Type
	body    string
}

type param struct {
	name string
	t    *types.Type
}

// matchFunc is the list-map key comparison of elem values.
func (lm *listMeta) matchFunc(elem *types.Type) funcLit {
	pt := types.PointerTo(nonPointer(elem))
	var b strings.Builder
	b.WriteString("return ")
	for i, m := range lm.keys {
		if i > 0 {
			b.WriteString(" && ")
		}
		f := m.Name
		if m.Type.Kind == types.Pointer {
			fmt.Fprintf(&b, "((a.%s == nil && b.%s == nil) || (a.%s != nil && b.%s != nil && *a.%s == *b.%s))", f, f, f, f, f, f)
		} else {
			fmt.Fprintf(&b, "a.%s == b.%s", f, f)
		}
	}
	return funcLit{params: []param{{"a", pt}, {"b", pt}}, results: []*types.Type{types.Bool}, body: b.String()}
}

// equalFn is DirectEqual for values == compares fully, else
// SemanticDeepEqual.
func equalFn(elem *types.Type) types.Name {
	if directComparable(nonPointer(nativeType(elem))) {
		return types.Name{Package: validatePkg, Name: "DirectEqual"}
	}
	return types.Name{Package: validatePkg, Name: "SemanticDeepEqual"}
}

// matchArgs are the match and equivalence arguments of EachValSliceVal
// for a list with metadata lm (nil: neither).
func matchArgs(lm *listMeta, elem *types.Type) (match, equiv any) {
	match, equiv = literal("nil"), literal("nil")
	if lm == nil {
		return
	}
	switch lm.semantic {
	case "map":
		match, equiv = lm.matchFunc(elem), equalFn(elem)
	case "set":
		match = equalFn(elem)
	}
	return
}

// uniqueness is the list's uniqueness call (or customUnique's comment),
// made once per list, upstream's getListValidations.
func uniqueness(ctx tagContext) (vals, error) {
	lm := ctx.list
	if lm == nil || lm.generated {
		return vals{}, nil
	}
	if ctx.scope == markers.Field && typeListMeta(ctx.t) != nil {
		return vals{}, fmt.Errorf("found list metadata for both a field and its type")
	}
	lm.generated = true
	if err := lm.check(); err != nil {
		return vals{}, err
	}
	if lm.customUnique {
		return vals{comments: []string{"Uniqueness validation is implemented via custom, handwritten validation"}}, nil
	}
	nt := nativeType(ctx.t)
	name := "ValSliceUnique"
	if nt.Elem.Kind == types.Pointer {
		name = "PtrSliceUnique"
	}
	var c call
	switch lm.semantic {
	case "set":
		c = fn(markers.VListType.Name, 0, name, equalFn(nt.Elem))
		c.comments = []string{"lists with set semantics require unique values"}
	case "map":
		c = fn(markers.VListType.Name, 0, name, lm.matchFunc(nt.Elem))
		c.comments = []string{"lists with map semantics require unique keys"}
	default:
		return vals{}, nil
	}
	return vals{late: []call{c}}, nil
}

// typeListMeta is the list metadata of a named list type's own tags (nil
// for other types, or when its tags are wrong: that is reported where
// the type is read).
func typeListMeta(t *types.Type) *listMeta {
	if t == nil || t.Kind != types.Alias {
		return nil
	}
	tgs, err := markers.ValidationTagsOf(markers.Source{Lines: t.CommentLines})
	if err != nil {
		return nil
	}
	lm, _ := collectListMeta(t, tgs)
	return lm
}

// placeListMeta is the list metadata eachVal and item use for a place:
// its own, else its type's.
func placeListMeta(ctx tagContext) *listMeta {
	if ctx.list != nil {
		return ctx.list
	}
	return typeListMeta(ctx.t)
}

// memberByJSON is the member of struct t with JSON name name.
func memberByJSON(t *types.Type, name string) *types.Member {
	for i := range t.Members {
		if jt, ok := tags.LookupJSON(t.Members[i]); ok && jt.Name == name {
			return &t.Members[i]
		}
	}
	return nil
}

// criterion is one key=value argument of +k8s:item.
type criterion struct {
	key   string
	value any
}

// item applies its payload tag to the list-map item with the given key
// values: validate.ValSliceItem (PtrSliceItem) with a match function, in
// the cohort named by the selector, upstream's itemTagValidator.
func item(ctx tagContext, tag codetags.Tag) (vals, error) {
	nt := nonPointer(nativeType(ctx.t))
	if nt.Kind != types.Slice {
		return vals{}, fmt.Errorf("can only be used on list types")
	}
	elemT := nonPointer(nativeType(nt.Elem))
	name := "ValSliceItem"
	if nt.Elem.Kind == types.Pointer {
		name = "PtrSliceItem"
	}
	if elemT.Kind != types.Struct {
		return vals{}, fmt.Errorf("can only be used on lists of structs")
	}
	if tag.ValueType != codetags.ValueTypeTag || tag.ValueTag == nil {
		return vals{}, fmt.Errorf("requires a validation tag as its value payload")
	}
	var criteria []criterion
	seen := map[string]bool{}
	for _, a := range tag.Args {
		if a.Name == "" {
			return vals{}, fmt.Errorf("all arguments must be named")
		}
		if seen[a.Name] {
			return vals{}, fmt.Errorf("duplicate argument: %q", a.Name)
		}
		seen[a.Name] = true
		var v any
		switch a.Type {
		case codetags.ArgTypeString:
			v = a.Value
		case codetags.ArgTypeInt:
			n, err := strconv.ParseInt(a.Value, 0, 0)
			if err != nil {
				return vals{}, fmt.Errorf("invalid value for argument %q: invalid integer: %w", a.Name, err)
			}
			v = int(n)
		case codetags.ArgTypeBool:
			b, err := strconv.ParseBool(a.Value)
			if err != nil {
				return vals{}, fmt.Errorf("invalid value for argument %q: invalid boolean: %w", a.Name, err)
			}
			v = b
		default:
			return vals{}, fmt.Errorf("invalid value for argument %q: unsupported argument type: %q", a.Name, a.Type)
		}
		criteria = append(criteria, criterion{key: a.Name, value: v})
	}
	if len(criteria) == 0 {
		return vals{}, fmt.Errorf("no selection criteria was specified")
	}
	var pairs []string
	for _, c := range criteria {
		switch v := c.value.(type) {
		case string:
			pairs = append(pairs, fmt.Sprintf("%q: %q", c.key, v))
		default:
			pairs = append(pairs, fmt.Sprintf("%q: %v", c.key, v))
		}
	}
	cohort := "{" + strings.Join(pairs, ", ") + "}"

	inner := *tag.ValueTag
	vt, ok := markers.LookupValidation(inner.Name)
	if !ok {
		return vals{}, fmt.Errorf("unknown validation tag %q", inner.Name)
	}
	if !slices.Contains(vt.Contexts, "list values") {
		return vals{}, fmt.Errorf("tag %q cannot be specified on list values", inner.Name)
	}
	v, err := tagValidation(tagContext{scope: ctx.scope, t: elemT, nested: "list values", path: ctx.path + cohort, seen: ctx.seen, w: ctx.w,
		placePath: ctx.placePath + "[" + cohort + "]", parentPath: ctx.placePath, parentType: ctx.t, unions: ctx.unions, selector: criteria}, inner)
	if err != nil {
		return vals{}, fmt.Errorf("tag %q: %w", inner.Name, err)
	}
	out := vals{comments: v.comments}
	calls := v.deferred(0)
	if len(calls) == 0 {
		return out, nil
	}
	var wrapped []call
	for _, c := range calls {
		// a union member's placeholder is the list's, not the item's
		if parentBound(c) {
			out.late = append(out.late, unbind(c))
			continue
		}
		wrapped = append(wrapped, c)
	}
	if len(wrapped) == 0 {
		return out, nil
	}
	match, equiv, err := itemArgs(placeListMeta(ctx), criteria, elemT)
	if err != nil {
		return vals{}, err
	}
	for _, c := range wrapped {
		w := fn(markers.VItem.Name, c.flags, name, match, equiv, wrapper{call: c, objType: elemT})
		w.cohort = cohort
		w.round = c.round
		out.late = append(out.late, w)
	}
	return out, nil
}

// itemArgs are +k8s:item's match function (the criteria in listMapKey
// order) and equivalence function.
func itemArgs(lm *listMeta, criteria []criterion, elemT *types.Type) (funcLit, types.Name, error) {
	if lm == nil || lm.semantic != "map" || len(lm.keys) == 0 {
		return funcLit{}, types.Name{}, fmt.Errorf("found items with no list metadata - item tags require listType=map or unique=map with listMapKey")
	}
	if len(criteria) != len(lm.keyNames) {
		return funcLit{}, types.Name{}, fmt.Errorf("number of arguments (%d) does not match number of listMapKey fields (%d)", len(criteria), len(lm.keyNames))
	}
	var conds, missing []string
	for _, k := range lm.keyNames {
		i := slices.IndexFunc(criteria, func(c criterion) bool { return c.key == k })
		if i < 0 {
			missing = append(missing, k)
			continue
		}
		m := memberByJSON(elemT, k)
		if m == nil {
			return funcLit{}, types.Name{}, fmt.Errorf("no field with JSON name %q", k)
		}
		rhs, err := comparisonRHS(m, criteria[i].value)
		if err != nil {
			return funcLit{}, types.Name{}, err
		}
		if m.Type.Kind == types.Pointer {
			conds = append(conds, fmt.Sprintf("item.%s != nil && *item.%s == %s", m.Name, m.Name, rhs))
		} else {
			conds = append(conds, fmt.Sprintf("item.%s == %s", m.Name, rhs))
		}
	}
	if len(missing) > 0 {
		return funcLit{}, types.Name{}, fmt.Errorf("missing required listMapKey fields: %v", missing)
	}
	match := funcLit{
		params:  []param{{"item", types.PointerTo(elemT)}},
		results: []*types.Type{types.Bool},
		body:    "return " + strings.Join(conds, " && "),
	}
	return match, equalFn(elemT), nil
}

func comparisonRHS(m *types.Member, value any) (string, error) {
	t := nonPointer(nativeType(m.Type))
	switch {
	case t == types.String:
		s, ok := value.(string)
		if !ok {
			return "", fmt.Errorf("type mismatch, field is string but value is not: %v", value)
		}
		return fmt.Sprintf("%q", s), nil
	case t == types.Bool:
		b, ok := value.(bool)
		if !ok {
			return "", fmt.Errorf("type mismatch, field is bool but value is not: %v", value)
		}
		return fmt.Sprintf("%t", b), nil
	case types.IsInteger(t):
		n, ok := value.(int)
		if !ok {
			return "", fmt.Errorf("type mismatch, field is int but value is not: %v", value)
		}
		return fmt.Sprintf("%d", n), nil
	}
	return "", fmt.Errorf("unsupported type %s for field %s", t.String(), m.Name)
}
