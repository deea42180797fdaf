package conformance

import (
	"path/filepath"
	"testing"
)

// TestListerAPI regenerates client-go's listers/ from k8s.io/api with
// upstream's command line and compares all 201 files.
func TestListerAPI(t *testing.T) {
	api := scratch(t, "k8s.io/api")
	cg := scratch(t, "k8s.io/client-go")
	bin := binary(t, "lister-gen")
	args := []string{
		"--go-header-file", headerFile(t),
		"--output-dir", filepath.Join(cg, "listers"),
		"--output-pkg", "k8s.io/client-go/listers",
		"--plural-exceptions", "Endpoints:Endpoints",
	}
	run(t, api, bin, append(args, apiPackages(t, api)...)...)
	compare(t, "k8s.io/client-go listers", "lister-gen",
		filepath.Join(moduleDir(t, "k8s.io/client-go"), "listers"), filepath.Join(cg, "listers"))
}

// TestListerSampleAPIServer regenerates sample-apiserver's listers as its
// hack/update-codegen.sh does.
func TestListerSampleAPIServer(t *testing.T) {
	dir := scratch(t, "k8s.io/sample-apiserver")
	bin := binary(t, "lister-gen")
	run(t, dir, bin,
		"--go-header-file", "hack/boilerplate.go.txt",
		"--output-dir", "pkg/generated/listers",
		"--output-pkg", "k8s.io/sample-apiserver/pkg/generated/listers",
		"--plural-exceptions", "",
		"k8s.io/sample-apiserver/pkg/apis/wardle/v1alpha1",
		"k8s.io/sample-apiserver/pkg/apis/wardle/v1beta1")
	compare(t, "k8s.io/sample-apiserver listers", "lister-gen",
		filepath.Join(moduleDir(t, "k8s.io/sample-apiserver"), "pkg/generated/listers"),
		filepath.Join(dir, "pkg/generated/listers"))
}
