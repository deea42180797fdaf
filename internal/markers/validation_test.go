package markers

import (
	"strings"
	"testing"
)

// TestValidationTags: the catalogue has upstream's 45 tags, each
// declared with a scope, and every Def of it is in the Catalogue.
func TestValidationTags(t *testing.T) {
	tags := ValidationTags()
	if len(tags) != 45 {
		t.Errorf("%d validation tags, want v0.37.2's 45", len(tags))
	}
	for _, vt := range tags {
		if d, ok := Lookup(vt.Name); !ok || d.Generator != "validation-gen" {
			t.Errorf("%s is not in the catalogue", vt.Marker())
		}
		if vt.Scopes == 0 || len(vt.Contexts) == 0 {
			t.Errorf("%s has no scope", vt.Marker())
		}
	}
}

// TestValidationTagsOf: tags come sorted by name; an unknown +k8s: tag,
// a tag in the wrong scope, a bad payload or argument is an error naming
// the fix; other tools' markers pass.
func TestValidationTagsOf(t *testing.T) {
	sym := Symbol{Pkg: "p", Name: "T", Member: "F"}
	for _, c := range []struct {
		lines []string
		where Scope
		names string // the tags found, in order
		err   string
	}{
		{[]string{"+k8s:minimum=1", "+k8s:optional", "+k8s:deepcopy-gen=true", "+optional"}, Field, "k8s:minimum k8s:optional", ""},
		{[]string{"+k8s:minimun=1"}, Field, "", "unknown tag +k8s:minimun: did you mean +k8s:minimum?"},
		{[]string{"+k8s:required"}, Type, "", "+k8s:required may not be written on a type"},
		{[]string{"+k8s:enum"}, Field, "", "+k8s:enum may not be written on a field"},
		{[]string{"+k8s:format=k8s-short-nam"}, Field, "", "did you mean k8s-short-name?"},
		{[]string{"+k8s:maxItems=-1"}, Field, "", "non-negative integer"},
		{[]string{"+k8s:maxLength=abc"}, Field, "", "must be an integer"},
		{[]string{"+k8s:required=yes"}, Field, "", "takes no payload"},
		{[]string{"+k8s:eachVal=+k8s:maxLenght=3"}, Field, "", "did you mean +k8s:maxLength?"},
		{[]string{"+k8s:subfield=+k8s:required"}, Field, "", "missing its argument"},
		{[]string{"+k8s:ifEnabled(\"A\")=+k8s:minimum=1"}, Field, "k8s:ifEnabled", ""},
	} {
		tags, err := ValidationTagsOf(Source{Sym: sym, Lines: c.lines, Where: c.where})
		var names []string
		for _, tg := range tags {
			names = append(names, tg.Name)
		}
		switch {
		case c.err == "" && err != nil:
			t.Errorf("%q: %v", c.lines, err)
		case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
			t.Errorf("%q: error %v, want %q", c.lines, err, c.err)
		case strings.Join(names, " ") != c.names:
			t.Errorf("%q: tags %q, want %q", c.lines, names, c.names)
		}
	}
}
