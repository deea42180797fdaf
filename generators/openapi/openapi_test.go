package openapi

import (
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/golden"
)

const testdata = "github.com/kodegen/kodegen/generators/openapi/testdata/"

// config is openapi-gen with model names over inputs, writing below
// testdata/<out>.
func config(out string, inputs ...string) Config {
	cfg := Defaults()
	cfg.Inputs = inputs
	cfg.OutputDir = filepath.Join("testdata", out)
	cfg.OutputPkg = testdata + out
	cfg.OutputFile = "zz_generated.openapi.go"
	cfg.ReportFilename = filepath.Join("testdata", out, "api-rules.list")
	cfg.OutputModelNameFile = "zz_generated.model_name.go"
	return cfg
}

func generate(t *testing.T, cfg Config) (golden.Files, error) {
	t.Helper()
	g, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	files, _, err := golden.Generate(t, g)
	return files.Rel(t, "testdata"), err
}

var shopFiles = []string{
	"openapi/api-rules.list",
	"openapi/zz_generated.openapi.go",
	"shop/v1/zz_generated.model_name.go",
}

// TestGolden: definitions (enums with their values, list types, refs to
// a package read only as a dependency, whose package marker upstream does
// not see), the violation report and the model names. meta/v1 is an input
// with +k8s:openapi-model-package and no --readonly-pkg: it lives in the
// module cache, so it gets no model-name file (upstream would try to write
// one there).
func TestGolden(t *testing.T) {
	files, err := generate(t, config("openapi", testdata+"shop/v1", "k8s.io/apimachinery/pkg/apis/meta/v1"))
	if err != nil {
		t.Fatal(err)
	}
	if got := slices.Sorted(maps.Keys(files)); !slices.Equal(got, shopFiles) {
		t.Fatalf("files %v, want %v", got, shopFiles)
	}
	for _, f := range shopFiles {
		golden.Check(t, filepath.Join("testdata", f), files[f])
	}
}

// TestSharedLoad: a run whose universe also holds other generators'
// inputs (here a second openapi-gen over the dependency package) gives
// the same definitions as openapi-gen alone, as upstream's own load would.
func TestSharedLoad(t *testing.T) {
	alone, err := generate(t, config("openapi", testdata+"shop/v1", "k8s.io/apimachinery/pkg/apis/meta/v1"))
	if err != nil {
		t.Fatal(err)
	}
	a, _ := New(config("openapi", testdata+"shop/v1", "k8s.io/apimachinery/pkg/apis/meta/v1"))
	b, _ := New(config("other", testdata+"extra"))
	set, err := engine.Generate([]engine.Generator{a, b}, engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range shopFiles {
		got, _ := set.Get(filepath.Join("testdata", f))
		if string(got) != string(alone[f]) {
			t.Errorf("%s differs when the run also loads %sextra", f, testdata)
		}
	}
	other, _ := set.Get(filepath.Join("testdata", "other", "zz_generated.openapi.go"))
	if !strings.Contains(string(other), `"`+testdata+`extra.Lonely"`) {
		t.Errorf("the second run over extra lacks extra.Lonely:\n%s", other)
	}
	if strings.Contains(string(alone["openapi/zz_generated.openapi.go"]), "Lonely") {
		t.Error("openapi-gen over shop/v1 defines extra.Lonely, which upstream's load never reaches")
	}
}

// TestMarkerErrors: what kube-openapi would exit or panic on is an error
// at file:line naming the symbol, and nothing is written.
func TestMarkerErrors(t *testing.T) {
	for _, tc := range []struct{ input, want string }{
		{"badmodel", "generators/openapi/testdata/badmodel/types.go:4: " + testdata + "badmodel.Thing: +k8s:openapi-model-package: unexpected character '=' at position 38; write +k8s:openapi-model-package=<package of the model names>"},
		{"badvalue", "generators/openapi/testdata/badvalue/types.go:4: " + testdata + "badvalue.Thing: +k8s:openapi-gen=ture: want true or false"},
		{"badpatch", "generators/openapi/testdata/badpatch/types.go:5: " + testdata + "badpatch.Thing.Items: +patchMergeKey=name and the struct tag patchMergeKey:\"key\" differ"},
		{"badpatch", "generators/openapi/testdata/badpatch/types.go:8: " + testdata + "badpatch.Thing.Others: +listType=mapp: want atomic, set or map"},
		{"dupunion", "generators/openapi/testdata/dupunion/types.go:4: " + testdata + "dupunion.Choice: +union: fields A and B share the JSON name \"value\""},
	} {
		t.Run(tc.input, func(t *testing.T) {
			files, err := generate(t, config("openapi", testdata+tc.input))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error containing %q", err, tc.want)
			}
			if len(files) != 0 {
				t.Errorf("wrote %d files", len(files))
			}
		})
	}
}

func TestConfigValidate(t *testing.T) {
	err := Config{}.Validate()
	for _, flag := range []string{"--output-dir", "--output-pkg", "--output-file", "--report-filename"} {
		if err == nil || !strings.Contains(err.Error(), flag) {
			t.Errorf("empty config: %v does not name %s", err, flag)
		}
	}
	if err := config("openapi", "x").Validate(); err != nil {
		t.Errorf("valid config: %v", err)
	}
}

// TestGoldenCompiles type-checks the golden definitions and the package
// with its model names.
func TestGoldenCompiles(t *testing.T) {
	golden.Compiles(t, 2, "./testdata/openapi", "./testdata/shop/v1")
}
