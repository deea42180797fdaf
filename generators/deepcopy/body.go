package deepcopy

import (
	"fmt"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// Statements of the copy bodies. Every body works on `in` and `out`,
// pointers to the value being copied; nested values shadow both, so the
// same statements work at any depth.
const (
	assignAllTmpl      = "*out = *in\n"
	callCopyTmpl       = "*out = in.DeepCopy()\n"
	makeTmpl           = "*out = make($.|raw$, len(*in))\n"
	newElemTmpl        = "*out = new($.|raw$)\n"
	copySliceTmpl      = "copy(*out, *in)\n"
	rangeMapTmpl       = "for key, val := range *in {\n"
	rangeSliceTmpl     = "for i := range *in {\n"
	closeTmpl          = "}\n"
	elemIntoTmpl       = "(*in)[i].DeepCopyInto(&(*out)[i])\n"
	elemIfSetTmpl      = "if (*in)[i] != nil {\n"
	elemShadowTmpl     = "in, out := &(*in)[i], &(*out)[i]\n"
	elemIfaceTmpl      = "(*out)[i] = (*in)[i].DeepCopy$.$()\n"
	valAssignTmpl      = "(*out)[key] = val\n"
	valCopyTmpl        = "(*out)[key] = val.DeepCopy()\n"
	valCopyDerefTmpl   = "(*out)[key] = *val.DeepCopy()\n"
	valCopyAddrTmpl    = "x := val.DeepCopy()\n(*out)[key] = &x\n"
	valIfaceTmpl       = "if val == nil {(*out)[key]=nil} else {\n(*out)[key] = val.DeepCopy$.$()\n}\n"
	valOutVarTmpl      = "var outVal $.|raw$\n"
	valIfNilTmpl       = "if val == nil { (*out)[key] = nil } else {\n"
	valShadowTmpl      = "in, out := &val, &outVal\n"
	valStoreTmpl       = "(*out)[key] = outVal\n"
	ptrCopyTmpl        = "*out = (*in).DeepCopy()\n"
	ptrCopyAddrTmpl    = "x := (*in).DeepCopy()\n*out = &x\n"
	ptrAssignTmpl      = "**out = **in\n"
	ptrIfSetTmpl       = "if **in != nil {\n"
	ptrShadowTmpl      = "in, out := *in, *out\n"
	ptrIntoTmpl        = "(*in).DeepCopyInto(*out)\n"
	fieldCopyTmpl      = "out.$.Name$ = in.$.Name$.DeepCopy()\n"
	fieldIntoTmpl      = "in.$.Name$.DeepCopyInto(&out.$.Name$)\n"
	fieldAssignTmpl    = "out.$.Name$ = in.$.Name$\n"
	fieldIfSetTmpl     = "if in.$.Name$ != nil {\n"
	fieldShadowTmpl    = "in, out := &in.$.Name$, &out.$.Name$\n"
	fieldIfaceCopyTmpl = "out.$.Name$ = in.$.Name$.DeepCopy$.Iface$()\n"
)

// body writes the statements that deep-copy *in into *out. It keeps going
// after an unsupported type, so one pass reports every one of them.
type body struct {
	sw   *snippets
	errs []error
	// where names the type (and field) being copied, for errors.
	where string
	// sym is the type being copied and its field (the outermost, when
	// fields of an anonymous struct are copied), where errors point.
	sym markers.Symbol
}

// fail reports a problem at the field (or type) being copied. The message
// names the nested field when the problem lies deeper than sym says.
func (b *body) fail(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if b.where != b.sym.String() {
		msg = b.where + ": " + msg
	}
	b.errs = append(b.errs, markers.AtDecl(b.sym, "%s", msg))
}

// methods looks up t's hand-written methods; a bad signature is an error.
func (b *body) methods(t *types.Type) handWritten {
	h, err := methodsOf(t)
	if err != nil {
		b.errs = append(b.errs, err)
	}
	return h
}

// value copies a value of type t; t is a struct, a map, a slice, a
// pointer, or a name for a builtin with deepcopy methods.
func (b *body) value(t *types.Type) {
	if b.methods(t).any() {
		b.sw.line(callCopyTmpl)
		return
	}
	switch underlying(t).Kind {
	case types.Builtin:
		b.sw.line(assignAllTmpl)
	case types.Map:
		b.mapOf(t)
	case types.Slice:
		b.sliceOf(t)
	case types.Struct:
		b.structOf(t)
	case types.Pointer:
		b.pointerTo(t)
	default:
		b.fail("cannot deep-copy %s; give it hand-written DeepCopy and DeepCopyInto methods or opt it out with +k8s:deepcopy-gen=false", describe(t))
	}
}

func (b *body) mapOf(t *types.Type) {
	ut := underlying(t)
	if !ut.Key.IsAssignable() {
		b.fail("map key type %s cannot be copied by assignment; use a builtin key type", describe(ut.Key))
		return
	}
	b.sw.do(makeTmpl, t)
	b.sw.line(rangeMapTmpl)
	b.mapValue(ut.Elem)
	b.sw.line(closeTmpl)
}

// mapValue copies val into (*out)[key].
func (b *body) mapValue(elem *types.Type) {
	ue := underlying(elem)
	if h := b.methods(elem); h.any() {
		wantPtr := elem.Kind == types.Pointer
		gotPtr := h.copyReturnsPointer(elem)
		switch {
		case wantPtr == gotPtr:
			b.sw.line(valCopyTmpl)
		case wantPtr:
			b.sw.line(valCopyAddrTmpl)
		default:
			b.sw.line(valCopyDerefTmpl)
		}
		return
	}
	switch {
	case elem.IsAnonymousStruct(), ue.IsAssignable():
		b.sw.line(valAssignTmpl)
	case ue.Kind == types.Interface:
		if name, ok := b.ifaceCopyName(ue); ok {
			b.sw.do(valIfaceTmpl, name)
		}
	case ue.Kind == types.Slice, ue.Kind == types.Map, ue.Kind == types.Pointer:
		b.sw.do(valOutVarTmpl, ue)
		b.sw.line(valIfNilTmpl)
		b.sw.line(valShadowTmpl)
		b.value(elem)
		b.sw.line(closeTmpl)
		b.sw.line(valStoreTmpl)
	case ue.Kind == types.Struct:
		b.sw.line(valCopyDerefTmpl)
	default:
		b.fail("cannot deep-copy map values of type %s", describe(elem))
	}
}

func (b *body) sliceOf(t *types.Type) {
	ut := underlying(t)
	elem, ue := ut.Elem, underlying(ut.Elem)
	b.sw.do(makeTmpl, t)
	switch {
	case b.methods(elem).any():
		b.sw.line(rangeSliceTmpl)
		b.sw.line(elemIntoTmpl)
		b.sw.line(closeTmpl)
		return
	case ue.Kind == types.Builtin || ue.IsAssignable():
		b.sw.line(copySliceTmpl)
		return
	}
	b.sw.line(rangeSliceTmpl)
	switch ue.Kind {
	case types.Slice, types.Map, types.Pointer:
		b.sw.line(elemIfSetTmpl)
		b.sw.line(elemShadowTmpl)
		b.value(elem)
		b.sw.line(closeTmpl)
	case types.Interface:
		if name, ok := b.ifaceCopyName(ue); ok {
			b.sw.line(elemIfSetTmpl)
			b.sw.do(elemIfaceTmpl, name)
			b.sw.line(closeTmpl)
		}
	case types.Struct:
		b.sw.line(elemIntoTmpl)
	default:
		b.fail("cannot deep-copy slice elements of type %s", describe(elem))
	}
	b.sw.line(closeTmpl)
}

func (b *body) pointerTo(t *types.Type) {
	elem := underlying(t).Elem
	ue := underlying(elem)
	if h := b.methods(elem); h.any() {
		if h.copyReturnsPointer(elem) {
			b.sw.line(ptrCopyTmpl)
		} else {
			b.sw.line(ptrCopyAddrTmpl)
		}
		return
	}
	switch {
	case ue.IsAssignable():
		b.sw.do(newElemTmpl, elem)
		b.sw.line(ptrAssignTmpl)
	case ue.Kind == types.Map, ue.Kind == types.Slice, ue.Kind == types.Pointer:
		b.sw.do(newElemTmpl, elem)
		b.sw.line(ptrIfSetTmpl)
		b.sw.line(ptrShadowTmpl)
		b.value(ue)
		b.sw.line(closeTmpl)
	case ue.Kind == types.Struct:
		b.sw.do(newElemTmpl, elem)
		b.sw.line(ptrIntoTmpl)
	default:
		b.fail("cannot deep-copy a pointer to %s", describe(elem))
	}
}

// fieldArgs are the arguments of the field templates.
type fieldArgs struct {
	Name  string
	Iface string
}

func (b *body) structOf(t *types.Type) {
	b.sw.line(assignAllTmpl)
	outer, outerSym := b.where, b.sym
	defer func() { b.where, b.sym = outer, outerSym }()
	for _, m := range underlying(t).Members {
		b.where = outer + "." + m.Name
		if outerSym.Member == "" {
			b.sym.Member = m.Name
		}
		b.field(m)
	}
}

// field fixes up one field after `*out = *in` copied it shallowly.
func (b *body) field(m types.Member) {
	ft := m.Type
	uft := underlying(ft)
	args := fieldArgs{Name: m.Name}
	if h := b.methods(ft); h.any() {
		wantPtr := ft.Kind == types.Pointer
		gotPtr := h.copyReturnsPointer(ft)
		switch {
		case wantPtr == gotPtr:
			b.sw.do(fieldCopyTmpl, args)
		case wantPtr:
			b.fail("DeepCopy of %s returns a value but the field is a pointer; return a pointer", describe(ft))
		default:
			b.sw.do(fieldIntoTmpl, args)
		}
		return
	}
	switch uft.Kind {
	case types.Builtin:
		// `*out = *in` copied it.
	case types.Map, types.Slice, types.Pointer:
		b.sw.do(fieldIfSetTmpl, args)
		b.sw.do(fieldShadowTmpl, args)
		b.value(ft)
		b.sw.line(closeTmpl)
	case types.Array:
		if !underlying(uft.Elem).IsAssignable() {
			b.fail("array of %s would be copied shallowly; use a slice, or an array of values without pointers, maps or slices", describe(uft.Elem))
			return
		}
		b.sw.do(fieldAssignTmpl, args)
	case types.Struct:
		if ft.IsAssignable() {
			b.sw.do(fieldAssignTmpl, args)
		} else {
			b.sw.do(fieldIntoTmpl, args)
		}
	case types.Interface:
		if name, ok := b.ifaceCopyName(uft); ok {
			args.Iface = name
			b.sw.do(fieldIfSetTmpl, args)
			b.sw.do(fieldIfaceCopyTmpl, args)
			b.sw.line(closeTmpl)
		}
	default:
		b.fail("cannot deep-copy a field of type %s; change its type, give %s hand-written DeepCopy and DeepCopyInto methods, or opt %s out with +k8s:deepcopy-gen=false", describe(ft), b.owner(), b.owner())
	}
}

// owner is the type part of where.
func (b *body) owner() string {
	for i := len(b.where) - 1; i >= 0; i-- {
		if b.where[i] == '.' {
			return b.where[:i]
		}
		if b.where[i] == '/' {
			break
		}
	}
	return b.where
}

// ifaceCopyName returns the name of the interface's own copy method's
// suffix: a value of interface I is copied with its DeepCopyI method.
func (b *body) ifaceCopyName(iface *types.Type) (string, bool) {
	name := iface.Name.Name
	if name == "" || name == "interface{}" || name == "any" || len(iface.Methods) == 0 {
		b.fail("cannot deep-copy an empty interface (%s); use a named interface with a DeepCopy<Name>() <Name> method", describe(iface))
		return "", false
	}
	if _, ok := iface.Methods["DeepCopy"+name]; !ok {
		b.fail("interface %v has no DeepCopy%s method; add DeepCopy%s() %s to it", iface.Name, name, name, name)
		return "", false
	}
	return name, true
}

// describe names a type for an error message.
func describe(t *types.Type) string {
	return t.String()
}
