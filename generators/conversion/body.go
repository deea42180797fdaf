package conversion

import (
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/snippet"
	"github.com/kodegen/kodegen/internal/kversion"
	"github.com/kodegen/kodegen/internal/markers"
)

// The generated code shadows in and out at every level, so the same
// snippets work for a whole object and for an element of a slice.

// convertValue writes the statements converting *in to *out.
func (g *genConversion) convertValue(in, out *types.Type, sw *snippet.Writer) {
	switch in.Kind {
	case types.Builtin:
		g.convertBuiltin(in, out, sw)
	case types.Map:
		g.convertMap(in, out, sw)
	case types.Slice:
		g.convertSlice(in, out, sw)
	case types.Struct:
		g.convertStruct(in, out, sw)
	case types.Pointer:
		g.convertPointer(in, out, sw)
	default:
		// Harmless only when a hand-written Convert_ replaces the result;
		// convertPair checks that.
		sw.Do("// FIXME: Type $.|raw$ is unsupported.\n", in)
		g.unsupported[in] = true
	}
}

func (g *genConversion) convertBuiltin(in, out *types.Type, sw *snippet.Writer) {
	if in == out {
		sw.Do("*out = *in\n", nil)
		return
	}
	sw.Do("*out = $.|raw$(*in)\n", out)
}

func (g *genConversion) convertStruct(in, out *types.Type, sw *snippet.Writer) {
	if wholeStructCast.At(g.shared.target) && g.castable(in, out) {
		sw.Do(castStructTmpl, generator.Args{"out": out, "Pointer": unsafePtr})
		return
	}
	for _, m := range in.Members {
		g.convertMember(in, out, m, sw)
	}
}

const castStructTmpl = "*out = *(*$.out|raw$)($.Pointer|raw$(in))\n"

// wholeStructCast: from v0.37 a struct of the same layout on both sides
// converts with one unsafe cast (castable) instead of field by field.
var wholeStructCast = kversion.From(false, kversion.V0_37, true)

// castable reports whether a whole struct converts with one unsafe cast:
// same layout, every field present on both sides and readable, and no
// field needing a hand-written conversion other than a copy-only one.
func (g *genConversion) castable(in, out *types.Type) bool {
	if !g.shared.equal.Equal(in, out) {
		return false
	}
	for _, m := range in.Members {
		if optedOut(m) {
			return false
		}
		outM, ok := member(out, m.Name)
		if !ok || g.unreadable(in, m.Name) || g.unreadable(out, outM.Name) {
			return false
		}
		if f, ok := g.manualFor(m.Type, outM.Type); ok {
			if md, err := mode(f); err != nil || md != fnCopyOnly {
				return false
			}
		}
	}
	return true
}

// unreadable reports whether field name of t is private to another package.
func (g *genConversion) unreadable(t *types.Type, name string) bool {
	return namer.IsPrivateGoName(name) && t.Name.Package != g.plan.pkg.Path
}

func optedOut(m types.Member) bool {
	vals := markers.ConversionGen.Values(markers.Source{Lines: m.CommentLines})
	return len(vals) > 0 && vals[0] == "false"
}

func member(t *types.Type, name string) (types.Member, bool) {
	if t.Kind == types.Struct {
		for _, m := range t.Members {
			if m.Name == name {
				return m, true
			}
		}
	}
	return types.Member{}, false
}

// fieldArgs are the template arguments for one field.
func fieldArgs(in, out *types.Type, name string) generator.Args {
	return pairArgs(in, out).With("name", name).With("Pointer", unsafePtr)
}

