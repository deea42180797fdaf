package defaulter

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// handWritten maps a type to the defaulting functions written for it by
// hand, in the input packages and the extra peer packages.
type handWritten map[*types.Type]*handFuncs

// handFuncs are the hand-written defaulters of one type, all func(*T).
type handFuncs struct {
	// object is SetObjectDefaults_T: it covers everything below T.
	object *types.Type
	// base is SetDefaults_T.
	base *types.Type
	// covers is set when base is marked +k8s:defaulter-gen=covers.
	covers bool
	// extra are the SetDefaults_T_<Qualifier> functions, sorted by name.
	extra []*types.Type
}

// scan records the defaulting functions of pkg. Scanning a package again
// changes nothing.
func (h handWritten) scan(pkg *types.Package) error {
	var errs []string
	for _, name := range slices.Sorted(maps.Keys(pkg.Functions)) {
		f := pkg.Functions[name]
		in := defaultedType(f)
		if in == nil {
			continue
		}
		if err := h.add(pkg, f, in); err != nil {
			errs = append(errs, err.Error())
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return nil
}

// defaultedType returns T when f is a func(*T) with no receiver and no
// results, and T has a name.
func defaultedType(f *types.Type) *types.Type {
	if f.Underlying == nil || f.Underlying.Kind != types.Func || f.Underlying.Signature == nil {
		return nil
	}
	sig := f.Underlying.Signature
	if sig.Receiver != nil || len(sig.Parameters) != 1 || len(sig.Results) != 0 {
		return nil
	}
	p := sig.Parameters[0].Type
	if p == nil || p.Kind != types.Pointer || p.Elem == nil {
		return nil
	}
	switch p.Elem.Kind {
	case types.Pointer, types.Slice, types.Array, types.Map, types.Func, types.Chan:
		return nil
	}
	if p.Elem.Name.Name == "" {
		return nil
	}
	return p.Elem
}

func (h handWritten) add(pkg *types.Package, f, in *types.Type) error {
	fns := h[in]
	if fns == nil {
		fns = &handFuncs{}
	}
	base := "SetDefaults_" + in.Name.Name
	name := f.Name.Name
	switch {
	case name == base:
		if fns.base != nil && fns.base.Name.Package != pkg.Path {
			return fmt.Errorf("%s: %s is written twice, in %s and in %s; keep one", in.Name, base, fns.base.Name.Package, pkg.Path)
		}
		covers, err := isCovering(f)
		if err != nil {
			return err
		}
		fns.base, fns.covers = f, covers
	case strings.HasPrefix(name, base+"_"):
		for _, e := range fns.extra {
			if e.Name == f.Name {
				return nil
			}
		}
		fns.extra = append(fns.extra, f)
	case name == "SetObjectDefaults_"+in.Name.Name:
		if fns.object != nil && fns.object.Name.Package != pkg.Path {
			return fmt.Errorf("%s: %s is written twice, in %s and in %s; keep one", in.Name, name, fns.object.Name.Package, pkg.Path)
		}
		fns.object = f
	default:
		return nil
	}
	h[in] = fns
	return nil
}

// isCovering reads +k8s:defaulter-gen=covers on a hand-written SetDefaults_T.
func isCovering(f *types.Type) (bool, error) {
	src := markers.FuncLines(f)
	vals, err := markers.DefaulterGen.All(src)
	if err != nil {
		return false, err
	}
	for _, v := range vals {
		if v != "covers" {
			return false, markers.DefaulterGen.Errorf(src.Sym, v, "%s=%s: on a defaulting function, want covers", markers.DefaulterGen.Marker(), v)
		}
	}
	return len(vals) > 0, nil
}
