package lifecycle

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/kodegen/kodegen/internal/golden"
)

const testdata = "github.com/kodegen/kodegen/generators/lifecycle/testdata/"

// outputFile is the name Kubernetes gives the output (upstream's default
// is generated.prerelease_lifecycle.go).
const outputFile = "zz_generated.prerelease-lifecycle.go"

// goldenInputs are the cases upstream's binary handles too
// (test/conformance runs it on them and compares with the golden files).
var goldenInputs = []string{
	"alpha/v1alpha1", "beta/v1beta1", "ga/v1", "major/v2", "handwritten/v1beta1",
	"off/v1beta1", "untagged/v1beta1", "othervalue/v1beta1", "empty/v1beta1",
}

// generate runs prerelease-lifecycle-gen over inputs (below testdata) and
// returns the files by path relative to testdata, and the warnings.
func generate(t *testing.T, inputs ...string) (golden.Files, string, error) {
	t.Helper()
	cfg := Config{OutputFile: outputFile}
	for _, in := range inputs {
		cfg.Inputs = append(cfg.Inputs, testdata+in)
	}
	g, err := New(cfg)
	if err != nil {
		return nil, "", err
	}
	files, warnings, err := golden.Generate(t, g)
	return files.Rel(t, "testdata"), warnings, err
}

// TestGolden runs every golden case in one run, as the side-by-side run
// with upstream's binary does, and checks the set of files written.
func TestGolden(t *testing.T) {
	files, warnings, err := generate(t, goldenInputs...)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"alpha/v1alpha1/" + outputFile, "beta/v1beta1/" + outputFile, "empty/v1beta1/" + outputFile,
		"ga/v1/" + outputFile, "handwritten/v1beta1/" + outputFile, "major/v2/" + outputFile,
		"othervalue/v1beta1/" + outputFile,
	}
	if got := slices.Sorted(maps.Keys(files)); !slices.Equal(got, want) {
		t.Errorf("files:\n%v\nwant:\n%v", got, want)
	}
	golden.CheckTree(t, "testdata", files, Tool)
	wantWarning := "prerelease-lifecycle-gen: warning: generators/lifecycle/testdata/othervalue/v1beta1/doc.go:4: " +
		testdata + "othervalue/v1beta1: +k8s:prerelease-lifecycle-gen=yes: want true or false; taken as true\n"
	if warnings != wantWarning {
		t.Errorf("warnings:\n%s\nwant:\n%s", warnings, wantWarning)
	}
}

// TestGoldenCompiles type-checks the packages with their generated files.
func TestGoldenCompiles(t *testing.T) {
	var pkgs []string
	for _, in := range goldenInputs {
		pkgs = append(pkgs, "./testdata/"+in)
	}
	golden.Compiles(t, len(pkgs), pkgs...)
}

