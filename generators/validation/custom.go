package validation

import (
	"fmt"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// customPrefix starts the names of hand-written validation functions.
const customPrefix = "ValidateCustom_"

var (
	contextName   = types.Name{Package: "context", Name: "Context"}
	operationName = types.Name{Package: "k8s.io/apimachinery/pkg/api/operation", Name: "Operation"}
	pathName      = types.Name{Package: "k8s.io/apimachinery/pkg/util/validation/field", Name: "Path"}
	errorListName = types.Name{Package: "k8s.io/apimachinery/pkg/util/validation/field", Name: "ErrorList"}
)

// customValidation calls the hand-written ValidateCustom_<Type> (type
// scope) or ValidateCustom_<Type>_<Field> (field scope) of the package
// holding the type's generated validation, which must exist with the
// right signature.
func customValidation(ctx tagContext) (vals, error) {
	defining := ctx.t
	name := ""
	if ctx.scope == markers.Field {
		if ctx.parentType == nil || ctx.member == nil {
			return vals{}, fmt.Errorf("can only be used on types and struct fields")
		}
		defining = ctx.parentType
		name = customPrefix + defining.Name.Name + "_" + ctx.member.Name
	} else {
		name = customPrefix + defining.Name.Name
	}
	out := defining.Name.Package
	if ctx.w != nil {
		pkg, ok := ctx.w.canonical[defining.Name.Package]
		if !ok {
			return vals{}, fmt.Errorf("cannot resolve generated package for %s (is it being processed by validation-gen?)", defining.Name.Package)
		}
		out = pkg
		value := ctx.t
		if !isNilable(value) {
			value = types.PointerTo(value)
		}
		if err := checkCustom(ctx.w, types.Name{Package: out, Name: name}, value); err != nil {
			return vals{}, err
		}
	}
	c := call{tag: markers.VCustomValidation.Name, fn: types.Name{Package: out, Name: name}, comments: []string{"custom validation"}}
	return one(c), nil
}

// checkCustom verifies that the hand-written function exists with the
// signature generated code calls it with.
func checkCustom(w *world, fn types.Name, value *types.Type) error {
	pkg := w.universe[fn.Package]
	if pkg == nil {
		return fmt.Errorf("+%s: cannot find package %q to verify function %q", markers.VCustomValidation.Name, fn.Package, fn.Name)
	}
	f := pkg.Functions[fn.Name]
	if f == nil {
		return fmt.Errorf("+%s: expected hand-written function %s.%s was not found; write it there, with signature func(ctx context.Context, op operation.Operation, fldPath *field.Path, value, oldValue %s) field.ErrorList",
			markers.VCustomValidation.Name, fn.Package, fn.Name, renderType(value))
	}
	sig := f.Underlying.Signature
	if sig == nil || sig.Variadic || len(sig.Parameters) != 5 || len(sig.Results) != 1 ||
		!named(sig.Parameters[0].Type, contextName) || !named(sig.Parameters[1].Type, operationName) ||
		sig.Parameters[2].Type.Kind != types.Pointer || !named(sig.Parameters[2].Type.Elem, pathName) ||
		!sameType(sig.Parameters[3].Type, value) || !sameType(sig.Parameters[4].Type, value) ||
		!named(sig.Results[0].Type, errorListName) {
		return fmt.Errorf("+%s: %s.%s must have signature func(ctx context.Context, op operation.Operation, fldPath *field.Path, value, oldValue %s) field.ErrorList",
			markers.VCustomValidation.Name, fn.Package, fn.Name, renderType(value))
	}
	return nil
}

func named(t *types.Type, n types.Name) bool { return t != nil && t.Name == n }

func sameType(a, b *types.Type) bool {
	if a == nil || b == nil {
		return a == b
	}
	if a.Kind != b.Kind {
		return false
	}
	switch a.Kind {
	case types.Pointer, types.Slice, types.Array:
		return sameType(a.Elem, b.Elem)
	case types.Map:
		return sameType(a.Key, b.Key) && sameType(a.Elem, b.Elem)
	}
	return a.Name == b.Name
}

func renderType(t *types.Type) string {
	switch t.Kind {
	case types.Pointer:
		return "*" + renderType(t.Elem)
	case types.Slice, types.Array:
		return "[]" + renderType(t.Elem)
	case types.Map:
		return "map[" + renderType(t.Key) + "]" + renderType(t.Elem)
	}
	return t.Name.Name
}
