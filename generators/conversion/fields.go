package conversion

import (
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/snippet"
	"github.com/kodegen/kodegen/internal/kversion"
)

// convertField writes the conversion of one field whose types have the
// same kind and no hand-written conversion in the way.
func (g *genConversion) convertField(inT, outT *types.Type, args generator.Args, sw *snippet.Writer) {
	switch inT.Kind {
	case types.Builtin:
		if inT == outT {
			sw.Do("out.$.name$ = in.$.name$\n", args)
		} else {
			sw.Do("out.$.name$ = $.out|raw$(in.$.name$)\n", args)
		}
	case types.Map, types.Slice, types.Pointer:
		if sameUnderlying(inT, outT) {
			sw.Do("out.$.name$ = in.$.name$\n", args)
			return
		}
		sw.Do(nilableOpenTmpl, args)
		g.convertValue(inT, outT, sw)
		sw.Do(nilableCloseTmpl, args)
	case types.Struct:
		if sameUnderlying(inT, outT) {
			sw.Do("out.$.name$ = in.$.name$\n", args)
			return
		}
		g.callGenerated(inT, outT, callGeneratedFieldTmpl, args, sw)
	case types.Alias:
		switch {
		case !assignable(inT, outT):
			g.callGenerated(inT, outT, callGeneratedFieldTmpl, args, sw)
		case inT == outT:
			sw.Do("out.$.name$ = in.$.name$\n", args)
		default:
			sw.Do("out.$.name$ = $.out|raw$(in.$.name$)\n", args)
		}
	default:
		g.callGenerated(inT, outT, callGeneratedFieldTmpl, args, sw)
	}
}

const nilableOpenTmpl = `if in.$.name$ != nil {
	in, out := &in.$.name$, &out.$.name$
`

const nilableCloseTmpl = `} else {
	out.$.name$ = nil
}
`

const callGeneratedFieldTmpl = `if err := Convert_$.in|public$_To_$.out|public$(&in.$.name$, &out.$.name$, s); err != nil {
	return err
}
`

// callGenerated writes tmpl, a call to the generated Convert_ function
// between in and out, or fails when this run does not generate one.
func (g *genConversion) callGenerated(in, out *types.Type, tmpl string, args generator.Args, sw *snippet.Writer) bool {
	ok, err := convertible(g.plan.typesPath, in, out)
	if err != nil {
		g.errs = append(g.errs, err)
		return false
	}
	if !ok {
		from, to := in, out
		if in.Kind == types.Pointer && out.Kind == types.Pointer {
			in, out = in.Elem, out.Elem
		}
		g.fail("no conversion from %s to %s: write %s(in *%s, out *%s, s conversion.Scope) error, or opt the field out with +k8s:conversion-gen=false",
			from, to, funcName(in, out), in, out)
		return false
	}
	sw.Do(tmpl, args)
	return true
}

func (g *genConversion) convertSlice(in, out *types.Type, sw *snippet.Writer) {
	sw.Do("*out = make($.|raw$, len(*in))\n", out)
	if in.Elem == out.Elem && in.Elem.Kind == types.Builtin {
		sw.Do("copy(*out, *in)\n", nil)
		return
	}
	sw.Do("for i := range *in {\n", nil)
	args := pairArgs(in.Elem, out.Elem)
	switch {
	case assignable(in.Elem, out.Elem):
		if in.Elem == out.Elem {
			sw.Do("(*out)[i] = (*in)[i]\n", nil)
		} else {
			sw.Do("(*out)[i] = $.out|raw$((*in)[i])\n", args)
		}
	default:
		g.convertElem(in.Elem, out.Elem, elemTmpls{
			call:    callSliceElemTmpl,
			callPtr: callSlicePtrElemTmpl,
			auto:    autoSliceElemTmpl,
		}, sw)
	}
	sw.Do("}\n", nil)
}

// elemTmpls are the three ways to convert an element of a slice or map:
// with a hand-written function, with a hand-written function between the
// pointed-to types, or with the generated function.
type elemTmpls struct {
	call, callPtr, auto string
}

// pointerElemManual: from v0.35 an element *T of a slice or map converts
// with the hand-written function of T (nil stays nil); before, upstream
// wrote a call to a missing function (compileErrorOnMissingConversion),
// which kodegen reports as the error of a missing conversion.
var pointerElemManual = kversion.From(false, kversion.V0_35, true)

