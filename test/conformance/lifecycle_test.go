package conformance

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"testing"

	"github.com/kodegen/kodegen/internal/testmod"
)

// lifecycleArgs is Kubernetes' prerelease-lifecycle-gen command line
// (hack/update-codegen.sh), before the packages.
func lifecycleArgs(t *testing.T) []string {
	return []string{"--output-file", "zz_generated.prerelease-lifecycle.go", "--go-header-file", headerFile(t),
		"--lint-rules=known-tags-only,require-explicit-disablement"}
}

// TestLifecycleAPI regenerates the 55 zz_generated.prerelease-lifecycle.go
// files of k8s.io/api with Kubernetes' command line over all 60 API
// packages (the five without the tag get nothing).
func TestLifecycleAPI(t *testing.T) {
	dir := scratch(t, "k8s.io/api")
	bin := binary(t, "prerelease-lifecycle-gen")
	run(t, dir, bin, append(lifecycleArgs(t), apiPackages(t, dir)...)...)
	if n := len(generatedFiles(t, moduleDir(t, "k8s.io/api"), "prerelease-lifecycle-gen")); n != 55 {
		t.Errorf("k8s.io/api publishes %d prerelease-lifecycle files, want 55", n)
	}
	compare(t, "k8s.io/api@"+oracleVersion, "prerelease-lifecycle-gen", moduleDir(t, "k8s.io/api"), dir)
}

// TestLifecycleOtherModules regenerates the other six published files
// (apimachinery 1, apiextensions-apiserver 2, kube-aggregator 2,
// sample-apiserver 1) over the packages whose doc.go asks for them.
func TestLifecycleOtherModules(t *testing.T) {
	for _, tc := range []struct {
		module string
		want   int
	}{
		{"k8s.io/apimachinery", 1},
		{"k8s.io/apiextensions-apiserver", 2},
		{"k8s.io/kube-aggregator", 2},
		{"k8s.io/sample-apiserver", 1},
	} {
		t.Run(tc.module, func(t *testing.T) {
			dir := scratch(t, tc.module)
			pkgs := lifecyclePackages(t, dir, tc.module)
			if len(pkgs) != tc.want {
				t.Fatalf("%d packages with +k8s:prerelease-lifecycle-gen=true, want %d: %v", len(pkgs), tc.want, pkgs)
			}
			run(t, dir, binary(t, "prerelease-lifecycle-gen"), append(lifecycleArgs(t), pkgs...)...)
			compare(t, tc.module+"@"+oracleVersion, "prerelease-lifecycle-gen", moduleDir(t, tc.module), dir)
		})
	}
}

var lifecycleOn = regexp.MustCompile(`(?m)^//\s*\+k8s:prerelease-lifecycle-gen=true\s*$`)

// lifecyclePackages are the packages below dir (module) with a doc.go
// turning prerelease-lifecycle-gen on, sorted.
func lifecyclePackages(t *testing.T, dir, module string) []string {
	t.Helper()
	var pkgs []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "doc.go" {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if lifecycleOn.Match(data) {
			rel, _ := filepath.Rel(dir, filepath.Dir(path))
			pkgs = append(pkgs, module+"/"+filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(pkgs)
	return pkgs
}

// TestLifecycleGoldenAgainstUpstream runs upstream's prerelease-lifecycle-gen
// (v0.37.2, built from the module cache) on a copy of kodegen's golden
// inputs and compares its output with the golden files committed here. The
// error cases (testdata/errors) are kodegen's own: upstream stops at the
// first with klog.Fatal, or writes code.
func TestLifecycleGoldenAgainstUpstream(t *testing.T) {
	upstream := upstreamBinary(t, "prerelease-lifecycle-gen")
	repo, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	const td = "generators/lifecycle/testdata"
	dir := filepath.Join(workDir, "kodegen-lifecycle")
	if err := copyTree(filepath.Join(repo, td), filepath.Join(dir, td), func(data []byte) bool { return generatedBy(data) == "" }); err != nil {
		t.Fatal(err)
	}
	// The root module requires no apimachinery: the scratch module takes
	// the examples module's requirements.
	gomod, gosum, err := testmod.Files(repo, "github.com/kodegen/kodegen")
	if err != nil {
		t.Fatal(err)
	}
	for f, data := range map[string][]byte{"go.mod": gomod, "go.sum": gosum} {
		if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	args := []string{"--output-file", "zz_generated.prerelease-lifecycle.go"}
	for _, in := range []string{"alpha/v1alpha1", "beta/v1beta1", "ga/v1", "major/v2", "handwritten/v1beta1",
		"off/v1beta1", "untagged/v1beta1", "othervalue/v1beta1", "empty/v1beta1"} {
		args = append(args, "github.com/kodegen/kodegen/"+td+"/"+in)
	}
	run(t, dir, upstream, args...)
	if n := len(generatedFiles(t, filepath.Join(repo, td), "prerelease-lifecycle-gen")); n != 7 {
		t.Errorf("%d golden files, want 7", n)
	}
	compare(t, td+" (upstream binary)", "prerelease-lifecycle-gen", filepath.Join(repo, td), filepath.Join(dir, td))
}
