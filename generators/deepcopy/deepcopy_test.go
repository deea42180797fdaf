package deepcopy

import (
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kodegen/kodegen/generators/internal/apilint"
	"github.com/kodegen/kodegen/internal/golden"
	"github.com/kodegen/kodegen/internal/markers"
)

// goldenCases are the packages under testdata whose output is checked in
// beside them (each was also checked byte for byte against upstream
// deepcopy-gen v0.37.2, except anyfile, whose marker upstream ignores).
var goldenCases = []string{"structs", "named", "handwritten", "interfaces", "otherpkg", "optin", "anyfile", "aliases", "warn", "loadiface"}

const outputFile = "zz_generated.deepcopy.go"

// generate runs the generator on the testdata packages and returns the
// files by path relative to testdata, and the warnings.
func generate(t *testing.T, cfg Config) (golden.Files, string, error) {
	t.Helper()
	if cfg.OutputFile == "" {
		cfg.OutputFile = outputFile
	}
	g, err := New(cfg)
	if err != nil {
		return nil, "", err
	}
	files, warnings, err := golden.Generate(t, g)
	return files.Rel(t, "testdata"), warnings, err
}

func TestGolden(t *testing.T) {
	for _, name := range goldenCases {
		t.Run(name, func(t *testing.T) {
			files, _, err := generate(t, Config{Inputs: []string{"./testdata/" + name}})
			if err != nil {
				t.Fatalf("generate: %v", err)
			}
			want := name + "/" + outputFile
			got, ok := files[want]
			if !ok || len(files) != 1 {
				t.Fatalf("generated %v, want just %s", slices.Sorted(maps.Keys(files)), want)
			}
			golden.Check(t, filepath.Join("testdata", name, outputFile), got)
		})
	}
}

// TestGoldenCompiles type-checks every golden package with its generated
// file (./... skips testdata, so nothing else would notice).
func TestGoldenCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks with dependencies")
	}
	patterns := make([]string, len(goldenCases))
	for i, name := range goldenCases {
		patterns[i] = "./testdata/" + name
	}
	golden.Compiles(t, len(goldenCases), patterns...)
}

// TestAllAtOnce generates every golden case in one run: the same files.
func TestAllAtOnce(t *testing.T) {
	var patterns []string
	for _, name := range goldenCases {
		patterns = append(patterns, "./testdata/"+name)
	}
	files, _, err := generate(t, Config{Inputs: patterns, OutputFile: "deepcopy.go"})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(goldenCases) {
		t.Errorf("generated %v, want one file per case", slices.Sorted(maps.Keys(files)))
	}
	for _, name := range goldenCases {
		if _, ok := files[name+"/deepcopy.go"]; !ok {
			t.Errorf("no %s/deepcopy.go (--output-file) in %v", name, slices.Sorted(maps.Keys(files)))
		}
	}
}

func TestWarnings(t *testing.T) {
	_, warnings, err := generate(t, Config{Inputs: []string{"./testdata/warn"}})
	if err != nil {
		t.Fatal(err)
	}
	want := "warn.Widget: unknown marker +genclient:nonNamespace: did you mean +genclient:nonNamespaced?"
	if !strings.Contains(warnings, want) {
		t.Errorf("warnings %q do not contain %q", warnings, want)
	}
}

// TestErrors: every error names the symbol; a marker error starts with the
// marker's file:line, relative to the module root.
func TestErrors(t *testing.T) {
	const bad = "github.com/kodegen/kodegen/generators/deepcopy/testdata/bad/"
	for _, tc := range []struct {
		pkg  string
		want []string
	}{
		{"typevalue", []string{"generators/deepcopy/testdata/bad/typevalue/types.go:4: " + bad + "typevalue.Widget: +k8s:deepcopy-gen=ture: want true or false"}},
		{"pkgvalue", []string{"generators/deepcopy/testdata/bad/pkgvalue/doc.go:1: " + bad + "pkgvalue: +k8s:deepcopy-gen=true: want package or false"}},
		{"misspelled", []string{"generators/deepcopy/testdata/bad/misspelled/doc.go:1: " + bad + "misspelled: unknown marker +k8s:deepcopygen=package: did you mean +k8s:deepcopy-gen?"}},
		{"chanfield", []string{
			bad + "chanfield.Widget.Events: cannot deep-copy a field of type chan string",
			bad + "chanfield.Gadget.Ready: cannot deep-copy a field of type chan struct{}",
			bad + "chanfield.Gadget.Hook: cannot deep-copy a field of type func() error",
		}},
		{"funcfield", []string{bad + "funcfield.Widget.Hook: cannot deep-copy a field of type func(string) error"}},
		{"generic", []string{bad + "generic.Box[T]: generic types are not supported"}},
		{"emptyiface", []string{bad + "emptyiface.Widget.Any: cannot deep-copy an empty interface"}},
		{"ifacenocopy", []string{bad + "ifacenocopy.Widget.Shape: interface " + bad + "ifacenocopy.Shape has no DeepCopyShape method"}},
		{"notiface", []string{"generators/deepcopy/testdata/bad/notiface/types.go:8: " + bad + "notiface.Widget: +k8s:deepcopy-gen:interfaces=" + bad + "notiface.Other: " + bad + "notiface.Other is a struct, not an interface"}},
		{"unknowniface", []string{"generators/deepcopy/testdata/bad/unknowniface/types.go:5: " + bad + "unknowniface.Widget: +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Objekt: no such type"}},
		{"ptrarray", []string{bad + "ptrarray.Widget.Slots: array of *int would be copied shallowly"}},
		{"mapkey", []string{bad + "mapkey.Widget.ByKey: map key type " + bad + "mapkey.Key cannot be copied by assignment"}},
		{"badsig", []string{bad + "badsig.Widget: hand-written DeepCopy on *Widget returns Widget: return *Widget"}},
		{"valuecopyiface", []string{"generators/deepcopy/testdata/bad/valuecopyiface/types.go:5: " + bad + "valuecopyiface.Widget: +k8s:deepcopy-gen:interfaces: the generated DeepCopy<Interface> methods need DeepCopy to return *Widget"}},
		{"nonpointer", []string{"generators/deepcopy/testdata/bad/nonpointer/types.go:6: " + bad + "nonpointer.Widget: +k8s:deepcopy-gen:nonpointer-interfaces=yes: want true or false"}},
		{"typetypo", []string{"generators/deepcopy/testdata/bad/typetypo/types.go:5: " + bad + "typetypo.Widget: unknown marker +k8s:deepcopy-gen:interface=k8s.io/apimachinery/pkg/runtime.Object: did you mean +k8s:deepcopy-gen:interfaces?"}},
		{"uncopyable", []string{"generators/deepcopy/testdata/bad/uncopyable/types.go:4: " + bad + "uncopyable.Shape: +k8s:deepcopy-gen=true: only exported structs and named maps and slices can be deep-copied; this is an interface"}},
	} {
		t.Run(tc.pkg, func(t *testing.T) {
			files, _, err := generate(t, Config{Inputs: []string{"./testdata/bad/" + tc.pkg}})
			if err == nil {
				t.Fatalf("no error; generated %v", slices.Sorted(maps.Keys(files)))
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error does not contain %q:\n%v", w, err)
				}
			}
		})
	}
}

