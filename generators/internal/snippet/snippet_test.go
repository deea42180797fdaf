package snippet

import (
	"bytes"
	"strings"
	"testing"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
)

// The cached writer must write what gengo's SnippetWriter writes, for every
// context's own namers, and report the same errors.
func TestWriterMatchesGengo(t *testing.T) {
	widget := &types.Type{Name: types.Name{Package: "example.com/shop/v1", Name: "Widget"}, Kind: types.Struct}
	for _, c := range []*generator.Context{
		{Namers: namer.NameSystems{"public": namer.NewPublicNamer(0), "private": namer.NewPrivateNamer(0)}},
		{Namers: namer.NameSystems{"public": namer.NewPublicNamer(1), "private": namer.NewPrivateNamer(1)}},
	} {
		const text = "func New$.type|public$() *$.type|private$ { return nil } // $.n$\n"
		for i := 0; i < 3; i++ { // the second and third use the cached tree
			var want, got bytes.Buffer
			args := generator.Args{"type": widget, "n": i}
			if err := generator.NewSnippetWriter(&want, c, "$", "$").Do(text, args).Error(); err != nil {
				t.Fatal(err)
			}
			if err := NewWriter(&got, c, "$", "$").Do(text, args).Error(); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("got %q, want %q", got.String(), want.String())
			}
		}
	}
	var out bytes.Buffer
	c := &generator.Context{Namers: namer.NameSystems{}}
	if err := NewWriter(&out, c, "$", "$").Do("$.type|nosuch$", nil).Error(); err == nil || !strings.Contains(err.Error(), "nosuch") {
		t.Errorf("undefined function: error = %v", err)
	}
	if err := NewWriter(&out, c, "{{", "}}").Do("{{.x}", nil).Error(); err == nil {
		t.Error("a malformed template was accepted")
	}
}
