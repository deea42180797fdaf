package register

import (
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kodegen/kodegen/internal/golden"
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
