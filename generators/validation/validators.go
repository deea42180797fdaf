package validation

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// validatePkg holds the validation functions generated code calls.
const validatePkg = "k8s.io/apimachinery/pkg/api/validate"

// fnFlags are a call's flags, as upstream's FunctionFlags.
type fnFlags uint8

const (
	// shortCircuit calls run first; an error stops the field's other calls.
	shortCircuit fnFlags = 1 << iota
	// nonError calls report no error themselves (optional: only stop).
	nonError
)

// call is one generated call of a validation function, upstream's
// FunctionGen: validate.<Fn>(ctx, op, fldPath, obj, oldObj, args...).
type call struct {
	tag      string
	flags    fnFlags
	fn       types.Name
	args     []any
	typeArgs []types.Name
	cohort   string
	comments []string
	// level is "Alpha" or "Beta" under +k8s:alpha or +k8s:beta: the
	// call's errors are marked so (MarkAlpha, MarkBeta).
	level string
	// round orders deferred calls (vals.late): upstream resolves its
	// deferred validations in rounds, and a deferred one may defer
	// further (a subfield's list uniqueness); round 0 is the first.
	round int
	// union is set on a union member's placeholder (see unionRef).
	union *unionRef
	// toParent: the call belongs to the struct holding the field it
	// was written on (+k8s:dependentRequired).
	toParent bool
	// mode is set on an +k8s:ifMode placeholder.
	mode *modeRef
}

// vals are the validations of one place (a type, a field), upstream's
// Validations. late are upstream's deferred validations (+k8s:eachVal):
// they follow the others once every tag of the place is read.
type vals struct {
	calls    []call
	late     []call
	comments []string
	// vars are package variables (union memberships) the calls use.
	vars []variable
	// opaque (+k8s:opaqueType) stops validation at the type;
	// opaqueKey and opaqueVal (+k8s:eachKey/eachVal=+k8s:opaqueType) at
	// a map's keys or a list's or map's values.
	opaque, opaqueKey, opaqueVal bool
}

func (v *vals) add(o vals) {
	v.calls = append(v.calls, o.calls...)
	v.late = append(v.late, o.late...)
	v.comments = append(v.comments, o.comments...)
	v.vars = append(v.vars, o.vars...)
	v.opaque = v.opaque || o.opaque
	v.opaqueKey = v.opaqueKey || o.opaqueKey
	v.opaqueVal = v.opaqueVal || o.opaqueVal
}

// settle appends the late calls, round after round, as upstream
// resolves deferred ones.
func (v *vals) settle() {
	slices.SortStableFunc(v.late, func(a, b call) int { return a.round - b.round })
	v.calls = append(v.calls, v.late...)
	v.late = nil
}

// deferred returns v's calls as late ones of the place that applies v
// through another tag: v's immediate calls in the first round, its late
// ones deeper by extra rounds.
func (v vals) deferred(extra int) []call {
	var out []call
	for _, c := range v.calls {
		c.round = 0
		out = append(out, c)
	}
	for _, c := range v.late {
		c.round += extra
		out = append(out, c)
	}
	return out
}

// literal is a Go expression written as is (nil).
type literal string

// wrapper is a call passed as an argument: the bare function when it
// takes no arguments of its own, else a closure over objType.
type wrapper struct {
	call    call
	objType *types.Type
	// frag is the field-path step the wrapping call adds before calling
	// call ("[*]" for each value, ".<name>" for a subfield), upstream's
	// WrapperFunction.PathFragment; only the coverage rules read it.
	frag string
}

func (v vals) emitable() bool { return len(v.calls) > 0 || len(v.late) > 0 || len(v.comments) > 0 }
func (v vals) empty() bool {
	return !v.emitable() && !v.opaque && !v.opaqueKey && !v.opaqueVal
}

