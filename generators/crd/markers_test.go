package crd

import (
	"reflect"
	"strings"
	"testing"
)

// TestMarkerValues: the value grammar, marker by marker (what
// controller-gen's parser makes of each text).
func TestMarkerValues(t *testing.T) {
	for _, c := range []struct {
		text   string
		target target
		anon   any
		args   map[string]any
		err    string
	}{
		{text: "+kubebuilder:validation:Minimum=-1.5", target: onField, anon: -1.5},
		{text: "+kubebuilder:validation:Maximum= 10 ", target: onField, anon: 10.0},
		{text: "+k8s:maximum=10 # the most", target: onField, anon: 10.0},
		{text: "+kubebuilder:validation:MaxLength=63", target: onField, anon: 63},
		{text: "+kubebuilder:validation:MaxLength=x", target: onField, err: `expected integer, got "x"`},
		{text: "+kubebuilder:validation:Pattern=`^[a-z]+$`", target: onField, anon: "^[a-z]+$"},
		{text: `+kubebuilder:validation:Pattern="^a,b$"`, target: onField, anon: "^a,b$"},
		{text: "+kubebuilder:validation:Enum=a;b;c", target: onField, anon: []any{"a", "b", "c"}},
		{text: "+kubebuilder:validation:Enum={1,2}", target: onField, anon: []any{1, 2}},
		{text: "+kubebuilder:validation:Enum=1;true;x", target: onField, anon: []any{1, true, "x"}},
		{text: "+kubebuilder:validation:UniqueItems=true", target: onField, anon: true},
		{text: "+kubebuilder:validation:UniqueItems", target: onField, err: `missing argument ""`},
		{text: "+kubebuilder:validation:ExclusiveMinimum=yes", target: onField, err: `expected true or false, got "yes"`},
		{text: "+kubebuilder:default={a: 1, b: two}", target: onField, anon: map[string]any{"a": 1, "b": "two"}},
		{text: "+kubebuilder:default=[]", target: onField, anon: "[]"},
		{text: "+kubebuilder:default={}", target: onField, anon: map[string]any{}},
		{text: "+kubebuilder:default=-3", target: onField, anon: -3},
		{text: `+default="x"`, target: onField, anon: "x"},
		{text: `+default=ref(Foo)`, target: onField, anon: nil},
		{text: "+kubebuilder:validation:XValidation:rule=\"self > 0\",message=`must be positive`", target: onField,
			args: map[string]any{"rule": "self > 0", "message": "must be positive"}},
		{text: `+kubebuilder:validation:XValidation:message="m"`, target: onField, err: `missing argument "rule"`},
		{text: `+kubebuilder:validation:XValidation:rule="r",colour=red`, target: onField, err: `unknown argument "colour"`},
		{text: "+kubebuilder:printcolumn:name=Age,type=date,JSONPath=`.metadata.creationTimestamp`,priority=1", target: onType,
			args: map[string]any{"name": "Age", "type": "date", "JSONPath": ".metadata.creationTimestamp", "priority": 1}},
		{text: "+kubebuilder:resource:shortName={a,b},categories=x;y,scope=Cluster", target: onType,
			args: map[string]any{"shortName": []any{"a", "b"}, "categories": []any{"x", "y"}, "scope": "Cluster"}},
		{text: "+kubebuilder:subresource:status", target: onType},
		{text: "+kubebuilder:subresource:status=true", target: onType, err: "extra arguments provided"},
		{text: "+groupName=example.com", target: onPackage, anon: "example.com"},
		{text: "+groupName", target: onPackage},
		{text: "+listType=map", target: onField, anon: "map"},
	} {
		t.Run(c.text, func(t *testing.T) {
			d := crdRegistry.lookup(c.text, c.target)
			if d == nil {
				t.Fatalf("no definition for %s on a %s", c.text, c.target)
			}
			v, err := d.parse(c.text)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("error %v, want %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(v.anon, c.anon) {
				t.Errorf("value %#v, want %#v", v.anon, c.anon)
			}
			if c.args == nil {
				c.args = map[string]any{}
			}
			if !reflect.DeepEqual(v.args, c.args) {
				t.Errorf("arguments %#v, want %#v", v.args, c.args)
			}
		})
	}
}

