package client

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kodegen/kodegen/internal/golden"
	"github.com/kodegen/kodegen/internal/kversion"
)

const testAPIs = "github.com/kodegen/kodegen/generators/client/testdata/apis"

// generate runs client-gen over cfg in memory and returns the files by
// their path below cfg.OutputDir.
func generate(t *testing.T, cfg Config) (golden.Files, string, error) {
	t.Helper()
	g, err := New(cfg)
	if err != nil {
		return nil, "", err
	}
	files, warnings, err := golden.Generate(t, g)
	return files.Rel(t, cfg.OutputDir), warnings, err
}

func testConfig(t *testing.T) Config {
	cfg := Defaults()
	cfg.OutputDir = t.TempDir()
	cfg.OutputPkg = "example.com/generated"
	cfg.ClientsetName = "versioned"
	cfg.InputBase = testAPIs
	cfg.Inputs = []string{"widgets/v1"}
	return cfg
}

func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		name   string
		apply  string
		proto  bool
		inputs []string
		target string // --target-version; "" the latest
	}{
		{"apply", "example.com/generated/applyconfiguration", true, nil, ""},
		{"plain", "", false, nil, ""},
		// An internal version: the scheme installs groups through their
		// install packages; versions keep the order given.
		{"internal", "", false, []string{"gizmos", "widgets/v1", "gizmos/v1"}, ""},
		// v0.31: typed fakes on client-go/testing, apply through JSON
		// (checked against upstream's client-gen v0.31.14: docs/versions.md).
		{"apply-v0.31", "example.com/generated/applyconfiguration", false, nil, "v0.31"},
		{"internal-v0.31", "", false, []string{"gizmos", "widgets/v1", "gizmos/v1"}, "v0.31"},
		// v0.33: a +genclient:method list tries a watch-list first (up to
		// v0.33; identical with upstream's client-gen v0.33.0).
		{"apply-v0.33", "example.com/generated/applyconfiguration", true, nil, "v0.33"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testConfig(t)
			cfg.ApplyConfigurationPackage = tc.apply
			cfg.PrefersProtobuf = tc.proto
			if tc.inputs != nil {
				cfg.Inputs = tc.inputs
			}
			if tc.target != "" {
				v, err := kversion.Parse(tc.target)
				if err != nil {
					t.Fatal(err)
				}
				cfg.SetTarget(v)
			}
			files, _, err := generate(t, cfg)
			if err != nil {
				t.Fatal(err)
			}
			golden.CheckTree(t, filepath.Join("testdata", "golden", tc.name), files, Tool)
		})
	}
}

func TestClientsetOnlyAndNoFake(t *testing.T) {
	cfg := testConfig(t)
	cfg.ClientsetOnly = true
	cfg.FakeClient = false
	files, _, err := generate(t, cfg)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for rel := range files {
		got = append(got, rel)
	}
	want := "versioned/clientset.go versioned/scheme/doc.go versioned/scheme/register.go"
	if strings.Join(sorted(got), " ") != want {
		t.Errorf("files = %v, want %s", sorted(got), want)
	}
}

func TestExpansionLeftOutForHandWritten(t *testing.T) {
	cfg := testConfig(t)
	dir := filepath.Join(cfg.OutputDir, "versioned/typed/widgets/v1")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "widget_expansion.go"), []byte("package v1\n\ntype WidgetExpansion interface{}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	files, _, err := generate(t, cfg)
	if err != nil {
		t.Fatal(err)
	}
	exp := string(files["versioned/typed/widgets/v1/generated_expansion.go"])
	if strings.Contains(exp, "WidgetExpansion") || !strings.Contains(exp, "PartExpansion") {
		t.Errorf("generated_expansion.go:\n%s", exp)
	}
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		name   string
		modify func(*Config)
		want   []string
	}{
		{"bad markers", func(c *Config) { c.Inputs = []string{"bad/v1"} }, []string{
			"bad/v1.Bad: unknown marker +genclient:nonNamespace: did you mean +genclient:nonNamespaced?",
			"bad/v1.Old: +genclient=yes: +genclient takes no value",
			"bad/v1.Old: +nonNamespaced=true is the old spelling; write +genclient:nonNamespaced instead",
			"bad/v1.Lonely: its client lists LonelyList, which " + testAPIs + "/bad/v1 lacks; declare type LonelyList, or write +genclient:skipVerbs=list",
			"bad/v1: the clients use v1.SchemeGroupVersion; declare it",
		}},
		{"clashing Go names", func(c *Config) { c.Inputs = []string{"widgets/v1", "widgets2/v1"} }, []string{
			testAPIs + "/widgets/v1 and " + testAPIs + "/widgets2/v1 both get the client WidgetsExampleV1; give one of them a +groupGoName",
		}},
		{"no install package", func(c *Config) { c.Inputs = []string{"gizmos", "badref/v1"} }, []string{
			"--input badref: a clientset with an internal version registers each group through its install package, but there is no package " + testAPIs + "/badref/install",
		}},
		{"missing package", func(c *Config) { c.Inputs = []string{"nosuch/v1"} }, []string{"nosuch/v1"}},
		{"flags", func(c *Config) {
			c.OutputDir, c.OutputPkg, c.ClientsetName = "", "", ""
			c.PluralExceptions = []string{"Endpoints"}
			c.Inputs = []string{"a/b/c/d", "x/v1", "x/v1"}
		}, []string{
			"--output-dir must be specified", "--output-pkg must be specified", "--clientset-name must be specified",
			"--plural-exceptions: \"Endpoints\": want Type:Plural", "version v1 of group x given twice",
		}},
		{"lint rules", func(c *Config) { c.LintRules = []string{"nosuch"} }, []string{"nosuch"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testConfig(t)
			tc.modify(&cfg)
			_, _, err := generate(t, cfg)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error does not contain %q:\n%v", w, err)
				}
			}
		})
	}
}

func TestLintWarnings(t *testing.T) {
	cfg := testConfig(t)
	cfg.Inputs = []string{"lint/v1"}
	_, warnings, err := generate(t, cfg)
	if err != nil {
		t.Fatal(err)
	}
	want := "lint/v1.Thing: unknown marker +k8s:deepcopy-gen:interface=k8s.io/apimachinery/pkg/runtime.Object: did you mean +k8s:deepcopy-gen:interfaces?"
	if !strings.Contains(warnings, want) {
		t.Errorf("warnings %q do not contain %q", warnings, want)
	}
}

func TestMissingMethodType(t *testing.T) {
	cfg := testConfig(t)
	cfg.Inputs = []string{"badref/v1"}
	_, _, err := generate(t, cfg)
	for _, want := range []string{
		"badref/v1.Ref: +genclient:method=GetThing: there is no type NoSuchType in package " + testAPIs + "/badref/v1",
		"badref/v1.Ref: +genclient:method=GetOther: there is no type NoSuchType in package k8s.io/apimachinery/pkg/apis/meta/v1",
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v does not contain %q", err, want)
		}
	}
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}