// tagContext is where a tag is applied: a type or a field of type t, or
// (nested, through +k8s:eachVal or +k8s:eachKey) its values or keys.
type tagContext struct {
	scope  markers.Scope // markers.Type or markers.Field
	t      *types.Type
	member *types.Member
	// nested is upstream's scope name of a tag applied through another
	// ("list values", "map values", "map keys"); "" when written directly.
	nested string
	// list is the place's list metadata (+k8s:listType and co.), nil
	// when it has none.
	list *listMeta
	// opaque: the place is +k8s:opaqueType (its subfields' own
	// validations are not run).
	opaque bool
	// path names the place below the one whose tags are read (".sub",
	// "(vals)", an item selector); seen holds the subfield paths whose
	// own short-circuit validations are already taken.
	path string
	seen map[string]bool
	// placePath is the place's field path (a type's name, then JSON
	// names and item selectors); parentPath and parentType are those of
	// the struct or list holding it (where union members meet).
	placePath, parentPath string
	parentType            *types.Type
	// w is the run's world (nil in unit tests).
	w *world
	// modes gathers +k8s:ifMode rules until the struct is read.
	modes modeStructs
	// unions gathers union members until their place is read.
	unions unionRegistry
	// selector is the item's criteria inside +k8s:item.
	selector []criterion
	// update is the place's +k8s:update constraints; parentList is the
	// list metadata of the list whose values are read (+k8s:eachVal).
	update     *updateMeta
	parentList *listMeta
	// subLists is the list metadata given to subfields by
	// +k8s:subfield(name)=+k8s:listType=… tags of the place, by name.
	subLists map[string]*listMeta
}

// unsupported is the error for a tag kodegen's validation-gen does not
// generate yet: refused, never silently dropped.
type unsupported struct{ tag string }

func (u unsupported) Error() string {
	return fmt.Sprintf("+%s: not supported yet by kodegen's validation-gen; run upstream's k8s.io/code-generator/cmd/validation-gen@v0.37.2 for this package", u.tag)
}

// tagError is a tag's error, naming the tag so that it can be located.
type tagError struct {
	tag string
	err error
}

func (e tagError) Error() string { return "+" + e.tag + ": " + e.err.Error() }

// at locates err at its tag's line in src's comments.
func at(src markers.Source, err error) error {
	var te tagError
	if errors.As(err, &te) {
		return markers.Errorf(src.Sym, te.tag, "", "%v", err)
	}
	return markers.Errorf(src.Sym, "", "", "%v", err)
}

// tagVals turns the (sorted) tags of one place into validations, as
// upstream's validators do.
func tagVals(ctx tagContext, tags []codetags.Tag) (vals, error) {
	var out vals
	lm, err := collectListMeta(ctx.t, tags)
	if err != nil {
		return vals{}, err
	}
	ctx.list = lm
	ctx.update = collectUpdateMeta(tags)
	if ctx.subLists, err = collectSubfieldListMeta(ctx.t, tags); err != nil {
		return vals{}, err
	}
	if ctx.seen == nil {
		ctx.seen = map[string]bool{}
	}
	if ctx.unions == nil {
		ctx.unions = unionRegistry{}
	}
	if ctx.modes == nil {
		ctx.modes = modeStructs{}
	}
	ctx.opaque = ctx.opaque || ctx.scope == markers.Field && ctx.nested == "" && hasTag(tags, markers.VOpaqueType.Name)
	for _, t := range tags {
		v, err := tagValidation(ctx, t)
		if err != nil {
			return vals{}, tagError{tag: t.Name, err: err}
		}
		out.add(v)
	}
	var err2 error
	if out.calls, err2 = ctx.unions.resolveHere(out.calls, &out.vars); err2 == nil {
		out.late, err2 = ctx.unions.resolveHere(out.late, &out.vars)
	}
	if err2 != nil {
		return vals{}, err2
	}
	return out, nil
}

func fn(tag string, flags fnFlags, name string, args ...any) call {
	return call{tag: tag, flags: flags, fn: types.Name{Package: validatePkg, Name: name}, args: args}
}

