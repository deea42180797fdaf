package applyconfig

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/golden"
)

const testPkg = "github.com/kodegen/kodegen/generators/applyconfig/testdata/"

// basicInputs are the packages of testdata/basic: two versions, a package
// that switches the generator off and an internal package.
var basicInputs = []string{
	"./testdata/basic/apis/shop",
	"./testdata/basic/apis/shop/off",
	"./testdata/basic/apis/shop/v1",
	"./testdata/basic/apis/shop/v1beta1",
}

func generate(t *testing.T, cfg Config) (golden.Files, string, error) {
	t.Helper()
	g, err := New(cfg)
	if err != nil {
		return nil, "", err
	}
	return golden.Generate(t, g)
}

func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  Config
	}{
		// With a schema: internal.go holds it, client types get Extract functions.
		{"basic", Config{OpenAPISchema: "testdata/basic/schema.json"}},
		// A schema without the definition of a root (v1.Widget; v1.Orphan,
		// a client type without ObjectMeta, has none in either): as upstream,
		// internal.go lists it untyped and Widget keeps its Extract functions.
		{"partialschema", Config{OpenAPISchema: "testdata/partialschema/schema.json"}},
		// Without: no Extract functions, an empty schema.
		{"noschema", Config{}},
		// meta/v1 types mapped elsewhere, one API type supplied from outside.
		{"external", Config{External: map[types.Name]string{
			{Package: metaV1, Name: "ObjectMeta"}:                   "example.com/meta/v1",
			{Package: metaV1, Name: "TypeMeta"}:                     "example.com/meta/v1",
			{Package: metaV1, Name: "LabelSelector"}:                "example.com/meta/v1",
			{Package: testPkg + "basic/apis/shop/v1", Name: "Part"}: "example.com/parts/v1",
		}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := tc.cfg
			cfg.Inputs = basicInputs
			cfg.OutputDir = filepath.Join("testdata", tc.name, "out")
			cfg.OutputPkg = testPkg + tc.name + "/out"
			files, warnings, err := generate(t, cfg)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(warnings, "skipping internal package "+testPkg+"basic/apis/shop:") {
				t.Errorf("no warning about the internal package; warnings:\n%s", warnings)
			}
			missing := `v1.Widget: --openapi-schema testdata/partialschema/schema.json has no definition "com.github.kodegen.kodegen.generators.applyconfig.testdata.basic.apis.shop.v1.Widget": ExtractWidget treats the object as one atomic value`
			if got := strings.Contains(warnings, missing); got != (tc.name == "partialschema") {
				t.Errorf("warning about the missing definition: %v, want %v; warnings:\n%s", got, !got, warnings)
			}
			if strings.Contains(warnings, "Orphan") {
				t.Errorf("a warning names Orphan, which gets no Extract functions:\n%s", warnings)
			}
			golden.CheckTree(t, cfg.OutputDir, files.Rel(t, cfg.OutputDir), Tool)
			for p := range files {
				switch filepath.Base(p) {
				case "catalog.go", "orphan.go", "unreached.go", "thing.go", "rawextension.go", "time.go":
					t.Errorf("%s generated", p)
				}
			}
		})
	}
}

// TestGoldenCompiles type-checks the golden output that imports only what
// exists ("external" points at made-up packages).
func TestGoldenCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks client-go")
	}
	golden.Compiles(t, 8, "./testdata/basic/out/...", "./testdata/noschema/out/...")
}

func TestStructure(t *testing.T) {
	for file, wants := range map[string][]string{
		"testdata/basic/out/shop/v1/widget.go": {
			"func Widget(name, namespace string) *WidgetApplyConfiguration",
			"func ExtractWidgetFrom(widget *shopv1.Widget",
			"func ExtractWidgetStatus(", "func ExtractWidgetScale(",
			`b.WithAPIVersion("shop.example.com/v1")`,
		},
		"testdata/basic/out/shop/v1/store.go": {
			"func Store(name string) *StoreApplyConfiguration",
			"func ExtractStore(",
		},
		"testdata/basic/out/shop/v1/widgetspec.go": {
			"func (b *WidgetSpecApplyConfiguration) ensureExtraApplyConfigurationExists()",
			"func (b *WidgetSpecApplyConfiguration) ensurePartApplyConfigurationExists()",
			"func (b *WidgetSpecApplyConfiguration) WithParts(values ...*PartApplyConfiguration)",
			"func (b *WidgetSpecApplyConfiguration) WithSelector(value *metav1.LabelSelectorApplyConfiguration)",
			"Raw *runtime.RawExtension",
		},
		"testdata/basic/out/shop/v1/scale.go":       {`b.WithKind("Scale")`},
		"testdata/basic/out/shop/v1beta1/gadget.go": {`b.WithAPIVersion("store.shop.example.com/v1beta1")`},
		"testdata/noschema/out/shop/v1/widget.go":   {"func Widget(name, namespace string)"},
	} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range wants {
			if !strings.Contains(string(data), want) {
				t.Errorf("%s does not contain %q", file, want)
			}
		}
	}
	for file, unwanted := range map[string]string{
		"testdata/basic/out/shop/v1/store.go":       "ExtractStoreStatus",
		"testdata/noschema/out/shop/v1/widget.go":   "Extract",
		"testdata/basic/out/shop/v1/widgetspec.go":  "Secret",
		"testdata/basic/out/shop/v1/widgetspec.go ": "WithExtraColor",
	} {
		data, err := os.ReadFile(strings.TrimSpace(file))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(data), unwanted) {
			t.Errorf("%s contains %q", file, unwanted)
		}
	}
}
