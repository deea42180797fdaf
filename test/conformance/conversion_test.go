package conformance

import (
	"path/filepath"
	"sort"
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

// TestConversionStaging regenerates the conversion files published in
// Kubernetes staging modules (no oracle command line: Kubernetes generates
// them from its own tree, so every tagged package of the module is given
// at once, with the default peer dirs). Same bytes is the bar.
func TestConversionStaging(t *testing.T) {
	for _, module := range []string{
		"k8s.io/apimachinery", "k8s.io/apiserver", "k8s.io/apiextensions-apiserver",
		"k8s.io/component-base", "k8s.io/client-go",
	} {
		t.Run(filepath.Base(module), func(t *testing.T) {
			published := moduleDir(t, module)
			var pkgs []string
			for rel := range generatedFiles(t, published, "conversion-gen") {
				pkgs = append(pkgs, module+"/"+filepath.ToSlash(filepath.Dir(rel)))
			}
			sort.Strings(pkgs)
			dir := scratch(t, module)
			args := []string{"--output-file", "zz_generated.conversion.go", "--go-header-file", headerFile(t)}
			run(t, dir, binary(t, "conversion-gen"), append(args, pkgs...)...)
			compare(t, module, "conversion-gen", published, dir)
		})
	}
}
