package conformance

import (
	"path/filepath"
	"testing"
)

// TestInformerAPI regenerates client-go's informers/ from k8s.io/api with
// upstream's command line and compares all 221 files.
func TestInformerAPI(t *testing.T) {
	api := scratch(t, "k8s.io/api")
	cg := scratch(t, "k8s.io/client-go")
	bin := binary(t, "informer-gen")
	args := []string{
		"--go-header-file", headerFile(t),
		"--output-dir", filepath.Join(cg, "informers"),
		"--output-pkg", "k8s.io/client-go/informers",
		"--single-directory",
		"--versioned-clientset-package", "k8s.io/client-go/kubernetes",
		"--listers-package", "k8s.io/client-go/listers",
		"--plural-exceptions", "Endpoints:Endpoints",
	}
	run(t, api, bin, append(args, apiPackages(t, api)...)...)
	compare(t, "k8s.io/client-go informers", "informer-gen",
		filepath.Join(moduleDir(t, "k8s.io/client-go"), "informers"), filepath.Join(cg, "informers"))
}

// TestInformerSampleAPIServer regenerates sample-apiserver's informers as
// its hack/update-codegen.sh does.
func TestInformerSampleAPIServer(t *testing.T) {
	dir := scratch(t, "k8s.io/sample-apiserver")
	bin := binary(t, "informer-gen")
	run(t, dir, bin,
		"--go-header-file", "hack/boilerplate.go.txt",
		"--output-dir", "pkg/generated/informers",
		"--output-pkg", "k8s.io/sample-apiserver/pkg/generated/informers",
		"--versioned-clientset-package", "k8s.io/sample-apiserver/pkg/generated/clientset/versioned",
		"--listers-package", "k8s.io/sample-apiserver/pkg/generated/listers",
		"--plural-exceptions", "",
		"k8s.io/sample-apiserver/pkg/apis/wardle/v1alpha1",
		"k8s.io/sample-apiserver/pkg/apis/wardle/v1beta1")
	compare(t, "k8s.io/sample-apiserver informers", "informer-gen",
		filepath.Join(moduleDir(t, "k8s.io/sample-apiserver"), "pkg/generated/informers"),
		filepath.Join(dir, "pkg/generated/informers"))
}
