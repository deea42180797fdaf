package conversion

import (
	"fmt"
	"maps"
	"slices"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/markers"
)

const (
	conversionPkg = "k8s.io/apimachinery/pkg/conversion"
	runtimePkg    = "k8s.io/apimachinery/pkg/runtime"
)

var (
	scopeType  = types.Ref(conversionPkg, "Scope")
	schemeType = types.Ref(runtimePkg, "Scheme")
	unsafePtr  = types.Ref("unsafe", "Pointer")
)

// manualFuncs maps a pair of types to the hand-written function that
// converts between them (a declaration of kind Func).
type manualFuncs map[typePair]*types.Type

// scan adds every function of pkg shaped
// func Convert_<in>_To_<out>(*in, *out, conversion.Scope) error.
func (m manualFuncs) scan(pkg *types.Package, env *engine.Env) []error {
	var errs []error
	for _, name := range slices.Sorted(maps.Keys(pkg.Functions)) {
		f := pkg.Functions[name]
		pair, ok := conversionSignature(f)
		if !ok {
			continue
		}
		want := funcName(pair.in, pair.out)
		if f.Name.Name != want {
			if len(name) > len("Convert_") && name[:len("Convert_")] == "Convert_" {
				env.Warn(markers.AtDecl(markers.Symbol{Pkg: pkg.Path, Name: name}, "not used as a conversion function: for its signature it must be named %s", want))
			}
			continue
		}
		if prev, ok := m[pair]; ok && prev.Name.Package != pkg.Path {
			errs = append(errs, fmt.Errorf("two hand-written conversions from %s to %s: %s and %s; keep one",
				pair.in, pair.out, prev.Name, f.Name))
			continue
		}
		if _, err := mode(f); err != nil {
			errs = append(errs, err)
		}
		m[pair] = f
	}
	return errs
}

// conversionSignature returns the in and out types of a conversion function.
func conversionSignature(f *types.Type) (typePair, bool) {
	if f.Underlying == nil || f.Underlying.Kind != types.Func || f.Underlying.Signature == nil {
		return typePair{}, false
	}
	sig := f.Underlying.Signature
	if sig.Receiver != nil || len(sig.Parameters) != 3 || len(sig.Results) != 1 {
		return typePair{}, false
	}
	if sig.Parameters[2].Type.Name != scopeType.Name || sig.Results[0].Type.Name != (types.Name{Name: "error"}) {
		return typePair{}, false
	}
	in, out := sig.Parameters[0].Type, sig.Parameters[1].Type
	if in.Kind != types.Pointer || out.Kind != types.Pointer {
		return typePair{}, false
	}
	return typePair{in: in.Elem, out: out.Elem}, true
}

// fnMode is what a +k8s:conversion-fn marker says about a function.
type fnMode string

const (
	fnCall     fnMode = ""
	fnCopyOnly fnMode = "copy-only"
	fnDrop     fnMode = "drop"
)

// mode reads the function's +k8s:conversion-fn marker.
func mode(f *types.Type) (fnMode, error) {
	v, _, err := markers.ConversionFn.Get(markers.FuncLines(f))
	return fnMode(v), err
}
