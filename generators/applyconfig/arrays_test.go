package applyconfig

import (
	"testing"

	"k8s.io/gengo/v2/types"
)

func TestArrayField(t *testing.T) {
	str := &types.Type{Name: types.Name{Name: "string"}, Kind: types.Builtin}
	arr := &types.Type{Name: types.Name{Name: "[4]byte"}, Kind: types.Array, Elem: &types.Type{Name: types.Name{Name: "byte"}, Kind: types.Builtin}}
	spec := &types.Type{Name: types.Name{Package: "p", Name: "Spec"}, Kind: types.Struct, Members: []types.Member{
		{Name: "Name", Type: str, Tags: `json:"name"`},
		{Name: "Hidden", Type: arr, Tags: `json:"-"`},
	}}
	widget := &types.Type{Name: types.Name{Package: "p", Name: "Widget"}, Kind: types.Struct, Members: []types.Member{
		{Name: "Spec", Type: &types.Type{Kind: types.Pointer, Elem: spec}, Tags: `json:"spec"`},
	}}
	if got := arrayField(widget); got != "" {
		t.Errorf("arrayField = %q, want none (the array is not serialized)", got)
	}
	spec.Members = append(spec.Members, types.Member{Name: "Sum", Type: arr, Tags: `json:"sum"`})
	if got := arrayField(widget); got != "Widget.Spec.Sum" {
		t.Errorf("arrayField = %q, want Widget.Spec.Sum", got)
	}
}
