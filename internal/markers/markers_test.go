package markers

import (
	"errors"
	"strings"
	"testing"
)

func TestLint(t *testing.T) {
	for _, c := range []struct {
		line string
		want string // substring of the warning; "" for none
	}{
		{"+k8s:deepcopygen=package", "did you mean +k8s:deepcopy-gen?"},
		{"+k8s:deepcopy-gen=package", ""},
		{"+genclient:nonNamespace", "did you mean +genclient:nonNamespaced?"},
		{"+k8s:openapi-gen=true", ""}, // another upstream tool's marker
		{"+k8s:prerelease-lifecycle-gen:introduced=1.20", ""},
		{"+optional", ""},                   // not a +k8s: marker
		{"+k8s:completely-unrelated=1", ""}, // not close to anything
		{"  +k8s:conversion-gen=false", ""},
	} {
		got := Lint(Source{Sym: Symbol{Pkg: "example.com/apis/v1", Name: "Widget"}, Lines: []string{c.line}})
		switch {
		case c.want == "" && len(got) != 0:
			t.Errorf("Lint(%q) = %v, want no warning", c.line, got)
		case c.want != "" && (len(got) != 1 || !strings.Contains(got[0].Error.Error(), c.want) || !strings.HasPrefix(got[0].Error.Error(), "example.com/apis/v1.Widget: ")):
			t.Errorf("Lint(%q) = %v, want a warning containing %q and the symbol", c.line, got, c.want)
		}
	}
}

func TestDefGet(t *testing.T) {
	d := Def{Name: "k8s:deepcopy-gen", Allowed: []string{"package", "true", "false"}}
	for _, c := range []struct {
		lines []string
		value string
		ok    bool
		err   string
	}{
		{lines: []string{"+k8s:deepcopy-gen=true"}, value: "true", ok: true},
		{lines: []string{"nothing"}},
		{lines: []string{"+k8s:deepcopy-gen=ture"}, ok: true, err: "+k8s:deepcopy-gen=ture: want package, true or false"},
		{lines: []string{"+k8s:deepcopy-gen=true", "+k8s:deepcopy-gen=false"}, ok: true, err: "given 2 times"},
		{lines: []string{"+k8s:deepcopy-gen=true", "+k8s:deepcopy-gen=true"}, value: "true", ok: true},
	} {
		v, ok, err := d.Get(Source{Sym: Symbol{Pkg: "example.com/apis/v1", Name: "Widget"}, Lines: c.lines})
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) || !strings.HasPrefix(err.Error(), "example.com/apis/v1.Widget: ") {
				t.Errorf("Get(%q) error = %v, want %q", c.lines, err, c.err)
			}
			continue
		}
		if err != nil || v != c.value || ok != c.ok {
			t.Errorf("Get(%q) = %q, %v, %v; want %q, %v", c.lines, v, ok, err, c.value, c.ok)
		}
	}
}

// Every marker is declared once per generator, with what the catalogue needs.
func TestCatalogue(t *testing.T) {
	seen := map[string]bool{}
	for _, d := range Catalogue() {
		key := d.Name + " " + d.Generator
		if seen[key] {
			t.Errorf("%s declared twice for %s", d.Marker(), d.Generator)
		}
		seen[key] = true
		if other, ok := Lookup(d.Name); !ok || other.Generator != d.Generator {
			t.Errorf("%s declared more than once (for %s and %s); declare it once and list the other readers in ReadBy", d.Marker(), d.Generator, other.Generator)
		}
		if d.Doc == "" || d.Example == "" || d.Scopes == 0 || d.Generator == "" {
			t.Errorf("%s (%s) lacks a doc, example, scope or generator", d.Marker(), d.Generator)
		}
		if !strings.HasPrefix(d.Example, "+"+d.Name) {
			t.Errorf("%s: example %q does not use the marker", d.Marker(), d.Example)
		}
	}
}

func TestDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		d    int
	}{{"", "", 0}, {"abc", "abc", 0}, {"abc", "abd", 1}, {"deepcopygen", "deepcopy-gen", 1}, {"", "abc", 3}} {
		if got := distance(c.a, c.b); got != c.d {
			t.Errorf("distance(%q, %q) = %d, want %d", c.a, c.b, got, c.d)
		}
	}
}

// TestConversionDefs: each exported conversion Def is the marker its name
// says (they were once bound to the table by index).
func TestConversionDefs(t *testing.T) {
	for want, d := range map[string]Def{
		"k8s:conversion-gen":                ConversionGen,
		"k8s:conversion-gen-external-types": ConversionExternal,
		"k8s:conversion-gen:explicit-from":  ConversionExplicitFrom,
		"k8s:conversion-fn":                 ConversionFn,
	} {
		if d.Name != want {
			t.Errorf("the Def for +%s is named %q", want, d.Name)
		}
	}
}

// fakeLocator places every marker of symbol "p.T" on line 7 of types.go.
type fakeLocator struct{}

func (fakeLocator) LocateMarker(pkg, typeName, member, name, value string) (string, int, bool) {
	if pkg == "p" && typeName == "T" {
		return "p/types.go", 7, true
	}
	return "", 0, false
}

// Errors from Get are located through the whole errors.Join tree.
func TestLocate(t *testing.T) {
	d := Def{Name: "k8s:x", Allowed: []string{"true"}}
	_, _, err := d.Get(Source{Sym: Symbol{Pkg: "p", Name: "T"}, Lines: []string{"+k8s:x=no"}})
	_, _, other := d.Get(Source{Sym: Symbol{Pkg: "q", Name: "U"}, Lines: []string{"+k8s:x=no"}})
	joined := errors.Join(errors.New("unrelated"), errors.Join(err, other))
	Locate(joined, fakeLocator{})
	want := "unrelated\np/types.go:7: p.T: +k8s:x=no: want true\nq.U: +k8s:x=no: want true"
	if joined.Error() != want {
		t.Errorf("got\n%s\nwant\n%s", joined, want)
	}
}

// No two declarations share a name, and the parsers are the ones the
// readers use (deepcopy-gen reads function-style, +default with codetags).
func TestParsers(t *testing.T) {
	for _, c := range []struct {
		d    Def
		want Parser
	}{{DeepcopyGen, FuncStyle}, {Default, CodeTags}, {GroupName, CodeTags}, {GroupGoName, FuncStyle}, {Genclient, Legacy}} {
		if c.d.Parser != c.want {
			t.Errorf("%s parses with %s, want %s", c.d.Marker(), c.d.Parser, c.want)
		}
	}
}

func TestMarkerName(t *testing.T) {
	for line, want := range map[string]string{
		"+k8s:deepcopy-gen=package": "k8s:deepcopy-gen", "  +genclient": "genclient", "\t+a/b.c_d-e:f(x)": "a/b.c_d-e:f",
		"text +k8s:x": "", "+": "", "+=x": "", "": "",
	} {
		if got := markerName(line); got != want {
			t.Errorf("markerName(%q) = %q, want %q", line, got, want)
		}
	}
}
