package conformance

import (
	"path/filepath"
	"testing"
)

// TestConversionSampleAPIServer regenerates sample-apiserver's two
// zz_generated.conversion.go files with its hack/update-codegen.sh command
// line and compares them with the published ones.
func TestConversionSampleAPIServer(t *testing.T) {
	dir := scratch(t, "k8s.io/sample-apiserver")
	bin := binary(t, "conversion-gen")
	run(t, dir, bin,
		"--output-file", "zz_generated.conversion.go",
		"--go-header-file", "hack/boilerplate.go.txt",
		"k8s.io/sample-apiserver/pkg/apis/wardle/v1alpha1",
		"k8s.io/sample-apiserver/pkg/apis/wardle/v1beta1")
	compare(t, "k8s.io/sample-apiserver", "conversion-gen",
		filepath.Join(moduleDir(t, "k8s.io/sample-apiserver"), "pkg/apis"),
		filepath.Join(dir, "pkg/apis"))
}