// TestErrorsTogether: problems in several packages are reported in one run.
func TestErrorsTogether(t *testing.T) {
	_, _, err := generate(t, Config{Inputs: []string{"./testdata/bad/typevalue", "./testdata/bad/funcfield", "./testdata/structs"}})
	if err == nil {
		t.Fatal("no error")
	}
	for _, w := range []string{"typevalue.Widget: +k8s:deepcopy-gen=ture", "funcfield.Widget.Hook"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error does not contain %q:\n%v", w, err)
		}
	}
}

func TestConfigValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  Config
		want []string
	}{
		{"ok", Config{Inputs: []string{"./..."}, OutputFile: "x.go", LintRules: []string{apilint.KnownTagsOnly}}, nil},
		{"no output file", Config{Inputs: []string{"./..."}}, []string{"--output-file must be specified"}},
		{"path", Config{Inputs: []string{"./..."}, OutputFile: "a/b.go"}, []string{"--output-file=a/b.go: want a file name"}},
		{"everything", Config{LintRules: []string{"pedantic"}}, []string{"--output-file must be specified", `--lint-rules: unrecognized rule "pedantic"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.cfg.Validate()
			if len(tc.want) == 0 {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestParseEnable(t *testing.T) {
	typeValues := []string{"true", "false"}
	for _, tc := range []struct {
		lines []string
		want  string
		err   string
	}{
		{nil, "", ""},
		{[]string{"Doc.", "+k8s:deepcopy-gen=true"}, "true", ""},
		{[]string{"+k8s:deepcopy-gen=false // a comment is part of the value"}, "", "want true or false"},
		{[]string{"+k8s:deepcopy-gen=true,register=true"}, "true", ""},
		{[]string{"+k8s:deepcopy-gen=true", "+k8s:deepcopy-gen=true"}, "true", ""},
		{[]string{"+k8s:deepcopy-gen=true", "+k8s:deepcopy-gen=false"}, "", "given 2 times with different values"},
		{[]string{"+k8s:deepcopy-gen=yes"}, "", "+k8s:deepcopy-gen=yes: want true or false"},
		{[]string{"+k8s:deepcopy-gen=true,color=red"}, "", `unknown parameter "color=red"`},
		{[]string{"+k8s:deepcopy-gen(x)=true"}, "", "takes no arguments"},
	} {
		got, err := parseEnable(markers.Source{Sym: markers.Symbol{Pkg: "p", Name: "T"}, Lines: tc.lines}, typeValues, "")
		switch {
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%q: error %v, want %q", tc.lines, err, tc.err)
		case tc.err == "" && err != nil:
			t.Errorf("%q: %v", tc.lines, err)
		case got.value != tc.want:
			t.Errorf("%q: got %q, want %q", tc.lines, got.value, tc.want)
		}
	}
}

func TestLintRules(t *testing.T) {
	_, _, err := generate(t, Config{Inputs: []string{"./testdata/warn"}, LintRules: apilint.Rules})
	if err != nil {
		t.Fatalf("warn passes both rules: %v", err)
	}
	_, _, err = generate(t, Config{Inputs: []string{"./testdata/lint/v1"}, LintRules: []string{apilint.KnownTagsOnly}})
	if err == nil || !strings.Contains(err.Error(), "unrecognized +k8s: tag(s): +k8s:shiny-gen") {
		t.Errorf("known-tags-only: got %v", err)
	}
	_, _, err = generate(t, Config{Inputs: []string{"./testdata/lint/v1"}, LintRules: []string{apilint.ExplicitDisablement}})
	if err == nil || !strings.Contains(err.Error(), "+k8s:deepcopy-gen=<package or false>") {
		t.Errorf("require-explicit-disablement: got %v", err)
	}
}
