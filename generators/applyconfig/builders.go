package applyconfig

import (
	"fmt"
	"slices"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/snippet"
	"github.com/kodegen/kodegen/internal/kversion"
)

// builders writes the With<Field> builders and Get<Field> getters of one
// apply configuration, descending into embedded structs.
type builders struct {
	sw     *snippet.Writer
	ac     *types.Type
	refs   refGraph
	seen   map[string]bool // field names that already have a With builder
	err    error
	json   jsonRules
	target kversion.Version
}

// field is one JSON-serialized field as the builders see it.
type field struct {
	member     types.Member
	typ        *types.Type // its type in the apply configuration
	tag        jsonTag
	embeddedIn *field // the embedded struct field that holds it, if any
}

// builderArgs are the arguments of the builder templates.
type builderArgs struct {
	AC    *types.Type // the receiver
	Name  string      // the field's name
	Type  *types.Type // the type of the value, entries or result
	Arg   *types.Type // the type of one variadic value
	Field string      // the Go expression of the field, e.g. b.ObjectMetaApplyConfiguration.Name
	Value string      // what is assigned: value or &value
	Deref string      // "*" when the field points to its slice
}

// fields returns the fields of t that apply configurations carry.
func (b *builders) fields(t *types.Type, embeddedIn *field) []*field {
	var out []*field
	for _, m := range t.Members {
		if hidden(t, m) {
			continue
		}
		tag, ok := fieldJSONAt(m, b.json)
		if !ok {
			continue
		}
		typ := b.refs.fieldType(m.Type)
		if b.refs.isApplyConfig(m.Type) {
			typ = pointerTo(typ)
		}
		out = append(out, &field{member: m, typ: typ, tag: tag, embeddedIn: embeddedIn})
	}
	return out
}

// expr is the Go expression of f on the receiver b; before v0.32
// (embedPath) without the embedded struct it is promoted from.
func (f *field) expr(target kversion.Version) string {
	s := "b"
	if e := f.embeddedIn; e != nil && embedPath.At(target) {
		switch {
		case e.typ.Name.Name != "":
			s += "." + e.typ.Name.Name
		case e.typ.Elem != nil:
			s += "." + e.typ.Elem.Name.Name
		}
	}
	return s + "." + f.member.Name
}

func (b *builders) args(f *field) builderArgs {
	return builderArgs{AC: b.ac, Name: f.member.Name, Type: f.typ, Field: f.expr(b.target)}
}

// The builders by release: before v0.32 a field promoted from an embedded
// struct was set through the promotion (b.Name, not
// b.ObjectMetaApplyConfiguration.Name), and a field name met twice got
// its With builder twice.
var (
	embedPath  = kversion.From(false, kversion.V0_32, true)
	onceByName = kversion.From(false, kversion.V0_32, true)
)

// withFuncs writes the With builders of t's fields (once per field name),
// and for each embedded struct those of its fields.
func (b *builders) withFuncs(t *types.Type, embeddedIn *field) {
	for _, f := range b.fields(t, embeddedIn) {
		if b.seen[f.member.Name] && onceByName.At(b.target) {
			continue
		}
		b.seen[f.member.Name] = true
		if f.member.Embedded {
			b.withFuncs(f.member.Type, f)
			if !f.tag.inline {
				b.ensureEmbedded(f)
			}
			continue
		}
		switch elem := deref(f.member.Type); {
		case elem.Kind == types.Slice && b.refs.isApplyConfig(elem.Elem):
			b.withSlice(f, pointerTo(f.typ.Elem))
		case f.member.Type.Kind == types.Slice:
			b.withSlice(f, f.typ.Elem)
		case f.member.Type.Kind == types.Map:
			b.withMap(f)
		default:
			b.with(f)
		}
	}
}

// ensureEmbedded writes the function that creates a non-inlined embedded
// apply configuration on first use.
func (b *builders) ensureEmbedded(f *field) {
	if f.typ.Elem == nil {
		b.fail(f, "an embedded field without an inline json tag must be a struct with an apply configuration")
		return
	}
	b.sw.Do(ensureEmbeddedTmpl, b.args(f))
}

// ensureLine writes the call that creates the embedded struct holding f,
// when that struct is not inlined.
func (b *builders) ensureLine(f *field) {
	e := f.embeddedIn
	if e == nil || e.tag.inline {
		return
	}
	if e.typ.Elem == nil {
		b.fail(e, "an embedded field without an inline json tag must be a struct with an apply configuration")
		return
	}
	b.sw.Do(ensureCallTmpl, b.args(e))
}

func (b *builders) with(f *field) {
	a := b.args(f)
	a.Value = "&value"
	if b.refs.isApplyConfig(f.member.Type) || nillable(f.member.Type) {
		a.Value = "value"
	}
	b.sw.Do(withHeadTmpl, a)
	b.ensureLine(f)
	b.sw.Do(assignTmpl, a)
}