func one(c call) vals { return vals{calls: []call{c}} }

func tagValidation(ctx tagContext, tag codetags.Tag) (vals, error) {
	native := nativeType(ctx.t)
	leaf := nonPointer(native)
	switch tag.Name {
	case markers.VRequired.Name:
		return required(tag.Name, native)
	case markers.VOptional.Name:
		return optional(ctx, native)
	case markers.VForbidden.Name:
		return forbidden(native)
	case markers.VMinimum.Name, markers.VMaximum.Name:
		if !types.IsInteger(leaf) {
			return vals{}, fmt.Errorf("can only be used on integer types (%s)", rootTypeString(ctx.t, leaf))
		}
		bits := intBitSize(leaf)
		name := "Minimum"
		if tag.Name == markers.VMaximum.Name {
			name = "Maximum"
		}
		if strings.HasPrefix(leaf.Name.Name, "uint") {
			u, err := strconv.ParseUint(tag.Value, 10, bits)
			if err != nil || strconv.FormatUint(u, 10) != tag.Value {
				return vals{}, fmt.Errorf("failed to parse tag payload: %q is not a valid %d-bit unsigned integer", tag.Value, bits)
			}
			return one(fn(tag.Name, 0, name, u)), nil
		}
		i, err := strconv.ParseInt(tag.Value, 10, bits)
		if err != nil || strconv.FormatInt(i, 10) != tag.Value {
			return vals{}, fmt.Errorf("failed to parse tag payload: %q is not a valid %d-bit integer", tag.Value, bits)
		}
		return one(fn(tag.Name, 0, name, i)), nil
	case markers.VMinLength.Name, markers.VMaxLength.Name, markers.VMaxBytes.Name:
		if leaf != types.String {
			return vals{}, fmt.Errorf("can only be used on string types (%s)", rootTypeString(ctx.t, leaf))
		}
		n, err := parseInt(tag.Value)
		if err != nil {
			return vals{}, err
		}
		switch tag.Name {
		case markers.VMinLength.Name:
			if n > 0 {
				return one(fn(tag.Name, 0, "MinLength", n)), nil
			}
			return vals{}, nil
		case markers.VMaxLength.Name:
			if n < 0 {
				return vals{}, fmt.Errorf("must be greater than or equal to zero")
			}
			return one(fn(tag.Name, 0, "MaxLength", n)), nil
		default:
			if n < 0 {
				return vals{}, fmt.Errorf("must be greater than or equal to zero")
			}
			return one(fn(tag.Name, 0, "MaxBytes", n)), nil
		}
	case markers.VMinItems.Name, markers.VMaxItems.Name:
		if native.Kind != types.Slice && native.Kind != types.Array {
			return vals{}, fmt.Errorf("can only be used on list types (%s)", rootTypeString(ctx.t, native))
		}
		n, err := parseInt(tag.Value)
		if err != nil {
			return vals{}, err
		}
		if n < 0 {
			return vals{}, fmt.Errorf("must be greater than or equal to zero")
		}
		if tag.Name == markers.VMinItems.Name {
			return one(fn(tag.Name, 0, "MinItems", n)), nil
		}
		return one(fn(tag.Name, shortCircuit, "MaxItems", n)), nil
	case markers.VMinProperties.Name, markers.VMaxProperties.Name:
		if native.Kind != types.Map {
			return vals{}, fmt.Errorf("can only be used on map types (%s)", rootTypeString(ctx.t, native))
		}
		if k := nativeType(native.Key); k.Kind != types.Builtin || k.Name.Name != "string" {
			return vals{}, fmt.Errorf("can only be used on map types with string-based keys (%s)", rootTypeString(ctx.t, native))
		}
		n, err := parseInt(tag.Value)
		if err != nil {
			return vals{}, err
		}
		if n < 0 {
			return vals{}, fmt.Errorf("must be greater than or equal to zero")
		}
		if n > 100000 {
			return vals{}, fmt.Errorf("must be less than or equal to 100000")
		}
		if tag.Name == markers.VMinProperties.Name {
			return one(fn(tag.Name, 0, "MinProperties", n)), nil
		}
		return one(fn(tag.Name, shortCircuit, "MaxProperties", n)), nil
	case markers.VFormat.Name:
		if leaf != types.String {
			return vals{}, fmt.Errorf("can only be used on string types (%s)", rootTypeString(ctx.t, leaf))
		}
		name, ok := formats[tag.Value]
		if !ok {
			return vals{}, fmt.Errorf("unsupported validation format %q", tag.Value)
		}
		return one(fn(tag.Name, 0, name)), nil
	case markers.VValidateTrue.Name, markers.VValidateFalse.Name, markers.VValidateTrueAlpha.Name, markers.VValidateTrueBeta.Name:
		return fixedResult(tag)
	case markers.VValidateError.Name:
		return vals{}, fmt.Errorf("forced error: %q", tag.Value)
	case markers.VNeq.Name:
		return neq(ctx, tag)
	case markers.VOpaqueType.Name:
		return vals{opaque: true}, nil
	case markers.VImmutable.Name:
		return one(fn(tag.Name, shortCircuit, "Immutable")), nil
	case markers.VAlpha.Name, markers.VBeta.Name:
		return level(ctx, tag)
	case markers.VIfEnabled.Name, markers.VIfDisabled.Name:
		return ifOption(ctx, tag)
	case markers.VEachVal.Name:
		return eachVal(ctx, tag)
	case markers.VEachKey.Name:
		return eachKey(ctx, tag)
	case markers.VListType.Name, markers.VUnique.Name:
		return uniqueness(ctx)
	case markers.VSubfield.Name:
		return subfield(ctx, tag)
	case markers.VItem.Name:
		return item(ctx, tag)
	case markers.VUpdate.Name:
		return update(ctx, tag)
	case markers.VCustomValidation.Name:
		return customValidation(ctx)
	case markers.VEnum.Name:
		return enum(ctx)
	case markers.VModeDiscriminator.Name:
		return modeDiscriminator(ctx, tag)
	case markers.VIfMode.Name:
		return ifMode(ctx, tag)
	case markers.VMonotonic.Name:
		if t := nonPointer(nativeType(ctx.t)); !types.IsInteger(t) {
			return vals{}, fmt.Errorf("must be an integer type (got %s)", rootTypeString(ctx.t, t))
		}
		return one(fn(tag.Name, 0, "Monotonic")), nil
	case markers.VDependentRequired.Name, markers.VDependentForbidden.Name:
		return dependent(ctx, tag)
	case markers.VEnumExclude.Name:
		return vals{}, nil
	case markers.VUnionDiscriminator.Name:
		return unionDiscriminator(ctx, tag)
	case markers.VUnionMember.Name:
		return unionMemberTag(ctx, tag, kindUnion)
	case markers.VZeroOrOneOfMember.Name:
		return unionMemberTag(ctx, tag, kindZeroOrOneOf)
	case markers.VListMapKey.Name, markers.VCustomUnique.Name:
		return vals{}, nil
	}
	return vals{}, unsupported{tag.Name}
}

