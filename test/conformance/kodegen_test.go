package conformance

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// apiCommandLines are upstream's five command lines for k8s.io/api →
// client-go (ORACLE.md), with @API@, @CG@, @SCHEMA@ and @HEADER@ standing
// for the scratch api copy, the client-go output tree, the OpenAPI schema
// and the boilerplate.
func apiCommandLines(pkgs []string) [][]string {
	deepcopy := append([]string{"deepcopy-gen", "--go-header-file", "@HEADER@", "--output-file", "zz_generated.deepcopy.go"}, pkgs...)
	apply := append([]string{"applyconfiguration-gen", "--openapi-schema", "@SCHEMA@", "--go-header-file", "@HEADER@",
		"--output-dir", "@CG@/applyconfigurations", "--output-pkg", "k8s.io/client-go/applyconfigurations"}, pkgs...)
	apply = append(apply, "k8s.io/apimachinery/pkg/apis/meta/v1")
	client := []string{"client-gen", "--go-header-file", "@HEADER@", "--output-dir", "@CG@", "--output-pkg", "k8s.io/client-go",
		"--clientset-name", "kubernetes", "--input-base", "k8s.io/api", "--plural-exceptions", "Endpoints:Endpoints",
		"--apply-configuration-package", "k8s.io/client-go/applyconfigurations", "--prefers-protobuf"}
	for _, in := range clientAPIInputs {
		client = append(client, "--input", in)
	}
	lister := append([]string{"lister-gen", "--go-header-file", "@HEADER@", "--output-dir", "@CG@/listers",
		"--output-pkg", "k8s.io/client-go/listers", "--plural-exceptions", "Endpoints:Endpoints"}, pkgs...)
	informer := append([]string{"informer-gen", "--go-header-file", "@HEADER@", "--output-dir", "@CG@/informers",
		"--output-pkg", "k8s.io/client-go/informers", "--single-directory",
		"--versioned-clientset-package", "k8s.io/client-go/kubernetes", "--listers-package", "k8s.io/client-go/listers",
		"--plural-exceptions", "Endpoints:Endpoints"}, pkgs...)
	return [][]string{deepcopy, apply, client, lister, informer}
}

// apiBenchLines are the k8s.io/api pipeline hack/bench.sh times: the five
// command lines with openapi-gen's (model names, the API rule report) after
// deepcopy-gen, as kubernetes' update-codegen.sh orders them. Its outputs go
// below the client-go copy, so the bench's final diff covers them.
func apiBenchLines(pkgs []string) [][]string {
	lines := apiCommandLines(pkgs)
	openapi := []string{"openapi-gen", "--output-file", "zz_generated.openapi.go", "--go-header-file", "@HEADER@",
		"--output-dir", "@CG@/generatedopenapi", "--output-pkg", "k8s.io/client-go/generatedopenapi",
		"--report-filename", "@CG@/generatedopenapi/api-rules.list", "--output-model-name-file", "zz_generated.model_name.go"}
	for _, p := range readonlyPackages {
		openapi = append(openapi, "--readonly-pkg", p)
	}
	openapi = append(append(openapi, pkgs...), apimachineryOpenAPIPackages...)
	return append([][]string{lines[0], openapi}, lines[1:]...)
}

// apiLifecycleLine is Kubernetes' prerelease-lifecycle-gen command line
// for k8s.io/api (its hack/update-codegen.sh), @HEADER@ the boilerplate.
func apiLifecycleLine(pkgs []string) []string {
	return append([]string{"prerelease-lifecycle-gen", "--output-file", "zz_generated.prerelease-lifecycle.go", "--go-header-file", "@HEADER@",
		"--lint-rules=known-tags-only,require-explicit-disablement"}, pkgs...)
}

// sampleCommandLines are sample-apiserver's seven command lines, as its
// hack/update-codegen.sh runs them, from the copy's root (@SAMPLE@).
func sampleCommandLines() [][]string {
	const apis = "k8s.io/sample-apiserver/pkg/apis/wardle"
	const gen = "k8s.io/sample-apiserver/pkg/generated"
	h := []string{"--go-header-file", "hack/boilerplate.go.txt"}
	line := func(words ...string) []string { return append(words[:1:1], append(h, words[1:]...)...) }
	return [][]string{
		line("deepcopy-gen", "--output-file", "zz_generated.deepcopy.go", apis, apis+"/v1alpha1", apis+"/v1beta1"),
		line("defaulter-gen", "--output-file", "zz_generated.defaults.go", apis+"/v1alpha1", apis+"/v1beta1"),
		line("conversion-gen", "--output-file", "zz_generated.conversion.go", apis+"/v1alpha1", apis+"/v1beta1"),
		line("applyconfiguration-gen", "--output-dir", "pkg/generated/applyconfiguration", "--output-pkg", gen+"/applyconfiguration",
			"--external-applyconfigurations", "", "--openapi-schema", "@SAMPLE_SCHEMA@", apis+"/v1alpha1", apis+"/v1beta1"),
		line("client-gen", "--output-dir", "pkg/generated/clientset", "--output-pkg", gen+"/clientset", "--clientset-name", "versioned",
			"--apply-configuration-package", gen+"/applyconfiguration", "--input-base", "@SAMPLE@/pkg/apis", "--plural-exceptions", "",
			"--prefers-protobuf=false", "--input", "wardle/v1alpha1", "--input", "wardle/v1beta1"),
		line("lister-gen", "--output-dir", "pkg/generated/listers", "--output-pkg", gen+"/listers", "--plural-exceptions", "",
			apis+"/v1alpha1", apis+"/v1beta1"),
		line("informer-gen", "--output-dir", "pkg/generated/informers", "--output-pkg", gen+"/informers",
			"--versioned-clientset-package", gen+"/clientset/versioned", "--listers-package", gen+"/listers",
			"--plural-exceptions", "", apis+"/v1alpha1", apis+"/v1beta1"),
	}
}