func (b *builders) withSlice(f *field, arg *types.Type) {
	a := b.args(f)
	a.Arg = arg
	pointerToSlice := f.member.Type.Kind == types.Pointer
	if pointerToSlice {
		a.Deref = "*"
		b.sw.Do(ensureSliceTmpl, a)
	}
	b.sw.Do(withSliceHeadTmpl, a)
	b.ensureLine(f)
	if pointerToSlice {
		b.sw.Do(ensureSliceCallTmpl, a)
	}
	if arg.Kind == types.Pointer {
		b.sw.Do(appendPointersTmpl, a)
	} else {
		b.sw.Do(appendValuesTmpl, a)
	}
}

func (b *builders) withMap(f *field) {
	a := b.args(f)
	b.sw.Do(withMapHeadTmpl, a)
	b.ensureLine(f)
	b.sw.Do(putEntriesTmpl, a)
}

// getters writes Get<Field> for the fields apply itself reads: Name and
// Namespace of ObjectMeta, Kind and APIVersion of TypeMeta.
func (b *builders) getters(t *types.Type, embeddedIn *field) {
	for _, f := range b.fields(t, embeddedIn) {
		if f.member.Embedded {
			b.getters(f.member.Type, f)
			continue
		}
		if !needsGetter(t, f.member.Name, b.target) {
			continue
		}
		a := b.args(f)
		if !b.refs.isApplyConfig(f.member.Type) && !nillable(f.member.Type) {
			a.Type = pointerTo(a.Type)
		}
		b.sw.Do(getterHeadTmpl, a)
		b.ensureLine(f)
		b.sw.Do(getterBodyTmpl, a)
	}
}

// getterFields are the fields of ObjectMeta and TypeMeta that get a
// getter: up to v0.33 only ObjectMeta's Name.
var getterFields = kversion.From(map[types.Name][]string{objectMeta.Name: {"Name"}}, kversion.V0_34,
	map[types.Name][]string{objectMeta.Name: {"Name", "Namespace"}, typeMeta.Name: {"Kind", "APIVersion"}})

func needsGetter(t *types.Type, name string, target kversion.Version) bool {
	return slices.Contains(getterFields.At(target)[t.Name], name)
}

func (b *builders) fail(f *field, msg string) {
	if b.err == nil {
		b.err = fmt.Errorf("%s.%s: %s", b.ac.Name.Name, f.member.Name, msg)
	}
}

const ensureEmbeddedTmpl = `
func (b *$.AC|public$) ensure$.Type.Elem|public$Exists() {
	if b.$.Type.Elem|public$ == nil {
		b.$.Type.Elem|public$ = &$.Type.Elem|raw${}
	}
}
`

const ensureCallTmpl = "b.ensure$.Type.Elem|public$Exists()\n"

const withHeadTmpl = `// With$.Name$ sets the $.Name$ field in the declarative configuration to the given value
// and returns the receiver, so that objects can be built by chaining "With" function invocations.
// If called multiple times, the $.Name$ field is set to the value of the last call.
func (b *$.AC|public$) With$.Name$(value $.Type|raw$) *$.AC|public$ {
`

const assignTmpl = `	$.Field$ = $.Value$
	return b
}
`

const ensureSliceTmpl = `
func (b *$.AC|public$) ensure$.Type.Elem|public$Exists() {
	if b.$.Name$ == nil {
		b.$.Name$ = &[]$.Type.Elem|raw${}
	}
}
`

const withSliceHeadTmpl = `// With$.Name$ adds the given value to the $.Name$ field in the declarative configuration
// and returns the receiver, so that objects can be build by chaining "With" function invocations.
// If called multiple times, values provided by each call will be appended to the $.Name$ field.
func (b *$.AC|public$) With$.Name$(values ...$.Arg|raw$) *$.AC|public$ {
`

const ensureSliceCallTmpl = "b.ensure$.Type.Elem|public$Exists()\n"

const appendPointersTmpl = `	for i := range values {
		if values[i] == nil {
			panic("nil value passed to With$.Name$")
		}
		$.Deref$$.Field$ = append($.Deref$$.Field$, *values[i])
	}
	return b
}
`

const appendValuesTmpl = `	for i := range values {
		$.Deref$$.Field$ = append($.Deref$$.Field$, values[i])
	}
	return b
}
`

const withMapHeadTmpl = `// With$.Name$ puts the entries into the $.Name$ field in the declarative configuration
// and returns the receiver, so that objects can be build by chaining "With" function invocations.
// If called multiple times, the entries provided by each call will be put on the $.Name$ field,
// overwriting an existing map entries in $.Name$ field with the same key.
func (b *$.AC|public$) With$.Name$(entries $.Type|raw$) *$.AC|public$ {
`

const putEntriesTmpl = `	if $.Field$ == nil && len(entries) > 0 {
		$.Field$ = make($.Type|raw$, len(entries))
	}
	for k, v := range entries {
		$.Field$[k] = v
	}
	return b
}
`

const getterHeadTmpl = `// Get$.Name$ retrieves the value of the $.Name$ field in the declarative configuration.
func (b *$.AC|public$) Get$.Name$() $.Type|raw$ {
`

const getterBodyTmpl = `	return $.Field$
}
`
