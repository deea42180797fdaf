package conformance

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"testing"

	"github.com/kodegen/kodegen/internal/output"
)

// readonlyPackages is KUBE_CODEGEN_READONLY_PKGS of code-generator
// v0.37.2's kube_codegen.sh, passed by gen_openapi as --readonly-pkg.
var readonlyPackages = []string{
	"k8s.io/apimachinery/pkg/apis/meta/v1",
	"k8s.io/apimachinery/pkg/api/resource",
	"k8s.io/apimachinery/pkg/runtime",
	"k8s.io/apimachinery/pkg/types",
	"k8s.io/apimachinery/pkg/util/intstr",
	"k8s.io/apimachinery/pkg/version",
	"time",
}

// genOpenAPIExtra are the packages gen_openapi always puts first.
var genOpenAPIExtra = []string{
	"k8s.io/apimachinery/pkg/apis/meta/v1",
	"k8s.io/apimachinery/pkg/runtime",
	"k8s.io/apimachinery/pkg/version",
	"k8s.io/apimachinery/pkg/api/resource",
}

var openAPIMarker = regexp.MustCompile(`(?m)^\s*//\s*\+k8s:openapi`)

// openAPIPackages are gen_openapi's input packages below dir/sub of module:
// the folders with a Go file holding a +k8s:openapi marker, sorted.
func openAPIPackages(t *testing.T, dir, module, sub string) []string {
	t.Helper()
	seen := map[string]bool{}
	err := filepath.WalkDir(filepath.Join(dir, sub), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".go" {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if openAPIMarker.Match(data) {
			rel, _ := filepath.Rel(dir, filepath.Dir(path))
			seen[module+"/"+filepath.ToSlash(rel)] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var pkgs []string
	for p := range seen {
		pkgs = append(pkgs, p)
	}
	sort.Strings(pkgs)
	return pkgs
}

// genOpenAPIArgs is gen_openapi's openapi-gen command line.
func genOpenAPIArgs(header, outDir, outPkg, report, modelNameFile string, inputs []string) []string {
	args := []string{"-v", "0", "--output-file", "zz_generated.openapi.go", "--go-header-file", header,
		"--output-dir", outDir, "--output-pkg", outPkg, "--report-filename", report,
		"--output-model-name-file=" + modelNameFile}
	for _, p := range readonlyPackages {
		args = append(args, "--readonly-pkg", p)
	}
	args = append(args, genOpenAPIExtra...)
	return append(args, inputs...)
}

// TestOpenAPIAPIServers runs openapi-gen as each aggregated API server's
// hack/update-codegen.sh does (kube::codegen::gen_openapi with
// --output-model-name-file) and compares zz_generated.openapi.go and the
// model-name files with the published ones.
func TestOpenAPIAPIServers(t *testing.T) {
	for _, tc := range []struct {
		module string
		in     string   // gen_openapi's <input-dir>
		extra  []string // its --extra-pkgs
	}{
		{"k8s.io/sample-apiserver", "pkg/apis", nil},
		{"k8s.io/kube-aggregator", "pkg/apis", nil},
		// examples/client-go has model names of its own script.
		{"k8s.io/apiextensions-apiserver", "pkg", []string{"k8s.io/api/autoscaling/v1"}},
	} {
		t.Run(tc.module, func(t *testing.T) {
			dir := scratchWithout(t, tc.module, "openapi-gen")
			bin := binary(t, "openapi-gen")
			inputs := append(append([]string{}, tc.extra...), openAPIPackages(t, dir, tc.module, tc.in)...)
			run(t, dir, bin, genOpenAPIArgs(filepath.Join(dir, "hack/boilerplate.go.txt"),
				filepath.Join(dir, "pkg/generated/openapi"), tc.module+"/pkg/generated/openapi", os.DevNull,
				"zz_generated.model_name.go", inputs)...)
			compare(t, tc.module, "openapi-gen", filepath.Join(moduleDir(t, tc.module), "pkg"), filepath.Join(dir, "pkg"))
		})
	}
}

// TestOpenAPIAPI runs openapi-gen with model names over every API package
// of k8s.io/api and apimachinery's: the 60 model-name files must be the
// published ones, and the definitions and the API rule violation report
// upstream's openapi-gen's from the same inputs (the schema fixture's run).
func TestOpenAPIAPI(t *testing.T) {
	const module = "k8s.io/api"
	dir := scratchWithout(t, module, "openapi-gen")
	bin := binary(t, "openapi-gen")
	out := filepath.Join(workDir, "api-openapi")
	args := []string{"--output-file", "zz_generated.openapi.go", "--go-header-file", headerFile(t),
		"--output-dir", filepath.Join(out, "openapi"), "--output-pkg", "kodegen.test/openapifixture/openapi",
		"--report-filename", filepath.Join(out, "api-rules.list"),
		"--output-model-name-file", "zz_generated.model_name.go"}
	for _, p := range readonlyPackages {
		args = append(args, "--readonly-pkg", p)
	}
	args = append(args, apiPackages(t, dir)...)
	args = append(args, apimachineryOpenAPIPackages...)
	run(t, dir, bin, args...)
	compare(t, module, "openapi-gen", moduleDir(t, module), dir)

	apiOpenAPISchema(t) // upstream's run, in the fixture module
	fixture := filepath.Join(workDir, "openapi-fixture")
	for _, f := range []string{"openapi/zz_generated.openapi.go", "api-rules.list"} {
		want, err := os.ReadFile(filepath.Join(fixture, f))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(out, f))
		if err != nil {
			t.Fatal(err)
		}
		if f != "api-rules.list" {
			// The fixture's run has no --go-header-file; the model-name
			// files need the published one: compare without it.
			const generatedBy = "// Code generated by openapi-gen. DO NOT EDIT."
			if !bytes.Contains(got, []byte(header+"\n"+generatedBy)) {
				t.Errorf("%s lacks the header before %q", f, generatedBy)
			}
			got = bytes.Replace(got, []byte(header+"\n"), nil, 1)
		}
		if string(got) != string(want) {
			t.Errorf("%s differs from upstream openapi-gen's:\n%s", f, output.UnifiedDiff(f, want, got))
		} else {
			t.Logf("%s: identical to upstream openapi-gen's (%d bytes)", f, len(got))
		}
	}
}

// TestOpenAPIApimachineryModelNames regenerates apimachinery's model-name
// files: every package with a +k8s:openapi marker is an input. Published:
// 8 files. pkg/runtime/testing/v1's is stale (its package has no marker;
// upstream does not regenerate it either).
func TestOpenAPIApimachineryModelNames(t *testing.T) {
	const module = "k8s.io/apimachinery"
	dir := scratchWithout(t, module, "openapi-gen")
	bin := binary(t, "openapi-gen")
	out := filepath.Join(workDir, "apimachinery-openapi")
	args := func(header string, inputs ...string) []string {
		return append([]string{"--output-file", "zz_generated.openapi.go", "--go-header-file", header,
			"--output-dir", out, "--output-pkg", "kodegen.test/openapi", "--report-filename", os.DevNull,
			"--output-model-name-file", "zz_generated.model_name.go"}, inputs...)
	}
	run(t, dir, bin, args(headerFile(t), openAPIPackages(t, dir, module, ".")...)...)
	published := moduleDir(t, module)
	want := generatedFiles(t, published, "openapi-gen")
	got := generatedFiles(t, dir, "openapi-gen")
	const stale = "pkg/runtime/testing/v1/zz_generated.model_name.go"
	if _, ok := want[stale]; !ok || len(want) != 8 {
		t.Fatalf("published: %v; want 8 files with %s", sortedKeys(want), stale)
	}
	if _, ok := got[stale]; ok {
		t.Errorf("generated %s, whose package has no +k8s:openapi marker", stale)
	}
	same := 0
	for _, rel := range sortedKeys(want) {
		switch {
		case rel == stale:
		case got[rel] == want[rel]:
			same++
		default:
			t.Errorf("%s differs:\n%s", rel, output.UnifiedDiff(rel, []byte(want[rel]), []byte(got[rel])))
		}
	}
	summary := fmt.Sprintf("openapi-gen %s model names: %d/%d identical (%s stale, not regenerated)", module, same, len(want)-1, stale)
	fmt.Println(summary)
	t.Log(summary)
}

// TestOpenAPIModelNames regenerates the published model-name files that
// are a tree's only openapi-gen output, with every package below sub that
// has a +k8s:openapi marker as an input. (apiextensions-apiserver's
// examples/client-go/pkg/apis/cr/v1 has one too, stale: its package has no
// +k8s:openapi marker, so upstream does not regenerate it either.)
func TestOpenAPIModelNames(t *testing.T) {
	for _, tc := range []struct{ module, sub string }{
		{"k8s.io/metrics", "pkg/apis"},
		{"k8s.io/client-go", "pkg/apis"},
	} {
		t.Run(tc.module, func(t *testing.T) {
			dir := scratchWithout(t, tc.module, "openapi-gen")
			bin := binary(t, "openapi-gen")
			out := filepath.Join(workDir, filepath.Base(tc.module)+"-openapi")
			run(t, dir, bin, genOpenAPIArgs(headerFile(t), out, "kodegen.test/openapi", os.DevNull,
				"zz_generated.model_name.go", openAPIPackages(t, dir, tc.module, tc.sub))...)
			compare(t, tc.module+" "+tc.sub+" model names", "openapi-gen",
				filepath.Join(moduleDir(t, tc.module), tc.sub), filepath.Join(dir, tc.sub))
		})
	}
}
