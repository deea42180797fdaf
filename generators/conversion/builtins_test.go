package conversion

import (
	"testing"

	"k8s.io/gengo/v2/types"
)

func TestBuiltinLoss(t *testing.T) {
	b := func(name string) *types.Type { return &types.Type{Name: types.Name{Name: name}, Kind: types.Builtin} }
	for _, tc := range []struct {
		in, out string
		lossy   bool
		invalid bool
	}{
		{"int32", "int32", false, false},
		{"int32", "int64", false, false},
		{"int8", "int", false, false},
		{"uint16", "int32", false, false},
		{"uint32", "int32", true, false},
		{"int64", "int32", true, false},
		{"int", "int32", true, false},
		{"int32", "float64", false, false},
		{"int64", "float64", true, false},
		{"float32", "float64", false, false},
		{"float64", "float32", true, false},
		{"float64", "int32", true, false},
		{"int32", "string", true, false},
		{"string", "int32", true, true},
		{"float64", "string", true, true},
		{"bool", "int32", true, true},
		{"string", "bool", true, true},
	} {
		why, invalid := builtinLoss(b(tc.in), b(tc.out))
		if (why != "") != tc.lossy || invalid != tc.invalid {
			t.Errorf("%s -> %s: why %q, invalid %v; want lossy %v, invalid %v", tc.in, tc.out, why, invalid, tc.lossy, tc.invalid)
		}
	}
}