// formats maps +k8s:format's payloads to their validation functions
// (k8s-ip is documented upstream but generates nothing there either).
var formats = map[string]string{
	"k8s-extended-resource-name":        "ExtendedResourceName",
	"k8s-label-key":                     "LabelKey",
	"k8s-label-value":                   "LabelValue",
	"k8s-long-name":                     "LongName",
	"k8s-long-name-caseless":            "LongNameCaseless",
	"k8s-path-segment-name":             "PathSegmentName",
	"k8s-prefixed-label-key":            "PrefixedLabelKey",
	"k8s-resource-fully-qualified-name": "ResourceFullyQualifiedName",
	"k8s-resource-pool-name":            "ResourcePoolName",
	"k8s-short-name":                    "ShortName",
	"k8s-uuid":                          "UUID",
}

// byKind picks the Value, Pointer, Slice or Map variant of a function.
func byKind(native *types.Type, base string) string {
	switch native.Kind {
	case types.Slice:
		return base + "Slice"
	case types.Map:
		return base + "Map"
	case types.Pointer:
		return base + "Pointer"
	}
	return base + "Value"
}

// nestedVals applies the tag in tag's payload to the values or keys
// (elemType) of ctx's type.
func nestedVals(ctx tagContext, tag codetags.Tag, elemType *types.Type, scope string) (vals, error) {
	if tag.ValueTag == nil {
		return vals{}, fmt.Errorf("missing validation tag")
	}
	inner := *tag.ValueTag
	vt, ok := markers.LookupValidation(inner.Name)
	if !ok {
		return vals{}, fmt.Errorf("unknown validation tag %q", inner.Name)
	}
	if !slices.Contains(vt.Contexts, scope) {
		return vals{}, fmt.Errorf("tag %q cannot be specified on %s", inner.Name, scope)
	}
	v, err := tagValidation(tagContext{scope: ctx.scope, t: elemType, nested: scope, path: ctx.path + "(" + scope + ")", seen: ctx.seen, w: ctx.w, parentPath: ctx.placePath, parentType: ctx.t, parentList: placeListMeta(ctx)}, inner)
	if err != nil {
		return vals{}, fmt.Errorf("tag %q: %w", inner.Name, err)
	}
	if len(v.calls) == 0 && len(v.late) == 0 && len(v.comments) == 0 && !v.opaque {
		return vals{}, fmt.Errorf("no validation functions found")
	}
	return v, nil
}