// convertMember writes the conversion of field m of in to its namesake in out.
func (g *genConversion) convertMember(in, out *types.Type, m types.Member, sw *snippet.Writer) {
	outM, ok := g.peerMember(in, out, m, sw)
	if !ok {
		return
	}
	g.where = in.Name.String() + "." + m.Name
	// Aliases are assignable: keep the alias's name on its underlying type.
	inT, outT := keepName(m.Type), keepName(outM.Type)
	args := fieldArgs(inT, outT, m.Name)
	if g.shared.equal.Equal(inT, outT) {
		switch inT.Kind {
		case types.Pointer:
			sw.Do(castPointerFieldTmpl, args)
			return
		case types.Map, types.Slice:
			sw.Do(castFieldTmpl, args)
			return
		}
	}
	if g.callManual(m.Type, outM.Type, inT, outT, args, sw) {
		return
	}
	if inT.Kind != outT.Kind {
		sw.Do("// WARNING: in.$.name$ requires manual conversion: inconvertible types ($.inT$ vs $.outT$)\n",
			args.With("inT", inT.String()).With("outT", outT.String()))
		g.skip(in, m.Name)
		return
	}
	if inT.Kind == types.Builtin && !g.checkBuiltin(in, out, m.Name, unalias(m.Type), unalias(outM.Type)) {
		return
	}
	g.convertField(inT, outT, args, sw)
}

const castPointerFieldTmpl = "out.$.name$ = ($.out|raw$)($.Pointer|raw$(in.$.name$))\n"

const castFieldTmpl = "out.$.name$ = *(*$.out|raw$)($.Pointer|raw$(&in.$.name$))\n"

// peerMember finds the field of out that m converts to, writing a comment
// and returning false when there is none to convert to.
func (g *genConversion) peerMember(in, out *types.Type, m types.Member, sw *snippet.Writer) (types.Member, bool) {
	args := generator.Args{"name": m.Name}
	if optedOut(m) {
		sw.Do("// INFO: in.$.name$ opted out of conversion generation\n", args)
		return types.Member{}, false
	}
	outM, ok := member(out, m.Name)
	switch {
	case !ok:
		sw.Do("// WARNING: in.$.name$ requires manual conversion: does not exist in peer-type\n", args)
	case g.unreadable(in, m.Name):
		sw.Do("// WARNING: in.$.name$ is not exported and cannot be read\n", args)
	case g.unreadable(out, outM.Name):
		sw.Do("// WARNING: out.$.name$ is not exported and cannot be set\n", args)
	default:
		return outM, true
	}
	g.skip(in, m.Name)
	return types.Member{}, false
}

func (g *genConversion) skip(t *types.Type, field string) {
	g.skipped[t] = append(g.skipped[t], field)
}

// keepName returns the type an alias stands for, under the alias's name.
func keepName(t *types.Type) *types.Type {
	u := unalias(t)
	if u == t {
		return t
	}
	c := *u
	c.Name = t.Name
	return &c
}

// callManual writes a call to the hand-written conversion between the
// field types, if there is one and it is needed. It reports whether the
// field is done.
func (g *genConversion) callManual(inDecl, outDecl, inT, outT *types.Type, args generator.Args, sw *snippet.Writer) bool {
	f, ok := g.manualFor(inDecl, outDecl)
	if !ok {
		return false
	}
	md, err := mode(f)
	switch {
	case err != nil:
		md = fnCall
	case md == fnDrop:
		return true
	}
	// A copy-only function between directly assignable types is inlined.
	if md == fnCopyOnly && g.fastAssign(inT, outT) {
		return false
	}
	sw.Do(callFieldTmpl, args.With("fn", f))
	return true
}

const callFieldTmpl = `if err := $.fn|raw$(&in.$.name$, &out.$.name$, s); err != nil {
	return err
}
`

func (g *genConversion) fastAssign(in, out *types.Type) bool {
	switch in.Kind {
	case types.Builtin:
		return true
	case types.Map, types.Slice, types.Pointer, types.Struct, types.Alias:
		return sameUnderlying(in, out)
	}
	return false
}

func sameUnderlying(in, out *types.Type) bool {
	return unalias(in) == unalias(out)
}

// assignable reports whether a value of in can be assigned (or, for
// builtins, converted) to out without a function: a deep-assignable type
// that is primitive or from the same package.
func assignable(in, out *types.Type) bool {
	return in.IsAssignable() && (in.IsPrimitive() || in.Name.Package == out.Name.Package)
}
