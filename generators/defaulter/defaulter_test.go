package defaulter

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"k8s.io/gengo/v2"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/kversion"
	"github.com/kodegen/kodegen/internal/markers"

	"github.com/kodegen/kodegen/internal/golden"
)

const testdata = "github.com/kodegen/kodegen/generators/defaulter/testdata/"

// generate runs the defaulter over pkgs and returns the files by path
// relative to testdata, and the warnings.
func generate(t *testing.T, cfg Config) (golden.Files, string, error) {
	t.Helper()
	if cfg.OutputFile == "" {
		cfg.OutputFile = "zz_generated.defaults.go"
	}
	// The build tag hides the golden files from the load.
	cfg.BuildTag = gengo.StdBuildTag
	g, err := New(cfg)
	if err != nil {
		return nil, "", err
	}
	files, warnings, err := golden.Generate(t, g)
	return files.Rel(t, "testdata"), warnings, err
}

func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		name    string
		cfg     Config
		files   []string
		warning string
	}{
		{"basic", Config{Inputs: []string{testdata + "basic"}}, []string{"basic/zz_generated.defaults.go"},
			"defaulter-gen: warning: " + testdata + "basic.Widget.Spec.PartsByName[key]: defaulters below map values are not called " +
				"(map values are not addressable); call them from a hand-written SetDefaults_ function\n"},
		{"input", Config{Inputs: []string{testdata + "input"}}, []string{"input/zz_generated.defaults.go"}, ""},
		{"stress", Config{Inputs: []string{testdata + "stress"}}, []string{"stress/zz_generated.defaults.go"},
			"defaulter-gen: warning: " + testdata + "stress.Top.MapSub[key]: defaulters below map values are not called " +
				"(map values are not addressable); call them from a hand-written SetDefaults_ function\n"},
		{"type marker in the doc comment", Config{Inputs: []string{testdata + "doccomment"}}, []string{"doccomment/zz_generated.defaults.go"}, ""},
		{"extra peer dirs", Config{Inputs: []string{testdata + "peer/api"}, ExtraPeerDirs: []string{testdata + "peer/shared"}},
			[]string{"peer/api/zz_generated.defaults.go"}, ""},
		{"upstream file name", Config{Inputs: []string{testdata + "input"}, OutputFile: "generated.defaults.go"},
			[]string{"input/generated.defaults.go"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files, warnings, err := generate(t, tc.cfg)
			if err != nil {
				t.Fatal(err)
			}
			if warnings != tc.warning {
				t.Errorf("warnings:\n%s\nwant:\n%s", warnings, tc.warning)
			}
			if len(files) != len(tc.files) {
				t.Errorf("got %d files, want %v", len(files), tc.files)
			}
			for _, f := range tc.files {
				if tc.cfg.OutputFile != "" {
					// Same content under another name: compare with the golden file.
					want, _ := os.ReadFile(filepath.Join("testdata", filepath.Dir(f), "zz_generated.defaults.go"))
					if !bytes.Equal(files[f], want) {
						t.Errorf("%s differs from the golden zz_generated.defaults.go", f)
					}
					continue
				}
				golden.Check(t, filepath.Join("testdata", f), files[f])
			}
		})
	}
}

// TestGoldenCompiles type-checks the golden cases with their generated
// files, so a golden file that does not compile fails here.
func TestGoldenCompiles(t *testing.T) {
	golden.Compiles(t, 5, "./testdata/basic", "./testdata/input", "./testdata/peer/api", "./testdata/doccomment", "./testdata/stress")
}

func TestMarkerErrors(t *testing.T) {
	_, _, err := generate(t, Config{Inputs: []string{testdata + "bad"}})
	if err == nil {
		t.Fatal("no error")
	}
	const bad = testdata + "bad."
	for _, want := range []string{
		bad + `Thing.Twice: +default given 2 times ("a", "b"); give it once`,
		bad + `Thing.NotJSON: +default={oops: not valid JSON`,
		bad + `Thing.WrongKind: +default="three": want a whole JSON number for int32`,
		bad + `Thing.Negative: +default=-1: want a number of at least 0 for uint`,
		bad + `Thing.Fraction: +default=1.5: want a whole JSON number for int`,
		bad + `Thing.StructValue: +default on a ` + bad + `Sub value: the generated code checks it against nil`,
		bad + `Thing.RefSlice: +default=ref(` + testdata + `bad.Names) on a []string: ref() is only for fields of builtin types`,
		bad + `Thing.ListItem: +default=["x", 2]: at index 1: want a JSON string for string`,
		bad + `Thing.MapValue: +default={"a": "b"}: at key "a": want a whole JSON number for int`,
		bad + `Odd: +k8s:defaulter-gen=yes: on a type, want true or false`,
		bad + `Thing.UnknownField: +default={"b": 1}: ` + bad + `Sub has no field with JSON name "b"`,
		bad + `Thing.FieldKind: +default=[{"a": "x"}]: at index 0: at "a": want a whole JSON number for int`,
		bad + `Thing.Null: +default=null: a default cannot be null`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not contain\n\t%s\ngot:\n%v", want, err)
		}
	}
}

func TestPackageMarkerErrors(t *testing.T) {
	for _, tc := range []struct{ pkg, want string }{
		{"badpkg", testdata + "badpkg: +k8s:defaulter-gen: false cannot be combined with other values (TypeMeta, false)"},
		{"badinput", "+k8s:defaulter-gen-input=" + testdata + "nosuchpackage: the package does not load"},
	} {
		_, _, err := generate(t, Config{Inputs: []string{testdata + tc.pkg}})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error containing %q", tc.pkg, err, tc.want)
		}
	}
}

