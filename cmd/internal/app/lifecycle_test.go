package app

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kodegen/kodegen/internal/output"
)

const lifecycleTestdata = "github.com/kodegen/kodegen/generators/lifecycle/testdata/"

// TestPrereleaseLifecycleGenCommand: the command's flags are upstream's
// (--output-file with its default, --go-header-file, --lint-rules) plus
// --verify; a missing file is drift, a bad marker exit 2.
func TestPrereleaseLifecycleGenCommand(t *testing.T) {
	t.Setenv("KODEGEN_VERIFY", "")
	cmd := Command("prerelease-lifecycle-gen")
	for flag, def := range map[string]string{"output-file": "generated.prerelease_lifecycle.go", "go-header-file": "", "lint-rules": "[]", "verify": "false"} {
		f := cmd.Flags().Lookup(flag)
		if f == nil {
			t.Errorf("no --%s", flag)
		} else if f.DefValue != def {
			t.Errorf("--%s default %q, want %q", flag, f.DefValue, def)
		}
	}
	// The golden file is there under Kubernetes' name; upstream's default
	// name would declare the methods twice: exit 2, naming the old file.
	out, err := execListInf(cmd, "--verify", lifecycleTestdata+"alpha/v1alpha1")
	if err == nil || ExitCode(err) != ExitError || !strings.Contains(err.Error(), "declares Anvil.APILifecycleIntroduced") {
		t.Errorf("--verify with the default --output-file: err = %v, want exit 2 naming the methods declared twice\n%s", err, out)
	}
	out, err = execListInf(Command("prerelease-lifecycle-gen"), "--verify", "--output-file", "zz_generated.prerelease-lifecycle.go",
		lifecycleTestdata+"alpha/v1alpha1", lifecycleTestdata+"ga/v1")
	if err != nil {
		t.Errorf("--verify on the golden files: %v\n%s", err, out)
	}
	out, err = execListInf(Command("prerelease-lifecycle-gen"), "--verify", lifecycleTestdata+"errors/missing/v1beta1")
	if err == nil || ExitCode(err) != ExitError || !strings.Contains(err.Error(), "types.go:7:") {
		t.Errorf("a type without introduced: err = %v, want exit 2 at types.go:7\n%s", err, out)
	}
}

// TestGenPrereleaseLifecycle: kodegen gen runs prerelease-lifecycle-gen on
// the packages whose doc.go has +k8s:prerelease-lifecycle-gen=, writing
// zz_generated.prerelease-lifecycle.go as Kubernetes names it, and the
// output compiles.
func TestGenPrereleaseLifecycle(t *testing.T) {
	if testing.Short() {
		t.Skip("builds kodegen and loads packages")
	}
	root, err := filepath.Abs("../../..")
	if err != nil {
		t.Fatal(err)
	}
	mod := t.TempDir()
	const td = "generators/lifecycle/testdata"
	const apis = "apis" // go list's ... skips testdata folders
	writeScratchMod(t, root, mod)
	for _, p := range []string{td + "/alpha", td + "/ga", td + "/off"} {
		dst := filepath.Join(mod, strings.Replace(p, td, apis, 1))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command("cp", "-a", filepath.Join(root, p), dst).CombinedOutput(); err != nil {
			t.Fatalf("cp %s: %v\n%s", p, err, out)
		}
	}
	const file = "zz_generated.prerelease-lifecycle.go"
	for _, pkg := range []string{"alpha/v1alpha1", "ga/v1"} {
		if err := os.Remove(filepath.Join(mod, apis, pkg, file)); err != nil {
			t.Fatal(err)
		}
	}
	if code, out := kodegen(t, mod, "gen", "--no-cache", "./"+apis+"/..."); code != 0 || !strings.Contains(out, "2 written") {
		t.Fatalf("gen: exit %d, want 2 files written\n%s", code, out)
	}
	for _, pkg := range []string{"alpha/v1alpha1", "ga/v1"} {
		want, _ := os.ReadFile(filepath.Join(root, td, pkg, file))
		got, err := os.ReadFile(filepath.Join(mod, apis, pkg, file))
		if err != nil || string(got) != string(want) {
			t.Errorf("%s: gen's output differs from the golden file (err %v)\n%s", pkg, err, output.UnifiedDiff(file, want, got))
		}
	}
	if _, err := os.Stat(filepath.Join(mod, apis, "off/v1beta1", file)); !os.IsNotExist(err) {
		t.Errorf("gen wrote into a package with +k8s:prerelease-lifecycle-gen=false")
	}
	vet := exec.Command("go", "vet", "./"+apis+"/...")
	vet.Dir = mod
	if out, err := vet.CombinedOutput(); err != nil {
		t.Errorf("the generated code does not compile: %v\n%s", err, out)
	}
	// --generators without it leaves the packages alone.
	if code, out := kodegen(t, mod, "gen", "--no-cache", "--generators", "deepcopy", "./"+apis+"/..."); code != 2 || !strings.Contains(out, "nothing to generate") {
		t.Errorf("gen --generators deepcopy: exit %d, want 2 (nothing to generate)\n%s", code, out)
	}
}
