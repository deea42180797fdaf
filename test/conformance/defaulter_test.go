package conformance

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/kodegen/kodegen/internal/testmod"
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

// TestDefaulterRegisterGoldenAgainstUpstream builds upstream's
// defaulter-gen and register-gen (v0.37.2, from the module cache), runs
// them on a copy of kodegen's golden inputs and example packages, and
// compares their output with the golden and example files committed here.
// The doccomment golden case is left out: it shows what kodegen does beyond
// upstream.
func TestDefaulterRegisterGoldenAgainstUpstream(t *testing.T) {
	upstreamDefaulter := upstreamBinary(t, "defaulter-gen")
	upstreamRegister := upstreamBinary(t, "register-gen")
	repo, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(workDir, "kodegen-defreg")
	for _, p := range []string{"generators/defaulter/testdata", "generators/register/testdata", "examples/apis/kitchen"} {
		if err := copyTree(filepath.Join(repo, p), filepath.Join(dir, p), func(data []byte) bool { return generatedBy(data) == "" }); err != nil {
			t.Fatal(err)
		}
	}
	gomod, gosum, err := testmod.Files(repo, "github.com/kodegen/kodegen")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"go.mod", "go.sum", "hack/boilerplate.go.txt"} {
		data, err := os.ReadFile(filepath.Join(repo, f))
		switch f { // the examples' requirements: the root module has no k8s.io/api, apimachinery, client-go
		case "go.mod":
			data = gomod
		case "go.sum":
			data = gosum
		}
		if err == nil {
			err = os.MkdirAll(filepath.Dir(filepath.Join(dir, f)), 0o755)
		}
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, f), data, 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	const mod = "github.com/kodegen/kodegen/"
	const dt = mod + "generators/defaulter/testdata/"
	const rt = mod + "generators/register/testdata/"
	const kitchen = mod + "examples/apis/kitchen/"
	header := []string{"--go-header-file", "hack/boilerplate.go.txt"}
	run(t, dir, upstreamDefaulter, "--output-file", "zz_generated.defaults.go", dt+"basic", dt+"input", dt+"stress")
	run(t, dir, upstreamDefaulter, "--output-file", "zz_generated.defaults.go", "--extra-peer-dirs", dt+"peer/shared", dt+"peer/api")
	run(t, dir, upstreamDefaulter, append(append([]string{"--output-file", "zz_generated.defaults.go"}, header...), kitchen+"v1alpha1", kitchen+"v1beta1")...)
	run(t, dir, upstreamRegister, "--output-file", "zz_generated.register.go",
		rt+"simple/v1", rt+"explicit/v1beta1", rt+"othervalue/v1", rt+"handwritten/v1", rt+"internal", rt+"off/v1", rt+"notypes/v1")
	run(t, dir, upstreamRegister, append(append([]string{"--output-file", "zz_generated.register.go"}, header...), kitchen+"v1alpha1", kitchen+"v1beta1")...)
	for _, p := range []string{"generators/defaulter/testdata/basic", "generators/defaulter/testdata/input",
		"generators/defaulter/testdata/peer", "generators/defaulter/testdata/stress", "examples/apis/kitchen"} {
		compare(t, p+" (upstream binary)", "defaulter-gen", filepath.Join(repo, p), filepath.Join(dir, p))
	}
	for _, p := range []string{"generators/register/testdata", "examples/apis/kitchen"} {
		compare(t, p+" (upstream binary)", "register-gen", filepath.Join(repo, p), filepath.Join(dir, p))
	}
}

// upstreamBinary builds k8s.io/code-generator's cmd/<name> at the oracle
// version from a scratch copy of the module, once.
func upstreamBinary(t *testing.T, name string) string {
	src := scratch(t, "k8s.io/code-generator")
	return once(t, "build upstream "+name, func() (string, error) {
		bin := filepath.Join(workDir, "upstream", name)
		cmd := exec.Command("go", "build", "-o", bin, "./cmd/"+name)
		cmd.Dir = src
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
		if out, err := cmd.CombinedOutput(); err != nil {
			return "", fmt.Errorf("go build upstream %s: %v\n%s", name, err, out)
		}
		return bin, nil
	})
}