func TestDuplicateHandWritten(t *testing.T) {
	_, _, err := generate(t, Config{Inputs: []string{testdata + "peer/api"},
		ExtraPeerDirs: []string{testdata + "peer/dup", testdata + "peer/shared"}})
	want := testdata + "peer/shared.Color: SetDefaults_Color is written twice, in " + testdata + "peer/dup and in " + testdata + "peer/shared; keep one"
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %q", err, want)
	}
}

func TestUnreachableDefaulters(t *testing.T) {
	const pkg = testdata + "unreachable."
	_, warnings, err := generate(t, Config{Inputs: []string{testdata + "unreachable"}})
	for _, want := range []string{
		pkg + "Thing.Groups[i]: every defaulter below is inside map values",
		pkg + "Thing.Matrix[i]: the elements are slices or maps with something to default inside",
		pkg + "Thing.PtrList: a pointer to a slice, map or pointer with something to default inside",
		pkg + "Thing.PtrPtr: a pointer to a slice, map or pointer with something to default inside",
		pkg + "Thing.Missing: +default=ref(" + testdata + "unreachable.NoSuchConstant): " + testdata + "unreachable has no constant or variable NoSuchConstant",
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("got %v, want an error containing %q", err, want)
		}
	}
	if err != nil && (strings.Contains(err.Error(), "Grid") || strings.Contains(err.Error(), "PtrArray")) {
		t.Errorf("slices of arrays are fine, got %v", err)
	}
	for _, w := range []string{pkg + "Thing.ByName[key]: defaulters below map values are not called", pkg + "Thing.Groups[i].Leaves[key]: defaulters below map values are not called"} {
		if !strings.Contains(warnings, w) {
			t.Errorf("warnings do not contain %q:\n%s", w, warnings)
		}
	}
}

// A misspelt defaulter-gen marker is an error naming the marker to write:
// the type would silently not be defaulted.
func TestLintErrors(t *testing.T) {
	_, _, err := generate(t, Config{Inputs: []string{testdata + "typo"}})
	want := "generators/defaulter/testdata/typo/types.go:5: " + testdata + "typo.Thing: unknown marker +k8s:defualter-gen=true: did you mean +k8s:defaulter-gen?"
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}

func TestConfigValidate(t *testing.T) {
	for _, tc := range []struct {
		cfg  Config
		want string
	}{
		{Config{OutputFile: "x.go"}, ""},
		{Config{}, "--output-file must be specified"},
		{Config{OutputFile: "x.go", LintRules: []string{"nope"}}, `--lint-rules: unrecognized rule "nope"`},
	} {
		err := tc.cfg.Validate()
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%+v: %v", tc.cfg, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%+v: got %v, want %q", tc.cfg, err, tc.want)
		}
	}
}

// TestReadDefault covers the +default parsing rules on small types.
func TestReadDefault(t *testing.T) {
	str := types.String
	ptr := func(e *types.Type) *types.Type {
		return &types.Type{Name: types.Name{Name: "*" + e.Name.String()}, Kind: types.Pointer, Elem: e}
	}
	named := &types.Type{Name: types.Name{Package: "example.com/p", Name: "Item"}, Kind: types.Alias,
		Underlying: ptr(str), CommentLines: []string{`+default="apple"`}}
	for _, tc := range []struct {
		name    string
		t       *types.Type
		lines   []string
		literal string
		ref     string
		none    bool
		err     string
	}{
		{name: "string", t: str, lines: []string{`+default="x"`}, literal: `"x"`},
		{name: "no space", t: str, lines: []string{`+default="x"`, "other text"}, literal: `"x"`},
		{name: "zero value is no default", t: str, lines: []string{`+default=""`}, none: true},
		{name: "pointer takes the named type's default", t: named, literal: `"apple"`},
		{name: "field default wins", t: named, lines: []string{`+default="pear"`}, literal: `"pear"`},
		{name: "local ref", t: str, lines: []string{"+default=ref(Name)"}, ref: "example.com/q.Name"},
		{name: "qualified ref", t: str, lines: []string{"+default=ref(example.com/r.Name)"}, ref: "example.com/r.Name"},
		{name: "none", t: str, none: true},
		{name: "bool for string", t: str, lines: []string{"+default=true"}, err: "want a JSON string for string"},
		{name: "arguments", t: str, lines: []string{`+default(x)="a"`}, err: "+default takes no arguments"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, err := readDefault(tc.t, markers.Source{Sym: markers.Symbol{Pkg: "p", Name: "T", Member: "F"}, Lines: tc.lines}, "example.com/q")
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("got %v, want error %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tc.none {
				if v != nil {
					t.Fatalf("got default %+v, want none", v)
				}
				return
			}
			if v == nil {
				t.Fatal("no default")
			}
			if v.literal != tc.literal || (tc.ref != "" && v.ref.String() != tc.ref) {
				t.Errorf("got literal %q ref %q, want %q %q", v.literal, v.ref, tc.literal, tc.ref)
			}
		})
	}
}

// TestJSONImportBefore0_32: defaulter-gen before v0.32 spelled
// json.Unmarshal by hand and its import came without a name (checked
// against upstream's v0.31.14: test/conformance TestReleasesGoldenUpstream).
func TestJSONImportBefore0_32(t *testing.T) {
	for _, tc := range []struct {
		target kversion.Version
		want   string
	}{
		{kversion.V0_31, "\t\"encoding/json\"\n"},
		{kversion.V0_32, "\tjson \"encoding/json\"\n"},
	} {
		cfg := Config{Inputs: []string{testdata + "basic"}}
		cfg.SetTarget(tc.target)
		files, _, err := generate(t, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if got := string(files["basic/zz_generated.defaults.go"]); !strings.Contains(got, tc.want) {
			t.Errorf("%s: want %q in\n%s", tc.target, tc.want, got)
		}
	}
}