// TestLookup: a marker is found by its whole name, then without its last
// segment (+kubebuilder:printcolumn:name=... is +kubebuilder:printcolumn).
func TestLookup(t *testing.T) {
	for _, c := range []struct {
		text   string
		target target
		want   string
	}{
		{"+kubebuilder:validation:Minimum=1", onField, "kubebuilder:validation:Minimum"},
		{"+kubebuilder:validation:items:Minimum=1", onType, "kubebuilder:validation:items:Minimum"},
		{"+kubebuilder:printcolumn:name=x,type=y,JSONPath=z", onType, "kubebuilder:printcolumn"},
		{"+kubebuilder:printcolumn:name=x", onField, ""},
		{"+optional", onField, "optional"},
		{"+optional", onType, ""},
		{"+kubebuilder:nope=1", onField, ""},
	} {
		d := crdRegistry.lookup(c.text, c.target)
		got := ""
		if d != nil {
			got = d.name
		}
		if got != c.want {
			t.Errorf("lookup(%s, %s) = %q, want %q", c.text, c.target, got, c.want)
		}
	}
}

func TestSuggest(t *testing.T) {
	for text, want := range map[string]string{
		"+kubebuilder:validation:Maximun=3":   "kubebuilder:validation:Maximum",
		"+kubebuilder:subresource:stauts":     "kubebuilder:subresource:status",
		"+kubebuilder:printcolum:name=x":      "kubebuilder:printcolumn",
		"+kubebuilder:storageVersion":         "kubebuilder:storageversion",
		"+kubebuilder:completely:different:x": "",
	} {
		if got := suggest(text); got != want {
			t.Errorf("suggest(%s) = %q, want %q", text, got, want)
		}
	}
}

func TestTruncate(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"One sentence. Another one here.", 20, "One sentence."},
		{"no sentence end at all here", 12, "no sentence..."},
		{"nospacesatall", 5, "nospa..."},
	} {
		if got := truncate(c.in, c.n); got != c.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}

func TestParseOption(t *testing.T) {
	defs := []OptionDef{
		{Name: "paths", Anon: "[]string"},
		{Name: "crd", Args: []OptionArg{{Name: "maxDescLen", Type: "int", Optional: true}, {Name: "crdVersions", Type: "[]string", Optional: true}}},
		{Name: "output:crd:artifacts", Args: []OptionArg{{Name: "config", Type: "string"}}},
		{Name: "output:crd:dir", Anon: "string"},
	}
	for _, c := range []struct {
		text, def string
		anon      any
		args      map[string]any
		err       string
	}{
		{text: "paths=./...", def: "paths", anon: []string{"./..."}, args: map[string]any{}},
		{text: "paths={./a/...,./b}", def: "paths", anon: []string{"./a/...", "./b"}, args: map[string]any{}},
		{text: "crd:crdVersions=v1,maxDescLen=0", def: "crd", args: map[string]any{"crdVersions": []string{"v1"}, "maxDescLen": 0}},
		{text: "crd", def: "crd", args: map[string]any{}},
		{text: "output:crd:artifacts:config=config/crd/bases", def: "output:crd:artifacts", args: map[string]any{"config": "config/crd/bases"}},
		{text: "output:crd:dir=out", def: "output:crd:dir", anon: "out", args: map[string]any{}},
		{text: "rbac:roleName=x", err: `unknown option "rbac:roleName=x"`},
		{text: "crd:maxDescLen=x", err: `unable to parse option "crd:maxDescLen=x"`},
	} {
		o, err := ParseOption(defs, c.text)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s: error %v, want %q", c.text, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.text, err)
			continue
		}
		if o.Def.Name != c.def || !reflect.DeepEqual(o.Anon, c.anon) || !reflect.DeepEqual(o.Args, c.args) {
			t.Errorf("%s: got %s %#v %#v, want %s %#v %#v", c.text, o.Def.Name, o.Anon, o.Args, c.def, c.anon, c.args)
		}
	}
}
