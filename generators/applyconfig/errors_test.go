package applyconfig

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/genclient"
)

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, tc := range []struct {
		name   string
		inputs []string
		schema string
		want   []string
	}{
		{"genclient markers", []string{"./testdata/errors/badclient/v1"}, "", []string{
			"badclient/v1.Old: +genclient=true: +genclient takes no value",
			"badclient/v1.NoVerb: +genclient:method=Scale,subresource=scale: no verb; write e.g. +genclient:method=Scale,verb=get",
			"badclient/v1.Typo: unknown marker +genclient:nonNamespaceed",
		}},
		{"enable marker", []string{"./testdata/errors/badenable/v1"}, "", []string{
			"badenable/v1: +k8s:applyconfiguration-gen=maybe: want true or false",
		}},
		{"embedded without apply configuration", []string{"./testdata/errors/embed/v1"}, "", []string{
			"EventApplyConfiguration.Time: an embedded field without an inline json tag must be a struct with an apply configuration",
		}},
		{"missing schema file", basicInputs, filepath.Join(dir, "nope.json"), []string{
			"--openapi-schema: open " + filepath.Join(dir, "nope.json") + ": no such file or directory",
		}},
		{"malformed schema", basicInputs, write("bad.json", `{"definitions": [`), []string{
			"--openapi-schema " + filepath.Join(dir, "bad.json") + ": not an OpenAPI JSON document",
		}},
		{"dangling reference", basicInputs, write("dangling.json", danglingSchema), []string{
			`v1.Widget: reference to missing definition "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"`,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := generate(t, Config{
				Inputs: tc.inputs, OutputDir: t.TempDir(), OutputPkg: "example.com/applyconfigurations",
				OpenAPISchema: tc.schema,
			})
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q\ndoes not contain %q", err, w)
				}
			}
		})
	}
}

const danglingSchema = `{"swagger": "2.0", "definitions": {
  "com.github.kodegen.kodegen.generators.applyconfig.testdata.basic.apis.shop.v1.Widget": {
    "type": "object", "properties": {"metadata": {"$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"}}},
  "com.github.kodegen.kodegen.generators.applyconfig.testdata.basic.apis.shop.v1.Store": {"type": "object"},
  "com.github.kodegen.kodegen.generators.applyconfig.testdata.basic.apis.shop.v1beta1.Gadget": {"type": "object"}
}}`

func TestConfigValidate(t *testing.T) {
	if err := (Config{OutputDir: "x", OutputPkg: "example.com/apply-configurations"}).Validate(); err == nil ||
		!strings.Contains(err.Error(), `"apply-configurations" (the package name of utils.go) is not a Go identifier`) {
		t.Errorf("error %v", err)
	}
	err := Config{LintRules: []string{"nope"}}.Validate()
	for _, want := range []string{"--output-dir must be specified", "--output-pkg must be specified", `--lint-rules: unrecognized rule "nope"`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v does not contain %q", err, want)
		}
	}
}

func TestParseExternal(t *testing.T) {
	for _, tc := range []struct{ in, pkg, name, err string }{
		{in: "k8s.io/api/apps/v1.Deployment:k8s.io/client-go/applyconfigurations/apps/v1", pkg: "k8s.io/api/apps/v1", name: "Deployment"},
		{in: "k8s.io/api/apps/v1.Deployment", err: "want <package>.<Type>:<applyconfiguration package>"},
		{in: "Deployment:x", err: `"Deployment" is not <package>.<Type>`},
		{in: "k8s.io/api/apps/v1.:x", err: "is not <package>.<Type>"},
	} {
		name, _, err := ParseExternal(tc.in)
		switch {
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%s: error %v, want %q", tc.in, err, tc.err)
		case tc.err == "" && (err != nil || name.Package != tc.pkg || name.Name != tc.name):
			t.Errorf("%s: %v %v", tc.in, name, err)
		}
	}
}

func TestClientTags(t *testing.T) {
	for _, tc := range []struct {
		lines    []string
		apply    bool
		subs     []string
		noStatus bool
	}{
		{lines: []string{"+genclient"}, apply: true},
		{lines: []string{"+genclient", "+genclient:readonly"}, apply: false},
		{lines: []string{"+genclient", "+genclient:onlyVerbs=get,apply"}, apply: true},
		{lines: []string{"+genclient", "+genclient:skipVerbs=apply,applyStatus"}, apply: false},
		{lines: []string{"+genclient", "+genclient:skipVerbs=apply"}, apply: true},
		{lines: []string{"+genclient", "+genclient:noStatus", "+genclient:method=Scale,verb=apply,subresource=scale"}, apply: true, subs: []string{"scale"}, noStatus: true},
		{lines: []string{"+genclient:nonNamespaced"}, apply: false},
	} {
		tags, err := genclient.Parse(typeWithComments(tc.lines))
		if err != nil {
			t.Errorf("%v: %v", tc.lines, err)
			continue
		}
		if hasApply(tags) != tc.apply || tags.NoStatus != tc.noStatus {
			t.Errorf("%v: hasApply %v noStatus %v", tc.lines, hasApply(tags), tags.NoStatus)
		}
		var subs []string
		for _, m := range tags.Methods {
			subs = append(subs, m.Subresource)
		}
		if strings.Join(subs, ",") != strings.Join(tc.subs, ",") {
			t.Errorf("%v: subresources %v, want %v", tc.lines, subs, tc.subs)
		}
	}
}

func typeWithComments(lines []string) *types.Type {
	return &types.Type{Name: types.Name{Package: "example.com/v1", Name: "T"}, Kind: types.Struct, CommentLines: lines}
}

// TestWarnings: a misspelt marker of another generator is a warning
// naming the one meant.
func TestWarnings(t *testing.T) {
	_, warnings, err := generate(t, Config{Inputs: []string{"./testdata/warn/v1"}, OutputDir: t.TempDir(), OutputPkg: "example.com/ac"})
	if err != nil {
		t.Fatal(err)
	}
	want := "applyconfiguration-gen: warning: generators/applyconfig/testdata/warn/v1/doc.go:3: " + testPkg + "warn/v1: unknown marker +k8s:deepcopygen=package: did you mean +k8s:deepcopy-gen?"
	if !strings.Contains(warnings, want) {
		t.Errorf("warnings %q\ndo not contain %q", warnings, want)
	}
}

// TestMisspelt: a misspelt marker of applyconfiguration-gen's own is an
// error naming the one meant.
func TestMisspelt(t *testing.T) {
	_, _, err := generate(t, Config{Inputs: []string{"./testdata/errors/typo/v1"}, OutputDir: t.TempDir(), OutputPkg: "example.com/ac"})
	want := "generators/applyconfig/testdata/errors/typo/v1/doc.go:5: " + testPkg + "errors/typo/v1: unknown marker +k8s:applyconfigurations-gen=false: did you mean +k8s:applyconfiguration-gen?"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v\ndoes not contain %q", err, want)
	}
}
