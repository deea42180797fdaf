package conformance

import (
	"path/filepath"
	"testing"
)

// clientAPIInputs are the group/versions upstream passes to client-gen for
// client-go, in upstream's order (it shows in clientset.go and the fakes).
var clientAPIInputs = []string{
	"admissionregistration/v1", "admissionregistration/v1alpha1", "admissionregistration/v1beta1",
	"apiserverinternal/v1alpha1", "apps/v1", "apps/v1beta1", "apps/v1beta2",
	"authentication/v1", "authentication/v1alpha1", "authentication/v1beta1",
	"authorization/v1", "authorization/v1beta1", "autoscaling/v1", "autoscaling/v2",
	"batch/v1", "batch/v1beta1", "certificates/v1", "certificates/v1beta1", "certificates/v1alpha1",
	"coordination/v1alpha2", "coordination/v1beta1", "coordination/v1", "core/v1",
	"discovery/v1", "discovery/v1beta1", "events/v1", "events/v1beta1", "extensions/v1beta1",
	"flowcontrol/v1", "flowcontrol/v1beta1", "flowcontrol/v1beta2", "flowcontrol/v1beta3",
	"lifecycle/v1alpha1", "networking/v1", "networking/v1beta1", "node/v1", "node/v1alpha1", "node/v1beta1",
	"policy/v1", "policy/v1beta1", "rbac/v1", "rbac/v1beta1", "rbac/v1alpha1",
	"resource/v1", "resource/v1beta2", "resource/v1beta1", "resource/v1alpha3",
	"scheduling/v1alpha3", "scheduling/v1beta1", "scheduling/v1",
	"storage/v1beta1", "storage/v1", "storage/v1alpha1", "storagemigration/v1", "storagemigration/v1beta1",
}

// TestClientAPI regenerates client-go's kubernetes/ clientset from k8s.io/api
// with upstream's command line and compares all 605 files. The hand-written
// files of the scratch client-go stay, so expansions come out as upstream's.
func TestClientAPI(t *testing.T) {
	api := scratch(t, "k8s.io/api")
	cg := scratch(t, "k8s.io/client-go")
	bin := binary(t, "client-gen")
	args := []string{
		"--go-header-file", headerFile(t),
		"--output-dir", cg,
		"--output-pkg", "k8s.io/client-go",
		"--clientset-name", "kubernetes",
		"--input-base", "k8s.io/api",
		"--plural-exceptions", "Endpoints:Endpoints",
		"--apply-configuration-package", "k8s.io/client-go/applyconfigurations",
		"--prefers-protobuf",
	}
	for _, in := range clientAPIInputs {
		args = append(args, "--input", in)
	}
	run(t, api, bin, args...)
	compare(t, "k8s.io/client-go kubernetes", "client-gen",
		filepath.Join(moduleDir(t, "k8s.io/client-go"), "kubernetes"), filepath.Join(cg, "kubernetes"))
}

// TestClientSampleAPIServer regenerates sample-apiserver's clientset as its
// hack/update-codegen.sh does (--input-base is a directory there).
func TestClientSampleAPIServer(t *testing.T) {
	dir := scratch(t, "k8s.io/sample-apiserver")
	bin := binary(t, "client-gen")
	run(t, dir, bin,
		"--go-header-file", "hack/boilerplate.go.txt",
		"--output-dir", "pkg/generated/clientset",
		"--output-pkg", "k8s.io/sample-apiserver/pkg/generated/clientset",
		"--clientset-name", "versioned",
		"--apply-configuration-package", "k8s.io/sample-apiserver/pkg/generated/applyconfiguration",
		"--input-base", filepath.Join(dir, "pkg/apis"),
		"--plural-exceptions", "",
		"--prefers-protobuf=false",
		"--input", "wardle/v1alpha1", "--input", "wardle/v1beta1")
	compare(t, "k8s.io/sample-apiserver clientset", "client-gen",
		filepath.Join(moduleDir(t, "k8s.io/sample-apiserver"), "pkg/generated/clientset"),
		filepath.Join(dir, "pkg/generated/clientset"))
}
