package conformance

import (
	"path/filepath"
	"testing"
)

// TestDefaulterSampleAPIServer regenerates sample-apiserver's two
// zz_generated.defaults.go files with its hack/update-codegen.sh command
// line and compares them with the published ones.
func TestDefaulterSampleAPIServer(t *testing.T) {
	dir := scratch(t, "k8s.io/sample-apiserver")
	bin := binary(t, "defaulter-gen")
	run(t, dir, bin,
		"--output-file", "zz_generated.defaults.go",
		"--go-header-file", "hack/boilerplate.go.txt",
		"k8s.io/sample-apiserver/pkg/apis/wardle/v1alpha1",
		"k8s.io/sample-apiserver/pkg/apis/wardle/v1beta1")
	compare(t, "k8s.io/sample-apiserver", "defaulter-gen",
		filepath.Join(moduleDir(t, "k8s.io/sample-apiserver"), "pkg/apis"),
		filepath.Join(dir, "pkg/apis"))
}

// TestDefaulterUpstreamOutputTests regenerates the five packages of
// code-generator's own cmd/defaulter-gen/output_tests (defaults through
// hand-written functions, slices, pointers, whole packages and every kind
// of +default marker) with the command of their generate.go and compares
// them with the files published in k8s.io/code-generator.
func TestDefaulterUpstreamOutputTests(t *testing.T) {
	dir := scratch(t, "k8s.io/code-generator")
	bin := binary(t, "defaulter-gen")
	run(t, dir, bin,
		"--output-file", "zz_generated.defaults.go",
		"--go-header-file", headerFile(t),
		"k8s.io/code-generator/cmd/defaulter-gen/output_tests/...")
	compare(t, "k8s.io/code-generator output_tests", "defaulter-gen",
		filepath.Join(moduleDir(t, "k8s.io/code-generator"), "cmd/defaulter-gen/output_tests"),
		filepath.Join(dir, "cmd/defaulter-gen/output_tests"))
}