// neq forbids one value of a string, bool or integer.
func neq(ctx tagContext, tag codetags.Tag) (vals, error) {
	t := nonPointer(nativeType(ctx.t))
	if !directComparable(t) {
		return vals{}, fmt.Errorf("can only be used on comparable types (e.g. string, int, bool), but got %s", rootTypeString(ctx.t, t))
	}
	if tag.ValueType == codetags.ValueTypeNone {
		return vals{}, fmt.Errorf("missing required payload")
	}
	var v any
	switch {
	case t == types.String:
		if tag.ValueType != codetags.ValueTypeString {
			return vals{}, fmt.Errorf("type mismatch: field is a string, but payload is of type %s", tag.ValueType)
		}
		v = tag.Value
	case t == types.Bool:
		if tag.ValueType != codetags.ValueTypeBool {
			return vals{}, fmt.Errorf("type mismatch: field is a bool, but payload is of type %s", tag.ValueType)
		}
		switch tag.Value {
		case "true":
			v = true
		case "false":
			v = false
		default:
			return vals{}, fmt.Errorf("invalid bool value for payload: %q", tag.Value)
		}
	case types.IsInteger(t):
		if tag.ValueType != codetags.ValueTypeInt {
			return vals{}, fmt.Errorf("type mismatch: field is an integer, but payload is of type %s", tag.ValueType)
		}
		n, err := strconv.Atoi(tag.Value)
		if err != nil || strconv.Itoa(n) != tag.Value {
			return vals{}, fmt.Errorf("invalid integer value for payload: %q", tag.Value)
		}
		v = n
	default:
		return vals{}, fmt.Errorf("unsupported type for 'neq' tag: %s", t.Name)
	}
	return one(fn(tag.Name, 0, "NEQ", v)), nil
}

// kubeVersion is +k8s:alpha's and +k8s:beta's optional argument.
var kubeVersion = regexp.MustCompile(`^\d+\.\d+$`)

