package register

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/golden"
)

const testdata = "github.com/kodegen/kodegen/generators/register/testdata/"

// generate runs register-gen over inputs and returns the files by path
// relative to testdata, and the warnings.
func generate(t *testing.T, inputs ...string) (map[string][]byte, string, error) {
	t.Helper()
	cfg := Config{Inputs: inputs, OutputFile: "zz_generated.register.go"}
	var warnings bytes.Buffer
	g, err := New(cfg)
	if err != nil {
		return nil, "", err
	}
	set, err := engine.Generate([]engine.Generator{g}, engine.Options{Warnings: &warnings})
	if err != nil {
		return nil, warnings.String(), err
	}
	abs, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, p := range set.Paths() {
		data, _ := set.Get(p)
		rel, err := filepath.Rel(abs, p)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.ToSlash(rel)] = data
	}
	return files, warnings.String(), nil
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
			"register-gen: warning: " + testdata + "othervalue/v1: +k8s:register-gen=yes: want true or false; taken as true\n"},
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
				t.Fatalf("got files %v, want %s", keys(files), tc.file)
			}
			golden.Check(t, filepath.Join("testdata", tc.file), files[tc.file])
		})
	}
}

// TestGoldenCompiles type-checks the golden cases with their generated files.
func TestGoldenCompiles(t *testing.T) {
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax}, "./testdata/simple/v1", "./testdata/explicit/v1beta1", "./testdata/othervalue/v1")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pkgs {
		for _, e := range p.Errors {
			t.Errorf("%s: %v", p.PkgPath, e)
		}
	}
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

func keys(m map[string][]byte) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
