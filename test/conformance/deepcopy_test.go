package conformance

import (
	"path/filepath"
	"testing"
)

// TestDeepcopyAPI regenerates the zz_generated.deepcopy.go of all 60 API
// packages of k8s.io/api with upstream's command line and compares them
// with the published ones.
func TestDeepcopyAPI(t *testing.T) {
	dir := scratch(t, "k8s.io/api")
	bin := binary(t, "deepcopy-gen")
	pkgs := apiPackages(t, dir)
	if len(pkgs) != 60 {
		t.Errorf("k8s.io/api: %d API packages, want 60", len(pkgs))
	}
	args := append([]string{"--go-header-file", headerFile(t), "--output-file", "zz_generated.deepcopy.go"}, pkgs...)
	run(t, dir, bin, args...)
	compare(t, "k8s.io/api@"+oracleVersion, "deepcopy-gen", moduleDir(t, "k8s.io/api"), dir)
}

// TestDeepcopySampleAPIServer regenerates sample-apiserver's three
// zz_generated.deepcopy.go files with its hack/update-codegen.sh command
// line and compares them with the published ones.
func TestDeepcopySampleAPIServer(t *testing.T) {
	dir := scratch(t, "k8s.io/sample-apiserver")
	bin := binary(t, "deepcopy-gen")
	run(t, dir, bin,
		"--output-file", "zz_generated.deepcopy.go",
		"--go-header-file", "hack/boilerplate.go.txt",
		"k8s.io/sample-apiserver/pkg/apis/wardle",
		"k8s.io/sample-apiserver/pkg/apis/wardle/v1alpha1",
		"k8s.io/sample-apiserver/pkg/apis/wardle/v1beta1")
	compare(t, "k8s.io/sample-apiserver@"+oracleVersion, "deepcopy-gen",
		filepath.Join(moduleDir(t, "k8s.io/sample-apiserver"), "pkg/apis"),
		filepath.Join(dir, "pkg/apis"))
}