// convertElem converts one element with a function; false means there is
// none (an error has been recorded).
func (g *genConversion) convertElem(in, out *types.Type, tmpls elemTmpls, sw *snippet.Writer) bool {
	args := pairArgs(in, out)
	if f, ok := g.manualFor(in, out); ok {
		sw.Do(tmpls.call, args.With("fn", f))
		return true
	}
	if in.Kind == types.Pointer && out.Kind == types.Pointer && pointerElemManual.At(g.shared.target) {
		if f, ok := g.manualFor(in.Elem, out.Elem); ok {
			sw.Do(tmpls.callPtr, args.With("fn", f).With("outElem", out.Elem))
			return true
		}
	}
	return g.callGenerated(in, out, tmpls.auto, args, sw)
}

const callSliceElemTmpl = `if err := $.fn|raw$(&(*in)[i], &(*out)[i], s); err != nil {
	return err
}
`

const callSlicePtrElemTmpl = `if (*in)[i] != nil {
	(*out)[i] = new($.outElem|raw$)
	if err := $.fn|raw$((*in)[i], (*out)[i], s); err != nil {
		return err
	}
}
`

const autoSliceElemTmpl = `if err := Convert_$.in|public$_To_$.out|public$(&(*in)[i], &(*out)[i], s); err != nil {
	return err
}
`

func (g *genConversion) convertMap(in, out *types.Type, sw *snippet.Writer) {
	sw.Do("*out = make($.|raw$, len(*in))\n", out)
	if !assignable(in.Key, out.Key) {
		g.fail("cannot convert map keys of %s to %s; write a conversion function", in.Key, out.Key)
		return
	}
	sw.Do("for key, val := range *in {\n", nil)
	switch {
	case assignable(in.Elem, out.Elem):
		g.mapStore(in.Key, out.Key, sw)
		if in.Elem == out.Elem {
			sw.Do("val\n", nil)
		} else {
			sw.Do("$.|raw$(val)\n", out.Elem)
		}
	case g.convertElem(in.Elem, out.Elem, elemTmpls{call: callMapElemTmpl, callPtr: callMapPtrElemTmpl, auto: autoMapElemTmpl}, sw):
		g.mapStore(in.Key, out.Key, sw)
		sw.Do("*newVal\n", nil)
	}
	sw.Do("}\n", nil)
}

// mapStore writes the left-hand side storing into the output map.
func (g *genConversion) mapStore(inKey, outKey *types.Type, sw *snippet.Writer) {
	if inKey == outKey {
		sw.Do("(*out)[key] = ", nil)
		return
	}
	sw.Do("(*out)[$.|raw$(key)] = ", outKey)
}

const callMapElemTmpl = `newVal := new($.out|raw$)
if err := $.fn|raw$(&val, newVal, s); err != nil {
	return err
}
`

const callMapPtrElemTmpl = `newVal := new($.out|raw$)
if val != nil {
	*newVal = new($.outElem|raw$)
	if err := $.fn|raw$(val, *newVal, s); err != nil {
		return err
	}
}
`

const autoMapElemTmpl = `newVal := new($.out|raw$)
if err := Convert_$.in|public$_To_$.out|public$(&val, newVal, s); err != nil {
	return err
}
`

func (g *genConversion) convertPointer(in, out *types.Type, sw *snippet.Writer) {
	sw.Do("*out = new($.Elem|raw$)\n", out)
	args := pairArgs(in.Elem, out.Elem)
	switch {
	case assignable(in.Elem, out.Elem):
		if in.Elem == out.Elem {
			sw.Do("**out = **in\n", nil)
		} else {
			sw.Do("**out = $.out|raw$(**in)\n", args)
		}
	default:
		if f, ok := g.manualFor(in.Elem, out.Elem); ok {
			sw.Do(callPointeeTmpl, args.With("fn", f))
			return
		}
		g.callGenerated(in.Elem, out.Elem, autoPointeeTmpl, args, sw)
	}
}

const callPointeeTmpl = `if err := $.fn|raw$(*in, *out, s); err != nil {
	return err
}
`

const autoPointeeTmpl = `if err := Convert_$.in|public$_To_$.out|public$(*in, *out, s); err != nil {
	return err
}
`