// level applies its payload tag with its errors marked alpha or beta.
func level(ctx tagContext, tag codetags.Tag) (vals, error) {
	if tag.ValueType != codetags.ValueTypeTag || tag.ValueTag == nil {
		return vals{}, fmt.Errorf("requires a validation tag as its value payload")
	}
	if len(tag.Args) > 1 {
		return vals{}, fmt.Errorf("at most one optional kubernetes version argument is supported")
	}
	if len(tag.Args) == 1 && !kubeVersion.MatchString(tag.Args[0].Value) {
		return vals{}, fmt.Errorf("invalid kubernetes version format, expected <major>.<minor>, got %s", tag.Args[0].Value)
	}
	inner, err := tagValidation(ctx, *tag.ValueTag)
	if err != nil {
		return vals{}, err
	}
	lvl := "Alpha"
	if tag.Name == markers.VBeta.Name {
		lvl = "Beta"
	}
	for _, cs := range [][]call{inner.calls, inner.late} {
		for i := range cs {
			cs[i].level = lvl
		}
	}
	return inner, nil
}

// ifOption applies its payload tag only when an option is enabled
// (+k8s:ifEnabled) or disabled (+k8s:ifDisabled): validate.IfOption
// wraps each of its calls.
func ifOption(ctx tagContext, tag codetags.Tag) (vals, error) {
	opt, ok := tag.PositionalArg()
	if !ok {
		return vals{}, fmt.Errorf("missing required option name positional argument")
	}
	if tag.ValueTag == nil {
		return vals{}, fmt.Errorf("missing validation tag")
	}
	inner, err := tagValidation(ctx, *tag.ValueTag)
	if err != nil {
		return vals{}, err
	}
	enabled := tag.Name == markers.VIfEnabled.Name
	wrap := func(calls []call) []call {
		var out []call
		for _, c := range calls {
			objType := ctx.t
			if parentBound(c) {
				objType = ctx.parentType
			}
			w := fn(tag.Name, c.flags, "IfOption", opt.Value, enabled, wrapper{call: c, objType: objType})
			w.round = c.round
			out = append(out, w)
		}
		return out
	}
	return vals{calls: wrap(inner.calls), late: wrap(inner.late), comments: inner.comments, vars: inner.vars,
		opaque: inner.opaque, opaqueKey: inner.opaqueKey, opaqueVal: inner.opaqueVal}, nil
}

// eachVal applies its payload tag to every value of a list or map.
func eachVal(ctx tagContext, tag codetags.Tag) (vals, error) {
	nt := nativeType(ctx.t)
	scope := "map values"
	switch nt.Kind {
	case types.Slice, types.Array:
		scope = "list values"
	case types.Map:
	default:
		return vals{}, fmt.Errorf("can only be used on list or map types (%s)", nt.Kind)
	}
	v, err := nestedVals(ctx, tag, nt.Elem, scope)
	if err != nil {
		return vals{}, err
	}
	return vals{comments: v.comments, late: eachValCalls(ctx.t, placeListMeta(ctx), v.deferred(0)), opaqueVal: v.opaque}, nil
}

// eachValCalls wraps calls for every value of the list or map t
// with list metadata lm (upstream's ForEachVal).
func eachValCalls(t *types.Type, lm *listMeta, calls []call) []call {
	nt := nativeType(t)
	var out []call
	for _, c := range calls {
		comments := c.comments
		c.comments = nil
		var w call
		if nt.Kind == types.Map {
			equiv := types.Name{Package: validatePkg, Name: "SemanticDeepEqual"}
			if directComparable(nonPointer(nativeType(nt.Elem))) {
				equiv = types.Name{Package: validatePkg, Name: "DirectEqual"}
			}
			w = fn(markers.VEachVal.Name, c.flags, "EachMapVal", equiv, wrapper{call: c, objType: nt.Elem, frag: "[*]"})
		} else {
			name := "EachValSliceVal"
			if nt.Elem.Kind == types.Pointer {
				name = "EachPtrSliceVal"
			}
			match, equiv := matchArgs(lm, nt.Elem)
			w = fn(markers.VEachVal.Name, c.flags, name, match, equiv, wrapper{call: c, objType: nt.Elem, frag: "[*]"})
		}
		w.comments = comments
		w.round = c.round
		out = append(out, w)
	}
	return out
}

