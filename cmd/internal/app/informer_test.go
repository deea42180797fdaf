package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestInformerGenCommand(t *testing.T) {
	dir := t.TempDir()
	out, err := execListInf(Command("informer-gen"),
		"--output-dir", dir, "--output-pkg", "example.com/informers",
		"--versioned-clientset-package", "example.com/clientset/versioned",
		"--listers-package", "example.com/listers",
		"--plural-resource-names",
		"github.com/kodegen/kodegen/generators/informer/testdata/basic/apis/shop/v1")
	if err != nil {
		t.Fatalf("informer-gen: %v\n%s", err, out)
	}
	for _, f := range []string{"factory.go", "generic.go", "internalinterfaces/factory_interfaces.go", "shop/interface.go", "shop/v1/interface.go", "shop/v1/policy.go"} {
		if _, err := os.Stat(filepath.Join(dir, "externalversions", f)); err != nil {
			t.Error(err)
		}
	}
	policy, _ := os.ReadFile(filepath.Join(dir, "externalversions", "shop", "v1", "policy.go"))
	if !strings.Contains(string(policy), `Resource: "policies"`) {
		t.Error(`--plural-resource-names: policy.go lacks Resource: "policies"`)
	}
}

func TestInformerGenUsage(t *testing.T) {
	_, err := execListInf(Command("informer-gen"), "--output-dir", "x", "--output-pkg", "y", "example.com/none")
	if err == nil || ExitCode(err) != ExitError {
		t.Fatalf("err = %v, want a usage error", err)
	}
	for _, want := range []string{"--versioned-clientset-package must be specified", "--listers-package must be specified"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	help, err := execListInf(Command("informer-gen"), "--help")
	if err != nil {
		t.Fatal(err)
	}
	for _, flag := range []string{"--output-dir", "--output-pkg", "--versioned-clientset-package", "--internal-clientset-package",
		"--listers-package", "--single-directory", "--plural-exceptions", "--go-header-file", "--lint-rules", "--plural-resource-names", "--verify"} {
		if !strings.Contains(help, flag) {
			t.Errorf("--help lacks %s", flag)
		}
	}
}