// render writes command lines as `kodegen batch` input, placeholders
// replaced.
func render(lines [][]string, vars map[string]string) string {
	var b strings.Builder
	for _, words := range lines {
		for i, w := range words {
			for k, v := range vars {
				w = strings.ReplaceAll(w, k, v)
			}
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString("'" + strings.ReplaceAll(w, "'", `'\''`) + "'")
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// runBatch runs `kodegen batch` in dir on the given input.
func runBatch(t *testing.T, dir, input string, extra ...string) string {
	t.Helper()
	return runBatchEnv(t, dir, input, nil, extra...)
}

// runBatchEnv is runBatch with more environment variables.
func runBatchEnv(t *testing.T, dir, input string, env []string, extra ...string) string {
	t.Helper()
	start := time.Now()
	cmd := exec.Command(binary(t, "kodegen"), append([]string{"batch", "--no-cache"}, extra...)...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off"), env...)
	cmd.Stdin = strings.NewReader(input)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("kodegen batch: %v\n%s", err, out)
	}
	t.Logf("kodegen batch ran in %v: %s", time.Since(start).Round(time.Millisecond), strings.TrimSpace(string(out)))
	return string(out)
}

// TestKodegenBatchAPI runs upstream's five k8s.io/api command lines and
// prerelease-lifecycle-gen's as one `kodegen batch`, on one load, in fresh
// copies, and compares all 2096 files: sharing the load must not change a
// byte.
func TestKodegenBatchAPI(t *testing.T) {
	api := scratch(t, "k8s.io/api", ".")
	cg := scratch(t, "k8s.io/client-go", "kubernetes", "listers", "informers", "applyconfigurations")
	vars := map[string]string{"@CG@": cg, "@HEADER@": headerFile(t), "@SCHEMA@": apiOpenAPISchema(t)}
	pkgs := apiPackages(t, api)
	input := render(append(apiCommandLines(pkgs), apiLifecycleLine(pkgs)), vars)
	runBatch(t, api, input)
	published := moduleDir(t, "k8s.io/client-go")
	compare(t, "kodegen batch k8s.io/api", "deepcopy-gen", moduleDir(t, "k8s.io/api"), api)
	compare(t, "kodegen batch k8s.io/api", "prerelease-lifecycle-gen", moduleDir(t, "k8s.io/api"), api)
	for _, c := range []struct{ tool, dir string }{
		{"applyconfiguration-gen", "applyconfigurations"}, {"client-gen", "kubernetes"},
		{"lister-gen", "listers"}, {"informer-gen", "informers"},
	} {
		compare(t, "kodegen batch k8s.io/client-go "+c.dir, c.tool, filepath.Join(published, c.dir), filepath.Join(cg, c.dir))
	}
	// Determinism on the big input (issue 14, guarantee 6; test/determinism
	// runs a small one 50 times): the same bytes with one processor and
	// with many, checked by --verify against what the first run wrote.
	for _, procs := range []int{1, max(4, 2*runtime.NumCPU())} {
		runBatchEnv(t, api, input, []string{fmt.Sprintf("GOMAXPROCS=%d", procs)}, "--verify")
	}
}

// TestKodegenBatchSampleAPIServer does the same with sample-apiserver's
// seven command lines (50 files).
func TestKodegenBatchSampleAPIServer(t *testing.T) {
	schema := sampleAPIServerSchema(t)
	dir := scratch(t, "k8s.io/sample-apiserver", ".")
	runBatch(t, dir, render(sampleCommandLines(), map[string]string{"@SAMPLE@": dir, "@SAMPLE_SCHEMA@": schema}))
	published := moduleDir(t, "k8s.io/sample-apiserver")
	for _, tool := range []string{"deepcopy-gen", "defaulter-gen", "conversion-gen"} {
		compare(t, "kodegen batch k8s.io/sample-apiserver", tool, filepath.Join(published, "pkg/apis"), filepath.Join(dir, "pkg/apis"))
	}
	for _, c := range []struct{ tool, dir string }{
		{"applyconfiguration-gen", "applyconfiguration"}, {"client-gen", "clientset"},
		{"lister-gen", "listers"}, {"informer-gen", "informers"},
	} {
		compare(t, "kodegen batch k8s.io/sample-apiserver", c.tool,
			filepath.Join(published, "pkg/generated", c.dir), filepath.Join(dir, "pkg/generated", c.dir))
	}
}

// TestPrepareBenchCorpora is hack/bench.sh's setup, not a check: with
// KODEGEN_CORPUS_OUT set it leaves the scratch corpora, the schemas and the
// command lines (api.lines, sample.lines, lifecycle.lines,
// validation.lines, apival.lines, placeholders kept) there, and corpora.env naming them.
func TestPrepareBenchCorpora(t *testing.T) {
	out := os.Getenv("KODEGEN_CORPUS_OUT")
	if out == "" {
		t.Skip("KODEGEN_CORPUS_OUT not set; hack/bench.sh sets it")
	}
	api := scratch(t, "k8s.io/api", ".")
	cg := scratch(t, "k8s.io/client-go", "kubernetes", "listers", "informers", "applyconfigurations")
	sampleSchema := sampleAPIServerSchema(t)
	sample := scratch(t, "k8s.io/sample-apiserver", ".")
	validation := scratchWithout(t, "k8s.io/code-generator", "validation-gen")
	files := map[string]string{
		"validation":   validation,
		"api":          api,
		"client-go":    cg,
		"sample":       sample,
		"api.json":     apiOpenAPISchema(t),
		"sample.json":  sampleSchema,
		"header.txt":   headerFile(t),
		"api.lines":    "",
		"sample.lines": "",
		"corpora.env":  "",
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, src := range files {
		if src == "" {
			continue
		}
		if err := exec.Command("cp", "-a", src, filepath.Join(out, name)).Run(); err != nil {
			t.Fatalf("cp %s: %v", src, err)
		}
	}
	write := func(name, content string) {
		if err := os.WriteFile(filepath.Join(out, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("api.lines", render(apiBenchLines(apiPackages(t, api)), nil))
	write("sample.lines", render(sampleCommandLines(), nil))
	write("lifecycle.lines", render([][]string{apiLifecycleLine(apiPackages(t, api))}, nil))
	write("validation.lines", render([][]string{validationBenchLine()}, nil))
	// apival: validation-gen on k8s.io/api the way upstream's own can run
	// it out of tree (apiValidationLine), api and apimachinery side by side
	apival := filepath.Join(out, "apival")
	if err := os.MkdirAll(apival, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, src := range map[string]string{
		"api":          scratchWithout(t, "k8s.io/api", "validation-gen"),
		"apimachinery": scratchWithout(t, "k8s.io/apimachinery", "validation-gen"),
	} {
		if err := exec.Command("cp", "-a", src, filepath.Join(apival, name)).Run(); err != nil {
			t.Fatalf("cp %s: %v", src, err)
		}
	}
	writeScratch(t, filepath.Join(apival, "api"), apiValidationStandIns)
	cmd := exec.Command("go", "mod", "edit", "-replace", "k8s.io/apimachinery=../apimachinery")
	cmd.Dir = filepath.Join(apival, "api")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go mod edit: %v\n%s", err, b)
	}
	write("apival.lines", render([][]string{apiValidationLine()}, nil))
	write("corpora.env", fmt.Sprintf("API_PKGS=%d\n", len(apiPackages(t, api))))
}

// apiValidationLine is validation-gen on k8s.io/api as upstream v0.37.2
// runs it out of tree, in an api copy whose go.mod replaces apimachinery
// with a copy beside it: the packages of TestValidationPublished and
// apimachinery's meta/v1/validation (+k8s:validation-gen-input of
// meta/v1, which holds ValidateCustom_Condition_LastTransitionTime; with
// meta/v1 only read-only, upstream stops at Condition), kube_codegen.sh's
// other read-only packages. Both sides write the published files of
// resource/v1, scheduling/v1alpha3 and meta/v1/validation.
func apiValidationLine() []string {
	line := append([]string{"validation-gen", "--output-file", "zz_generated.validations.go", "--go-header-file", "@HEADER@"},
		readonlyArgs("k8s.io/apimachinery/pkg/apis/meta/v1")...)
	line = append(line, apiValidationInputs...)
	return append(line, "k8s.io/apimachinery/pkg/apis/meta/v1/validation")
}

// validationBenchLine is validation-gen over the output_tests packages
// kodegen covers (upstream's generate.go command, on those packages).
func validationBenchLine() []string {
	line := []string{"validation-gen", "--output-file", "zz_generated.validations.go", "--go-header-file", "@HEADER@"}
	for _, p := range validationCovered {
		line = append(line, "k8s.io/code-generator/cmd/validation-gen/output_tests/"+p)
	}
	return line
}