// eachKey applies its payload tag to every key of a map.
func eachKey(ctx tagContext, tag codetags.Tag) (vals, error) {
	nt := nativeType(ctx.t)
	if nt.Kind != types.Map {
		return vals{}, fmt.Errorf("can only be used on map types (%s)", nt.Kind)
	}
	v, err := nestedVals(ctx, tag, nt.Key, "map keys")
	if err != nil {
		return vals{}, err
	}
	late := v.deferred(0)[len(v.calls):]
	return vals{comments: v.comments, calls: eachKeyCalls(ctx.t, v.calls), late: eachKeyCalls(ctx.t, late), opaqueKey: v.opaque}, nil
}

func eachKeyCalls(t *types.Type, calls []call) []call {
	nt := nativeType(t)
	var out []call
	for _, c := range calls {
		comments := c.comments
		c.comments = nil
		w := fn(markers.VEachKey.Name, c.flags, "EachMapKey", wrapper{call: c, objType: nt.Key})
		w.comments = comments
		w.round = c.round
		out = append(out, w)
	}
	return out
}

// iterateCall is the call of a type's own Validate_ function on every
// value (or key) of a list or map, upstream's iterate* functions.
func iterateCall(kind string, fnName types.Name) call {
	c := call{tag: kind, fn: fnName}
	switch kind {
	case "iterateListValues":
		c.comments = []string{"iterate the list and call the type's validation function"}
	case "iterateMapKeys":
		c.comments = []string{"iterate the map and call the key type's validation function"}
	default:
		c.comments = []string{"iterate the map and call the value type's validation function"}
	}
	return c
}

func required(tag string, native *types.Type) (vals, error) {
	if native.Kind == types.Struct {
		return vals{}, fmt.Errorf("non-pointer structs cannot use the %q tag", markers.VRequired.Name)
	}
	return one(fn(tag, shortCircuit, byKind(native, "Required"))), nil
}

func optional(ctx tagContext, native *types.Type) (vals, error) {
	hasDefault, zero, err := zeroDefault(ctx)
	if err != nil {
		return vals{}, err
	}
	if hasDefault {
		if !isNilable(ctx.t) && zero {
			return vals{comments: []string{"optional value-type fields with zero-value defaults are purely documentation"}}, nil
		}
		v, err := required(markers.VRequired.Name, native)
		if err != nil {
			return vals{}, err
		}
		for i := range v.calls {
			v.calls[i].comments = append(v.calls[i].comments, "optional fields with default values are effectively required")
		}
		return v, nil
	}
	if native.Kind == types.Struct {
		return vals{}, fmt.Errorf("non-pointer structs cannot use the %q tag", markers.VOptional.Name)
	}
	return one(fn(markers.VOptional.Name, shortCircuit|nonError, byKind(native, "Optional"))), nil
}

func forbidden(native *types.Type) (vals, error) {
	if native.Kind == types.Struct {
		return vals{}, fmt.Errorf("non-pointer structs cannot use the %q tag", markers.VForbidden.Name)
	}
	tag := markers.VForbidden.Name
	return vals{calls: []call{
		fn(tag, shortCircuit, byKind(native, "Forbidden")),
		fn(tag, shortCircuit|nonError, byKind(native, "Optional")),
	}}, nil
}

// zeroDefault reports whether the field has a +default, and whether that
// default is its type's zero value.
func zeroDefault(ctx tagContext) (has, zero bool, err error) {
	if ctx.member == nil {
		return false, false, nil
	}
	tags, err := markers.Default.Tags(markers.Source{Lines: ctx.member.CommentLines})
	if err != nil || len(tags) == 0 {
		return false, false, err
	}
	if len(tags) > 1 {
		return false, false, fmt.Errorf("+default tag with multiple values")
	}
	var v any
	if err := json.Unmarshal([]byte(tags[0].Value), &v); err != nil {
		return false, false, fmt.Errorf("failed to parse default value %q: %w", tags[0].Value, err)
	}
	if v == nil {
		return false, false, fmt.Errorf("failed to parse default value %q: unmarshalled to nil", tags[0].Value)
	}
	if isNilable(ctx.t) {
		return true, false, nil
	}
	t := nonPointer(nativeType(ctx.t))
	z, ok := zeroValues[t.String()]
	if !ok {
		return false, false, fmt.Errorf("unknown zero-value for type %s", t.String())
	}
	return true, reflect.DeepEqual(v, z), nil
}

