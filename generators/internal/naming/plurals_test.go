package naming

import (
	"strings"
	"testing"

	"k8s.io/gengo/v2/types"
)

func TestCheckPlurals(t *testing.T) {
	kind := func(name string, comments ...string) *types.Type {
		return &types.Type{Name: types.Name{Package: "example.com/apis/v1", Name: name}, Kind: types.Struct, CommentLines: comments}
	}
	for _, tc := range []struct {
		name       string
		list       []*types.Type
		exceptions map[string]string
		want       []string // substrings; none: no error
	}{
		{"distinct", []*types.Type{kind("Widget"), kind("Gadget")}, nil, nil},
		{"one plural by exceptions", []*types.Type{kind("Widget"), kind("Gadget")}, map[string]string{"Widget": "Things", "Gadget": "Things"},
			[]string{"example.com/apis/v1.Widget: Widget and Gadget both have the plural Things (--plural-exceptions Gadget:Things,Widget:Things)", "give each kind a plural of its own"}},
		{"an exception onto another kind's plural", []*types.Type{kind("Widget"), kind("Gadget")}, map[string]string{"Gadget": "Widgets"},
			[]string{"v1.Gadget: Gadget and Widget both have the plural Widgets (--plural-exceptions Gadget:Widgets)"}},
		{"a resource taken", []*types.Type{kind("Widget"), kind("Gadget", "+resourceName=widgets")}, nil,
			[]string{"+resourceName=widgets: Widget has the resource widgets too", "a resource of its own"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckPlurals(tc.list, tc.exceptions)
			if len(tc.want) == 0 {
				if err != nil {
					t.Fatalf("err = %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}
