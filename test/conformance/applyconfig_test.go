package conformance

import (
	"path/filepath"
	"testing"
)

// TestApplyconfigAPI regenerates client-go's applyconfigurations/ (954
// files, internal/internal.go included) from k8s.io/api with upstream's
// command line and an OpenAPI schema rebuilt from the published packages.
func TestApplyconfigAPI(t *testing.T) {
	dir := scratch(t, "k8s.io/api")
	schema := apiOpenAPISchema(t)
	bin := binary(t, "applyconfiguration-gen")
	out := filepath.Join(t.TempDir(), "applyconfigurations")
	args := []string{
		"--openapi-schema", schema, "--go-header-file", headerFile(t),
		"--output-dir", out, "--output-pkg", "k8s.io/client-go/applyconfigurations",
	}
	args = append(args, apiPackages(t, dir)...)
	args = append(args, "k8s.io/apimachinery/pkg/apis/meta/v1")
	run(t, dir, bin, args...)
	compare(t, "k8s.io/client-go@"+oracleVersion, "applyconfiguration-gen",
		filepath.Join(moduleDir(t, "k8s.io/client-go"), "applyconfigurations"), out)
}

// TestApplyconfigSampleAPIServer regenerates sample-apiserver's
// pkg/generated/applyconfiguration (7 files) with its hack/update-codegen.sh
// command line; the schema comes from its models-schema command.
func TestApplyconfigSampleAPIServer(t *testing.T) {
	schema := sampleAPIServerSchema(t)
	dir := scratch(t, "k8s.io/sample-apiserver")
	bin := binary(t, "applyconfiguration-gen")
	run(t, dir, bin,
		"--go-header-file", "hack/boilerplate.go.txt",
		"--output-dir", "pkg/generated/applyconfiguration",
		"--output-pkg", "k8s.io/sample-apiserver/pkg/generated/applyconfiguration",
		"--external-applyconfigurations", "",
		"--openapi-schema", schema,
		"k8s.io/sample-apiserver/pkg/apis/wardle/v1alpha1",
		"k8s.io/sample-apiserver/pkg/apis/wardle/v1beta1")
	compare(t, "k8s.io/sample-apiserver@"+oracleVersion, "applyconfiguration-gen",
		filepath.Join(moduleDir(t, "k8s.io/sample-apiserver"), "pkg/generated/applyconfiguration"),
		filepath.Join(dir, "pkg/generated/applyconfiguration"))
}
