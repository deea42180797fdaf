package validation

import (
	"errors"
	"strings"
	"testing"

	"k8s.io/gengo/v2/types"
)

func lintStruct(pkg, name string, members []types.Member, comments ...string) *types.Type {
	return &types.Type{Name: types.Name{Package: pkg, Name: name}, Kind: types.Struct, Members: members, CommentLines: comments}
}

func lintField(name string, t *types.Type, comments ...string) types.Member {
	return types.Member{Name: name, Type: t, CommentLines: comments, Tags: `json:"` + strings.ToLower(name) + `"`}
}

func lintAlias(name string, u *types.Type) *types.Type {
	return &types.Type{Name: types.Name{Package: "example.com/v1", Name: name}, Kind: types.Alias, Underlying: u}
}

// TestLint: upstream's lint rules (its lint_test.go cases), on a struct
// with one field: the message, or none.
func TestLint(t *testing.T) {
	const need = "field with validation must have +k8s:optional, +k8s:required or +k8s:forbidden"
	// (+k8s:alpha without a payload is refused before the linter, by the
	// tag's own check)
	inner := func(comments ...string) *types.Type {
		return lintStruct("example.com/v1", "Inner", []types.Member{lintField("Bar", types.Int, append([]string{"+k8s:required"}, comments...)...)})
	}
	self := func(fieldTag string, typeTags ...string) *types.Type {
		n := lintStruct("example.com/v1", "Node", nil, typeTags...)
		n.Members = []types.Member{lintField("Next", types.PointerTo(n), fieldTag)}
		return n
	}
	for _, c := range []struct {
		name string
		pkg  string // of the struct; "" for example.com/v1
		t    *types.Type
		tags []string
		root *types.Type // instead of a struct with field F of type t
		want string
	}{
		{name: "alpha prefix", t: types.PointerTo(types.String), tags: []string{"+k8s:alpha=+k8s:required"}},
		{name: "alpha in between", t: sliceOf(types.String), tags: []string{"+k8s:optional", "+k8s:listType=set", "+k8s:item=+k8s:alpha=+k8s:required"},
			want: `tag "k8s:alpha" can't be used in between`},
		{name: "stable tag", t: types.PointerTo(types.String), tags: []string{"+k8s:required"}},
		{name: "alpha tag in stable package", t: types.String, tags: []string{"+k8s:optional", "+k8s:validateTrueAlpha"},
			want: `tag "k8s:validateTrueAlpha" with stability level "Alpha" cannot be used in Stable validation`},
		{name: "alpha tag under beta", t: types.String, tags: []string{"+k8s:optional", "+k8s:beta=+k8s:validateTrueAlpha"},
			want: `tag "k8s:validateTrueAlpha" with stability level "Alpha" cannot be used in Beta validation`},
		{name: "alpha tag under alpha", t: types.String, tags: []string{"+k8s:optional", "+k8s:alpha=+k8s:validateTrueAlpha"}},
		{name: "beta tag in alpha package", pkg: "example.com/v1alpha1", t: types.String, tags: []string{"+k8s:optional", "+k8s:validateTrueBeta"}},
		{name: "alpha tag in beta package", pkg: "example.com/v1beta1", t: types.String, tags: []string{"+k8s:optional", "+k8s:validateTrueAlpha"},
			want: `cannot be used in Beta validation`},
		{name: "beta tag under ifEnabled", t: types.String, tags: []string{"+k8s:optional", "+k8s:ifEnabled(F)=+k8s:validateTrueBeta"}},
		{name: "alpha tag under ifEnabled", t: types.String, tags: []string{"+k8s:optional", "+k8s:ifEnabled(F)=+k8s:validateTrueAlpha"},
			want: `cannot be used in Beta validation`},
		{name: "pointer without validation", t: types.PointerTo(types.String)},
		{name: "pointer with validation", t: types.PointerTo(types.Int), tags: []string{"+k8s:minimum=0"}, want: "field F: " + need},
		{name: "pointer with validation below", t: types.PointerTo(inner("+k8s:minimum=0")), want: "field F: " + need},
		{name: "pointer with validation, optional", t: types.PointerTo(types.Int), tags: []string{"+k8s:optional", "+k8s:minimum=0"}},
		{name: "slice with validation", t: sliceOf(types.String), tags: []string{"+k8s:maxItems=10"}, want: need},
		{name: "struct value exempt", t: inner("+k8s:minimum=0")},
		{name: "recursive, optional", root: self("+k8s:optional")},
		{name: "recursive, no requiredness", root: self("+k8s:immutable"), want: "field Next: " + need},
		{name: "recursive with type validation", root: self("+k8s:optional", "+k8s:immutable")},
		{name: "opaque pointer", t: types.PointerTo(inner("+k8s:minimum=0")), tags: []string{"+k8s:opaqueType"}},
		{name: "opaque alias of slice", t: lintAlias("L", sliceOf(inner("+k8s:minimum=0"))), tags: []string{"+k8s:opaqueType"}},
		{name: "slice of validated", t: sliceOf(inner("+k8s:minimum=0")), want: need},
		{name: "slice of validated, opaque values", t: sliceOf(inner("+k8s:minimum=0")), tags: []string{"+k8s:eachVal=+k8s:opaqueType"}},
		{name: "map of validated values, opaque keys", t: &types.Type{Kind: types.Map, Key: types.String, Elem: inner("+k8s:minimum=0")},
			tags: []string{"+k8s:eachKey=+k8s:opaqueType"}, want: need},
		{name: "scalar field below", t: types.PointerTo(lintStruct("example.com/v1", "Inner", []types.Member{lintField("Bar", types.Int, "+k8s:minimum=0")})),
			tags: []string{"+k8s:optional"}, want: "type example.com/v1.Inner: field Bar: " + need},
		{name: "nolint type", root: lintStruct("example.com/v1", "T", []types.Member{lintField("F", types.PointerTo(types.Int), "+k8s:minimum=0")}, "+k8s:validation-gen-nolint")},
	} {
		t.Run(c.name, func(t *testing.T) {
			root := c.root
			if root == nil {
				pkg := c.pkg
				if pkg == "" {
					pkg = "example.com/v1"
				}
				root = lintStruct(pkg, "T", []types.Member{lintField("F", c.t, c.tags...)})
			}
			l := newLinter(nil)
			l.lintType(root)
			err := errors.Join(l.errs...)
			switch {
			case c.want == "" && err != nil:
				t.Errorf("unexpected lint error: %v", err)
			case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
				t.Errorf("lint error %v, want %q", err, c.want)
			}
		})
	}
}

func sliceOf(e *types.Type) *types.Type { return &types.Type{Kind: types.Slice, Elem: e} }
