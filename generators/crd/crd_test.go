package crd

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kodegen/kodegen/internal/golden"
)

// goldenCases: the files under testdata/<dir>/<out> were written by
// upstream controller-gen v0.23.0 with the same options (see
// TestGolden's table), except upstream's stray "_.yaml" for a kind whose
// only version is skipped, which kodegen does not write.
var goldenCases = []struct {
	name, dir, out string
	cfg            Config
}{
	{"markers", "markers", "crds", Config{}},
	{"multiversion", "multiversion", "crds", Config{AllowDangerousTypes: true}},
	{"options", "multiversion", "crds-short", Config{MaxDescLen: intPtr(30), AllowDangerousTypes: true, IgnoreUnexportedFields: true, GenerateEmbeddedObjectMeta: true}},
}

func intPtr(n int) *int { return &n }

func generate(t *testing.T, cfg Config) (golden.Files, string, error) {
	t.Helper()
	g, err := New(cfg)
	if err != nil {
		return nil, "", err
	}
	files, warnings, err := golden.Generate(t, g)
	return files, warnings, err
}

func TestGolden(t *testing.T) {
	for _, c := range goldenCases {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join("testdata", c.dir, c.out)
			cfg := c.cfg
			cfg.Inputs = []string{"./testdata/" + c.dir + "/..."}
			cfg.OutputDir = out
			cfg.ToolVersion = DefaultVersion
			files, _, err := generate(t, cfg)
			if err != nil {
				t.Fatal(err)
			}
			rel := files.Rel(t, out)
			if len(rel) == 0 {
				t.Fatal("no CRD generated")
			}
			golden.CheckTree(t, out, rel, "controller-gen")
			ents, _ := os.ReadDir(out)
			for _, e := range ents {
				if _, ok := rel[e.Name()]; !ok {
					t.Errorf("%s/%s is not generated any more", out, e.Name())
				}
			}
		})
	}
}

// TestDeterministic: the same bytes run after run (controller-gen applies
// some markers in map order; kodegen in the order written).
func TestDeterministic(t *testing.T) {
	cfg := Config{Inputs: []string{"./testdata/markers/..."}, OutputDir: "testdata/markers/crds", ToolVersion: DefaultVersion}
	first, _, err := generate(t, cfg)
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		again, _, err := generate(t, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(first, again) {
			t.Fatal("a second run gave other bytes")
		}
	}
}

func TestWarnings(t *testing.T) {
	_, warnings, err := generate(t, Config{Inputs: []string{"./testdata/warn/..."}, OutputDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"types.go:8: unknown marker +kubebuilder:subresource:stauts (controller-gen ignores it); did you mean +kubebuilder:subresource:status?",
		"types.go:13: unknown marker +kubebuilder:validation:Maximun=3 (controller-gen ignores it); did you mean +kubebuilder:validation:Maximum?",
	} {
		if !strings.Contains(warnings, want) {
			t.Errorf("warnings lack %q:\n%s", want, warnings)
		}
	}
	if strings.Contains(warnings, "object:root") {
		t.Errorf("warned about a marker of controller-gen's object generator:\n%s", warnings)
	}
}

func TestErrors(t *testing.T) {
	_, _, err := generate(t, Config{Inputs: []string{"./testdata/bad/..."}, OutputDir: t.TempDir()})
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{
		"bad/v1/types.go:11: +kubebuilder:validation:MinLength: expected integer, got \"abc\" (want +kubebuilder:validation:MinLength=<int>)",
		"bad/v1/types.go:14:2: +kubebuilder:validation:Maximum: must apply maximum to a numeric value, found string",
		"bad/v1/types.go:15:8: found float",
		"bad/v1/types.go:16:2: encountered struct field \"NoTag\" without JSON tag in type \"Thing\"",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}

func TestConfigValidate(t *testing.T) {
	for _, c := range []struct {
		cfg  Config
		want string
	}{
		{Config{OutputDir: "x"}, "no input packages"},
		{Config{Inputs: []string{"./..."}}, "no output directory"},
		{Config{Inputs: []string{"./..."}, OutputDir: "x", CRDVersions: []string{"v1beta1"}}, "only v1 is supported"},
		{Config{Inputs: []string{"./..."}, Stdout: true}, ""},
	} {
		err := c.cfg.Validate()
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%+v: %v", c.cfg, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%+v: got %v, want %q", c.cfg, err, c.want)
		}
	}
}

// TestNotOurs: a file at a CRD's path that is not a CRD manifest is an
// error, and nothing is written.
func TestNotOurs(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "multi.kodegen.dev_widgets.yaml")
	if err := os.WriteFile(path, []byte("hand: written\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err := generate(t, Config{Inputs: []string{"./testdata/multiversion/..."}, OutputDir: dir, AllowDangerousTypes: true})
	if err == nil || !strings.Contains(err.Error(), "is not a CustomResourceDefinition manifest") {
		t.Fatalf("got %v", err)
	}
}
