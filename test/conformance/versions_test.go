package conformance

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// releases are the older client-go releases the generators write for
// (--target-version, docs/versions.md): k8s.io/api of each, regenerated
// with that release's command lines and the target, must give the
// published k8s.io/client-go of the same version byte for byte. The
// release of the oracle (v0.37.2) is the rest of this package.
//
// CI runs the releases marked ci; KODEGEN_VERSIONS=all (hack/test.sh
// --all) runs every one, KODEGEN_VERSIONS=v0.33,v0.36 a list.
var releases = []struct {
	module   string // the published k8s.io/api and client-go version
	target   string // --target-version of the client side
	ci       bool
	protobuf bool   // kubernetes passed --prefers-protobuf (from v0.32)
	sample   string // the k8s.io/sample-apiserver of the release ("" none on the proxy)
}{
	{module: "v0.31.14", target: "v0.31", ci: true},
	{module: "v0.32.13", target: "v0.32", protobuf: true, sample: "v0.32.3"},
	{module: "v0.33.13", target: "v0.33", protobuf: true, sample: "v0.33.5"},
	{module: "v0.34.13", target: "v0.34", protobuf: true, ci: true, sample: "v0.34.13"},
	{module: "v0.35.10", target: "v0.35", protobuf: true, sample: "v0.35.10"},
	{module: "v0.36.6", target: "v0.36", protobuf: true, sample: "v0.36.6"},
}

// TestReleases regenerates client-go's kubernetes/, listers/, informers/
// and applyconfigurations/ (with the release's schema, releaseAPISchema) of
// each release from k8s.io/api of the same release with
// `kodegen batch` and --target-version, and k8s.io/api's deepcopy with no
// flag (the target comes from the api module's go.mod: its
// k8s.io/apimachinery), and compares every file.
func TestReleases(t *testing.T) {
	want := os.Getenv("KODEGEN_VERSIONS")
	for _, r := range releases {
		t.Run(r.target, func(t *testing.T) {
			if !r.ci && want != "all" && !strings.Contains(","+want+",", ","+r.target+",") {
				t.Skipf("%s runs with KODEGEN_VERSIONS=all (hack/test.sh --all)", r.target)
			}
			api := scratchAt(t, "k8s.io/api", r.module, ".")
			cg := scratchAt(t, "k8s.io/client-go", r.module, "kubernetes", "listers", "informers", "applyconfigurations")
			published := moduleDirAt(t, "k8s.io/client-go", r.module)
			pkgs := apiPackages(t, api)
			inputs := clientsetInputs(t, published)
			lines := releaseCommandLines(pkgs, inputs, r.target, r.protobuf)
			lines = append(lines, releaseApplyLine(pkgs, r.target))
			vars := map[string]string{"@CG@": cg, "@HEADER@": headerFile(t), "@SCHEMA@": releaseAPISchema(t, r.module)}
			runBatchEnv(t, api, render(lines, vars),
				// A type cache of its own: a warm shared one trips the
				// compile check on lister expansions (see docs/versions.md).
				[]string{"XDG_CACHE_HOME=" + filepath.Join(workDir, "cache-"+r.target)})
			compare(t, "k8s.io/api@"+r.module+" (target from its go.mod)", "deepcopy-gen", moduleDirAt(t, "k8s.io/api", r.module), api)
			for _, c := range []struct{ tool, dir string }{
				{"client-gen", "kubernetes"}, {"lister-gen", "listers"}, {"informer-gen", "informers"},
				{"applyconfiguration-gen", "applyconfigurations"},
			} {
				compare(t, "k8s.io/client-go@"+r.module+" "+c.dir+" (--target-version "+r.target+")", c.tool,
					filepath.Join(published, c.dir), filepath.Join(cg, c.dir))
			}
		})
	}
}

// TestReleasesSampleAPIServer regenerates sample-apiserver of each release
// (deepcopy, defaulters, conversions, apply configurations, clientset,
// listers, informers) with its hack/update-codegen.sh command lines and no
// --target-version: the target comes from its go.mod (its
// k8s.io/client-go).
func TestReleasesSampleAPIServer(t *testing.T) {
	want := os.Getenv("KODEGEN_VERSIONS")
	for _, r := range releases {
		if r.sample == "" {
			continue
		}
		t.Run(r.target, func(t *testing.T) {
			if !r.ci && want != "all" && !strings.Contains(","+want+",", ","+r.target+",") {
				t.Skipf("%s runs with KODEGEN_VERSIONS=all (hack/test.sh --all)", r.target)
			}
			// Before v0.36 sample-apiserver had no models-schema command:
			// kube_codegen.sh ran applyconfiguration-gen with
			// --openapi-schema "" (its --applyconfig-openapi-schema unset).
			schema := ""
			if r.target >= "v0.36" {
				schema = sampleAPIServerSchemaAt(t, r.sample)
			}
			dir := scratchAt(t, "k8s.io/sample-apiserver", r.sample, ".")
			out := runBatchEnv(t, dir, render(sampleCommandLines(), map[string]string{"@SAMPLE@": dir, "@SAMPLE_SCHEMA@": schema}),
				[]string{"XDG_CACHE_HOME=" + filepath.Join(workDir, "cache-sample-"+r.target)})
			if wantTarget := "target " + r.sample + " (go.mod requires k8s.io/client-go " + r.sample + ")"; !strings.Contains(out, wantTarget) {
				t.Errorf("summary line: want %q in\n%s", wantTarget, out)
			}
			published := moduleDirAt(t, "k8s.io/sample-apiserver", r.sample)
			label := "k8s.io/sample-apiserver@" + r.sample + " (target from its go.mod)"
			for _, tool := range []string{"deepcopy-gen", "defaulter-gen", "conversion-gen"} {
				compare(t, label, tool, filepath.Join(published, "pkg/apis"), filepath.Join(dir, "pkg/apis"))
			}
			for _, c := range []struct{ tool, dir string }{
				{"client-gen", "clientset"}, {"lister-gen", "listers"}, {"informer-gen", "informers"},
				{"applyconfiguration-gen", "applyconfiguration"},
			} {
				compare(t, label, c.tool, filepath.Join(published, "pkg/generated", c.dir), filepath.Join(dir, "pkg/generated", c.dir))
			}
		})
	}
}

