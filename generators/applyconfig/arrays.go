package applyconfig

import (
	"k8s.io/gengo/v2/types"
)

// arrayField finds a Go array reachable from t's fields: structured-merge-
// diff reads objects by reflection and panics on arrays, so an Extract
// function for such a type compiles but fails at run time (upstream
// generates it all the same). It returns the path to the field, or "".
func arrayField(t *types.Type) string {
	seen := map[*types.Type]bool{}
	var walk func(t *types.Type, path string) string
	walk = func(t *types.Type, path string) string {
		if t == nil || seen[t] {
			return ""
		}
		seen[t] = true
		switch t.Kind {
		case types.Array:
			return path
		case types.Pointer, types.Slice, types.Map:
			return walk(t.Elem, path)
		case types.Alias:
			return walk(t.Underlying, path)
		case types.Struct:
			for _, m := range t.Members {
				if _, ok := fieldJSON(m); !ok {
					continue // not serialized, so not read
				}
				if p := walk(m.Type, path+"."+m.Name); p != "" {
					return p
				}
			}
		}
		return ""
	}
	return walk(t, t.Name.Name)
}
