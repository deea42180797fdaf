package conversion

import (
	"fmt"
	"path"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// Conversions between builtin types: upstream writes T(in.X) for any two,
// which for a string and a number does not compile, and for a wider and a
// narrower number compiles and loses data. The first is always an error;
// the second an error under --strict (and, as upstream, silent without).

// builtinLoss says what converting a value of builtin type in to builtin
// type out does: "" when every value survives, else why not; invalid when
// Go has no such conversion.
func builtinLoss(in, out *types.Type) (why string, invalid bool) {
	a, aok := numbers[in.Name.Name]
	b, bok := numbers[out.Name.Name]
	switch {
	case in.Name.Name == out.Name.Name:
		return "", false
	case aok && bok:
		if widens(a, b) {
			return "", false
		}
		return fmt.Sprintf("not every %s fits in an %s", in.Name.Name, out.Name.Name), false
	case in.Name.Name == "string" || out.Name.Name == "string":
		if aok && a.kind != float && a.kind != complexKind {
			return fmt.Sprintf("%s(x) of an integer is the character with that code, not its digits", out.Name.Name), false
		}
		return "Go has no conversion between them", true
	}
	return "Go has no conversion between them", true
}

type numKind int

const (
	signed numKind = iota
	unsigned
	float
	complexKind
)

type number struct {
	kind numKind
	bits int
}

var numbers = map[string]number{
	"int": {signed, 64}, "int8": {signed, 8}, "int16": {signed, 16}, "int32": {signed, 32}, "int64": {signed, 64},
	"uint": {unsigned, 64}, "uint8": {unsigned, 8}, "byte": {unsigned, 8}, "uint16": {unsigned, 16}, "uint32": {unsigned, 32},
	"uint64": {unsigned, 64}, "uintptr": {unsigned, 64}, "rune": {signed, 32},
	"float32": {float, 32}, "float64": {float, 64}, "complex64": {complexKind, 64}, "complex128": {complexKind, 128},
}

// widens reports whether every value of a is a value of b.
func widens(a, b number) bool {
	switch {
	case a.kind == b.kind:
		return a.bits <= b.bits
	case a.kind == unsigned && b.kind == signed:
		return a.bits < b.bits
	case (a.kind == signed || a.kind == unsigned) && b.kind == float:
		return a.bits < mantissa(b.bits)
	case a.kind == float && b.kind == complexKind:
		return a.bits*2 <= b.bits
	}
	return false
}

// mantissa is the number of bits a float of size bits holds exactly.
func mantissa(bits int) int {
	if bits == 32 {
		return 24
	}
	return 53
}

// checkBuiltin reports the conversion of field of builtin type in (its
// underlying type) of struct inOwner to type out of outOwner: an error
// when it does not compile, or when it loses data under --strict. It
// reports whether the conversion may be written.
func (g *genConversion) checkBuiltin(inOwner, outOwner *types.Type, field string, in, out *types.Type) bool {
	why, invalid := builtinLoss(in, out)
	if why == "" {
		return true
	}
	what := fmt.Sprintf("%s.%s (%s) to %s.%s (%s)", short(inOwner), field, in.Name.Name, short(outOwner), field, out.Name.Name)
	fix := fmt.Sprintf("write func %s(in *%s, out *%s, s conversion.Scope) error in package %s (it may call the generated auto%s for the other fields), or give both fields one type",
		funcName(inOwner, outOwner), short(inOwner), short(outOwner), g.plan.pkg.Path, funcName(inOwner, outOwner))
	sym := markers.TypeSymbol(inOwner, field)
	if sym.Pkg != g.plan.pkg.Path {
		sym = markers.TypeSymbol(outOwner, field)
	}
	switch {
	case invalid:
		g.errs = append(g.errs, markers.AtDecl(sym, "converting %s: %s, so the generated code would not compile; %s", what, why, fix))
		return false
	case g.shared.strict:
		g.errs = append(g.errs, markers.AtDecl(sym, "converting %s loses data (%s), which --strict does not allow; %s", what, why, fix))
		return false
	}
	return true
}

// short names a type by its package's last path element: shop.Widget.
func short(t *types.Type) string {
	return path.Base(t.Name.Package) + "." + t.Name.Name
}