// releaseCommandLines are kubernetes' client-go command lines of a release
// (its hack/update-codegen.sh) with --target-version.
func releaseCommandLines(pkgs, inputs []string, target string, protobuf bool) [][]string {
	tv := []string{"--target-version", target}
	deepcopy := append([]string{"deepcopy-gen", "--go-header-file", "@HEADER@", "--output-file", "zz_generated.deepcopy.go"}, pkgs...)
	client := append([]string{"client-gen", "--go-header-file", "@HEADER@", "--output-dir", "@CG@", "--output-pkg", "k8s.io/client-go",
		"--clientset-name", "kubernetes", "--input-base", "k8s.io/api", "--plural-exceptions", "Endpoints:Endpoints",
		"--apply-configuration-package", "k8s.io/client-go/applyconfigurations"}, tv...)
	if protobuf {
		client = append(client, "--prefers-protobuf")
	}
	for _, in := range inputs {
		client = append(client, "--input", in)
	}
	lister := append(append([]string{"lister-gen", "--go-header-file", "@HEADER@", "--output-dir", "@CG@/listers",
		"--output-pkg", "k8s.io/client-go/listers", "--plural-exceptions", "Endpoints:Endpoints"}, tv...), pkgs...)
	informer := append(append([]string{"informer-gen", "--go-header-file", "@HEADER@", "--output-dir", "@CG@/informers",
		"--output-pkg", "k8s.io/client-go/informers", "--single-directory",
		"--versioned-clientset-package", "k8s.io/client-go/kubernetes", "--listers-package", "k8s.io/client-go/listers",
		"--plural-exceptions", "Endpoints:Endpoints"}, tv...), pkgs...)
	return [][]string{deepcopy, client, lister, informer}
}

// releaseApplyLine is kubernetes' applyconfiguration-gen command line of
// a release (the schema its models-schema printed, @SCHEMA@) with
// --target-version.
func releaseApplyLine(pkgs []string, target string) []string {
	line := []string{"applyconfiguration-gen", "--target-version", target, "--openapi-schema", "@SCHEMA@", "--go-header-file", "@HEADER@",
		"--output-dir", "@CG@/applyconfigurations", "--output-pkg", "k8s.io/client-go/applyconfigurations"}
	return append(append(line, pkgs...), "k8s.io/apimachinery/pkg/apis/meta/v1")
}

var (
	clientsetField  = regexp.MustCompile(`^\t[A-Za-z0-9]+ +\*([a-z0-9]+)\.[A-Za-z0-9]+Client$`)
	clientsetImport = regexp.MustCompile(`^\t([a-z0-9]+) "k8s.io/client-go/kubernetes/typed/([a-z0-9./]+)"$`)
)

// clientsetInputs are the group/versions kubernetes passed to client-gen
// for a release, in its order: the order of the Clientset struct's fields
// in the published clientset.go, which client-gen keeps.
func clientsetInputs(t *testing.T, clientGo string) []string {
	t.Helper()
	f, err := os.Open(filepath.Join(clientGo, "kubernetes", "clientset.go"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	paths := map[string]string{}
	var aliases []string
	inStruct := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if m := clientsetImport.FindStringSubmatch(line); m != nil {
			paths[m[1]] = m[2]
		}
		switch {
		case line == "type Clientset struct {":
			inStruct = true
		case inStruct && line == "}":
			inStruct = false
		case inStruct:
			if m := clientsetField.FindStringSubmatch(line); m != nil {
				aliases = append(aliases, m[1])
			}
		}
	}
	var inputs []string
	for _, a := range aliases {
		if p, ok := paths[a]; ok {
			inputs = append(inputs, p)
		}
	}
	if len(inputs) == 0 || len(inputs) != len(aliases) {
		t.Fatalf("%s: read %d group/versions from %d clientset fields", clientGo, len(inputs), len(aliases))
	}
	return inputs
}
