package register

import (
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kodegen/kodegen/internal/golden"
	"github.com/kodegen/kodegen/internal/kversion"
)

const testdata = "github.com/kodegen/kodegen/generators/register/testdata/"

// generate runs register-gen over inputs and returns the files by path
// relative to testdata, and the warnings.
func generate(t *testing.T, inputs ...string) (golden.Files, string, error) {
	t.Helper()
	cfg := Config{Inputs: inputs, OutputFile: "zz_generated.register.go"}
	g, err := New(cfg)
	if err != nil {
		return nil, "", err
	}
	files, warnings, err := golden.Generate(t, g)
	return files.Rel(t, "testdata"), warnings, err
}

func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		name, input, file string
		warning           string
	}{
		{"group from +groupName", "simple/v1", "simple/v1/zz_generated.register.go", ""},
		{"group from the path", "explicit/v1beta1", "explicit/v1beta1/zz_generated.register.go", ""},
		{"hand-written register.go", "handwritten/v1", "", ""},
		{"internal types", "internal", "", ""},
		{"turned off", "off/v1", "", ""},
		{"no type with TypeMeta", "notypes/v1", "", ""},
		{"other value taken as true", "othervalue/v1", "othervalue/v1/zz_generated.register.go",
			"register-gen: warning: generators/register/testdata/othervalue/v1/doc.go:3: " + testdata + "othervalue/v1: +k8s:register-gen=yes: want true or false; taken as true\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files, warnings, err := generate(t, testdata+tc.input)
			if err != nil {
				t.Fatal(err)
			}
			if warnings != tc.warning {
				t.Errorf("warnings:\n%s\nwant:\n%s", warnings, tc.warning)
			}
			if tc.file == "" {
				if len(files) != 0 {
					t.Errorf("generated %d file(s), want none", len(files))
				}
				return
			}
			if len(files) != 1 || files[tc.file] == nil {
				t.Fatalf("got files %v, want %s", slices.Sorted(maps.Keys(files)), tc.file)
			}
			golden.Check(t, filepath.Join("testdata", tc.file), files[tc.file])
		})
	}
}

// TestGoldenCompiles type-checks the golden cases with their generated files.
func TestGoldenCompiles(t *testing.T) {
	golden.Compiles(t, 3, "./testdata/simple/v1", "./testdata/explicit/v1beta1", "./testdata/othervalue/v1")
}

func TestMarkerErrors(t *testing.T) {
	_, _, err := generate(t, testdata+"mixed/v1")
	want := testdata + `mixed/v1: +k8s:register-gen given 2 times with different values ("true", "false"); give it once`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("got %v, want an error containing %q", err, want)
	}
}

func TestConfigValidate(t *testing.T) {
	if err := (Config{}).Validate(); err == nil || !strings.Contains(err.Error(), "--output-file") {
		t.Errorf("empty output file: got %v", err)
	}
	if err := (Config{OutputFile: "x.go", LintRules: []string{"x"}}).Validate(); err == nil || !strings.Contains(err.Error(), "--lint-rules") {
		t.Errorf("bad lint rule: got %v", err)
	}
	if err := (Config{OutputFile: "x.go"}).Validate(); err != nil {
		t.Errorf("valid config: %v", err)
	}
}

// TestTargetBefore0_37 is what upstream's register-gen of older releases
// writes (checked against code-generator v0.31.14 to v0.36.6 on these
// inputs: test/conformance TestReleasesGoldenUpstream): runtime and schema
// imported without a name before v0.32, meta/v1 as v1 even in a package v1
// (the import tracker did not know the file's package), no empty comment
// line before Deprecated before v0.35, and +k8s:register-gen unknown
// before v0.37.
func TestTargetBefore0_37(t *testing.T) {
	gen := func(target kversion.Version, inputs ...string) (golden.Files, error) {
		cfg := Config{Inputs: inputs, OutputFile: "zz_generated.register.go", Target: target}
		g, err := New(cfg)
		if err != nil {
			return nil, err
		}
		files, _, err := golden.Generate(t, g)
		return files.Rel(t, "testdata"), err
	}
	for _, tc := range []struct {
		target        kversion.Version
		want, notWant []string
	}{
		{kversion.V0_31, []string{"\tv1 \"k8s.io/apimachinery/pkg/apis/meta/v1\"\n\t\"k8s.io/apimachinery/pkg/runtime\"\n\t\"k8s.io/apimachinery/pkg/runtime/schema\"\n",
			"var GroupVersion = v1.GroupVersion{", "these objects\n// Deprecated: use GroupVersion instead."}, []string{"//\n// Deprecated"}},
		{kversion.V0_34, []string{"\tmetav1 \"k8s.io/apimachinery/pkg/apis/meta/v1\"\n\truntime \"k8s.io/apimachinery/pkg/runtime\"\n",
			"these objects\n// Deprecated: use GroupVersion instead."}, []string{"//\n// Deprecated"}},
		{kversion.V0_35, []string{"these objects\n//\n// Deprecated: use GroupVersion instead."}, nil},
	} {
		files, err := gen(tc.target, testdata+"simple/v1")
		if err != nil {
			t.Fatalf("%s: %v", tc.target, err)
		}
		got := string(files["simple/v1/zz_generated.register.go"])
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: want %q in\n%s", tc.target, w, got)
			}
		}
		for _, w := range tc.notWant {
			if strings.Contains(got, w) {
				t.Errorf("%s: do not want %q in\n%s", tc.target, w, got)
			}
		}
	}
	// Before v0.37 every input package gets a file, and the marker that
	// turns one off is one that release ignores: an error naming v0.37.
	_, err := gen(kversion.V0_36, testdata+"off/v1")
	if want := "+k8s:register-gen came with register-gen v0.37; the target is v0.36"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("off/v1 at v0.36: err = %v, want %q", err, want)
	}
	if files, err := gen(kversion.V0_37, testdata+"off/v1"); err != nil || len(files) != 0 {
		t.Errorf("off/v1 at v0.37: files %v, err %v; want none", slices.Sorted(maps.Keys(files)), err)
	}
}