// TestErrors: bad markers are errors at their file and line, naming the
// type and what to write; every problem of a run is reported.
func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		input string
		want  []string
	}{
		{"errors/missing/v1beta1", []string{
			"generators/lifecycle/testdata/errors/missing/v1beta1/types.go:7: " + testdata + "errors/missing/v1beta1.Widget: no +k8s:prerelease-lifecycle-gen:introduced: " +
				"every type embedding TypeMeta in a package with +k8s:prerelease-lifecycle-gen=true needs one; " +
				"write +k8s:prerelease-lifecycle-gen:introduced=<major>.<minor>, the release it was introduced in, e.g. +k8s:prerelease-lifecycle-gen:introduced=1.30 in its doc comment",
			"types.go:12: " + testdata + "errors/missing/v1beta1.WidgetList: no +k8s:prerelease-lifecycle-gen:introduced",
		}},
		{"errors/version/v1beta1", []string{
			`types.go:6: ` + testdata + `errors/version/v1beta1.Widget: +k8s:prerelease-lifecycle-gen:introduced=v1.30: want <major>.<minor>: "v1" is not a decimal number; write +k8s:prerelease-lifecycle-gen:introduced=1.30`,
			`types.go:7: ` + testdata + `errors/version/v1beta1.Widget: +k8s:prerelease-lifecycle-gen:deprecated=1.33.1: want <major>.<minor>; write +k8s:prerelease-lifecycle-gen:deprecated=1.33`,
			`types.go:14: ` + testdata + `errors/version/v1beta1.Other: +k8s:prerelease-lifecycle-gen:removed=soon: want <major>.<minor>; write e.g. +k8s:prerelease-lifecycle-gen:removed=1.30`,
		}},
		{"errors/replacement/v1beta1", []string{
			`types.go:7: ` + testdata + `errors/replacement/v1beta1.Widget: +k8s:prerelease-lifecycle-gen:replacement=widgets.example.com/v1,Widget: want three comma-separated parts, <group>,<version>,<Kind>; got 2; write +k8s:prerelease-lifecycle-gen:replacement=widgets.example.com,v1,Widget`,
			`types.go:14: ` + testdata + `errors/replacement/v1beta1.Other: +k8s:prerelease-lifecycle-gen:replacement=batch,v1,Cron"+x+"Job: the Kind "Cron\"+x+\"Job" is not a Go identifier`,
		}},
		{"errors/signature/v1beta1", []string{
			`types.go:7: ` + testdata + `errors/signature/v1beta1.Widget: the hand-written APILifecycleIntroduced method does not have the signature prerelease-lifecycle-gen would give it; declare it as func (in *Widget) APILifecycleIntroduced() (major, minor int), or delete it to have it generated`,
		}},
		{"errors/mixed/v1beta1", []string{
			`doc.go:4: ` + testdata + `errors/mixed/v1beta1: +k8s:prerelease-lifecycle-gen given 2 times with different values ("true", "false"); give it once`,
		}},
		{"errors/typo/v1beta1", []string{
			`types.go:6: ` + testdata + `errors/typo/v1beta1.Widget: unknown marker +k8s:prerelease-lifecycle-gen:introducd=1.30: did you mean +k8s:prerelease-lifecycle-gen:introduced?`,
		}},
	} {
		t.Run(tc.input, func(t *testing.T) {
			files, _, err := generate(t, tc.input)
			if err == nil {
				t.Fatalf("no error; files %v", slices.Sorted(maps.Keys(files)))
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error:\n%v\nwant it to contain:\n%s", err, w)
				}
			}
		})
	}
}

func TestConfigValidate(t *testing.T) {
	if err := (Config{}).Validate(); err == nil || !strings.Contains(err.Error(), "--output-file") {
		t.Errorf("empty output file: got %v", err)
	}
	if err := (Config{OutputFile: "../x.go"}).Validate(); err == nil || !strings.Contains(err.Error(), "--output-file") {
		t.Errorf("output file outside the package: got %v", err)
	}
	if err := (Config{OutputFile: "x.go", LintRules: []string{"x"}}).Validate(); err == nil || !strings.Contains(err.Error(), "--lint-rules") {
		t.Errorf("bad lint rule: got %v", err)
	}
	if d := Defaults(); d.OutputFile != "generated.prerelease_lifecycle.go" || d.Validate() != nil {
		t.Errorf("Defaults() = %+v, want upstream's output file and valid", d)
	}
}

// TestDefaults is upstream's cadence on one type: deprecated three minor
// releases after introduced, removed three after deprecated, for pre-GA
// versions; nothing by default for GA ones.
func TestDefaults(t *testing.T) {
	files, _, err := generate(t, "alpha/v1alpha1", "ga/v1")
	if err != nil {
		t.Fatal(err)
	}
	alpha := string(files["alpha/v1alpha1/"+outputFile])
	for _, want := range []string{
		"func (in *Gizmo) APILifecycleIntroduced() (major, minor int) {\n\treturn 1, 30\n}",
		"func (in *Gizmo) APILifecycleDeprecated() (major, minor int) {\n\treturn 1, 33\n}",
		"func (in *Gizmo) APILifecycleRemoved() (major, minor int) {\n\treturn 1, 36\n}",
	} {
		if !strings.Contains(alpha, want) {
			t.Errorf("alpha output lacks %q", want)
		}
	}
	ga := string(files["ga/v1/"+outputFile])
	if strings.Contains(ga, "func (in *Plain) APILifecycleDeprecated") || strings.Contains(ga, "func (in *Plain) APILifecycleRemoved") {
		t.Errorf("GA type Plain got a default deprecated or removed release:\n%s", ga)
	}
	if !strings.Contains(ga, "func (in *Removed) APILifecycleRemoved() (major, minor int) {\n\treturn 1, 29\n}") ||
		strings.Contains(ga, "func (in *Removed) APILifecycleDeprecated") {
		t.Errorf("GA type Removed: want only its removed release:\n%s", ga)
	}
}