// zeroValues are the JSON zero values of the builtin types.
var zeroValues = map[string]any{
	"uint": 0., "uint8": 0., "uint16": 0., "uint32": 0., "uint64": 0.,
	"int": 0., "int8": 0., "int16": 0., "int32": 0., "int64": 0.,
	"byte": 0., "float64": 0., "float32": 0., "bool": false, "time.Time": "",
	"string": "", "integer": 0., "number": 0., "boolean": false, "[]byte": "",
	"interface{}": any(nil), "any": any(nil),
}

// fixedResult is +k8s:validateTrue/False: validate.FixedResult with the
// payload as its message.
func fixedResult(tag codetags.Tag) (vals, error) {
	c := fn(tag.Name, 0, "FixedResult", tag.Name != markers.VValidateFalse.Name, "")
	for _, a := range tag.Args {
		switch a.Name {
		case "flags":
			for _, fl := range strings.Split(a.Value, ",") {
				switch strings.TrimSpace(fl) {
				case "ShortCircuit":
					c.flags |= shortCircuit
				case "NonError":
					c.flags |= nonError
				default:
					return vals{}, fmt.Errorf("can't decode tag payload: unknown flag: %q", strings.TrimSpace(fl))
				}
			}
		case "typeArg":
			if tn := a.Value; tn != "" {
				if !strings.HasPrefix(tn, "*") {
					tn = "*" + tn
				}
				c.typeArgs = []types.Name{{Name: tn}}
			}
		case "cohort":
			c.cohort = a.Value
		}
	}
	if tag.ValueType == codetags.ValueTypeString {
		c.args[1] = tag.Value
	}
	return one(c), nil
}

func parseInt(v string) (int, error) {
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("failed to parse tag payload as int: parsing %q as int: %w", v, err)
	}
	if strconv.Itoa(n) != v {
		return 0, fmt.Errorf("failed to parse tag payload as int: %q is not a valid int value", v)
	}
	return n, nil
}

func intBitSize(t *types.Type) int {
	switch t.Name.Name {
	case "int8", "uint8", "byte":
		return 8
	case "int16", "uint16":
		return 16
	case "int32", "uint32", "rune":
		return 32
	}
	return 64
}

func rootTypeString(src, dst *types.Type) string {
	if src == dst {
		return src.String()
	}
	return src.String() + " -> " + dst.String()
}

// nativeType removes typedefs, keeping pointers (upstream's util.NativeType).
func nativeType(t *types.Type) *types.Type {
	ptrs := 0
	for {
		switch t.Kind {
		case types.Alias:
			t = t.Underlying
			continue
		case types.Pointer:
			ptrs++
			t = t.Elem
			continue
		}
		break
	}
	for range ptrs {
		t = types.PointerTo(t)
	}
	return t
}

func nonPointer(t *types.Type) *types.Type {
	for t.Kind == types.Pointer {
		t = t.Elem
	}
	return t
}

func isNilable(t *types.Type) bool {
	switch nativeType(t).Kind {
	case types.Pointer, types.Map, types.Slice, types.Interface:
		return true
	}
	return false
}

func directComparable(t *types.Type) bool {
	switch t.Kind {
	case types.Builtin:
		return true
	case types.Struct:
		for _, m := range t.Members {
			if !directComparable(m.Type) {
				return false
			}
		}
		return true
	case types.Array:
		return directComparable(t.Elem)
	case types.Alias:
		return directComparable(t.Underlying)
	}
	return false
}
