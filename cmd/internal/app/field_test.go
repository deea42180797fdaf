package app

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// registerServedAPI writes api/v1 into mod: +groupName, +genclient types and
// no register.go, so SchemeGroupVersion and Resource come from register-gen.
func registerServedAPI(t *testing.T, mod string) {
	t.Helper()
	api := filepath.Join(mod, "api", "v1")
	if err := os.MkdirAll(api, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"doc.go": `// +k8s:deepcopy-gen=package
// +groupName=shop.example.com
package v1
`,
		"types.go": `package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// Cart is a cart.
type Cart struct {
	metav1.TypeMeta   ` + "`json:\",inline\"`" + `
	metav1.ObjectMeta ` + "`json:\"metadata,omitempty\"`" + `
	Items []string ` + "`json:\"items,omitempty\"`" + `
}

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// CartList is a list of carts.
type CartList struct {
	metav1.TypeMeta ` + "`json:\",inline\"`" + `
	metav1.ListMeta ` + "`json:\"metadata,omitempty\"`" + `
	Items []Cart ` + "`json:\"items\"`" + `
}
`,
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(api, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestClientsBeforeRegisterGen (issue 11, item 1): scripts that run the
// client generators before register-gen must get their code written, as
// upstream does; one run that includes register-gen knows what it will
// declare; register-gen's output is recognised by its header, whatever its
// file name; the tree compiles in the end.
func TestClientsBeforeRegisterGen(t *testing.T) {
	if testing.Short() {
		t.Skip("builds kodegen and loads packages")
	}
	mod := exampleModule(t)
	registerServedAPI(t, mod)
	const modPath = "github.com/kodegen/kodegen"
	out := filepath.Join(mod, "out")
	standalone := [][]string{
		{"client-gen", "--output-dir", out + "/clientset", "--output-pkg", modPath + "/out/clientset", "--clientset-name", "versioned", "--input-base", "", "--input", modPath + "/api/v1"},
		{"lister-gen", "--output-dir", out + "/listers", "--output-pkg", modPath + "/out/listers", "./api/v1"},
		{"informer-gen", "--output-dir", out + "/informers", "--output-pkg", modPath + "/out/informers",
			"--versioned-clientset-package", modPath + "/out/clientset/versioned", "--listers-package", modPath + "/out/listers", "./api/v1"},
	}
	// Before register-gen ran: written, with a warning naming register-gen.
	for _, args := range standalone {
		code, msg := kodegen(t, mod, args...)
		if code != 0 {
			t.Fatalf("%s before register-gen: exit %d, want 0 (upstream writes)\n%s", args[0], code, msg)
		}
		if !strings.Contains(msg, "register-gen") || !strings.Contains(msg, "warning") {
			t.Errorf("%s before register-gen: no warning naming register-gen:\n%s", args[0], msg)
		}
	}
	// register-gen under upstream's default file name: recognised by its header.
	if code, msg := kodegen(t, mod, "register-gen", "--output-file", "generated.register.go", "./api/v1"); code != 0 {
		t.Fatalf("register-gen: exit %d\n%s", code, msg)
	}
	for _, args := range standalone {
		code, msg := kodegen(t, mod, args...)
		// The module has no deepcopy yet: the compile check warns about
		// that, and nothing about register-gen.
		if code != 0 || strings.Contains(msg, "register-gen") {
			t.Errorf("%s after register-gen (generated.register.go): exit %d, want 0 and no warning about register-gen\n%s", args[0], code, msg)
		}
	}
	os.Remove(filepath.Join(mod, "api/v1/generated.register.go"))
	os.RemoveAll(out)

	// One run with register-gen in it: no warning, and the tree compiles.
	code, msg := kodegen(t, mod, "gen", "--no-cache", "--generators", "deepcopy,register,client,lister,informer",
		"--output-dir", "internal/generated", "./api/...")
	if code != 0 || strings.Contains(msg, "warning") {
		t.Fatalf("gen --generators deepcopy,register,client,lister,informer: exit %d, want 0 and no warning\n%s", code, msg)
	}
	vet := exec.Command("go", "vet", "./api/...", "./internal/generated/...")
	vet.Dir = mod
	if o, err := vet.CombinedOutput(); err != nil {
		t.Errorf("the generated code does not compile: %v\n%s", err, o)
	}

	// Nothing could declare it (no +groupName): still an error.
	os.Remove(filepath.Join(mod, "api/v1/zz_generated.register.go"))
	if err := os.WriteFile(filepath.Join(mod, "api/v1/doc.go"), []byte("// +k8s:deepcopy-gen=package\npackage v1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, msg := kodegen(t, mod, standalone[0]...); code != 2 || !strings.Contains(msg, "SchemeGroupVersion") {
		t.Errorf("client-gen without +groupName or SchemeGroupVersion: exit %d, want 2 naming SchemeGroupVersion\n%s", code, msg)
	}
}

func TestOutputLocation(t *testing.T) {
	wd, _ := os.Getwd()
	root, module := moduleRoot()
	if root == "" {
		t.Skip("not in a module")
	}
	rel, _ := filepath.Rel(root, wd)
	here := module + "/" + filepath.ToSlash(rel)
	if err := outputLocation("out", here+"/out"); err != nil {
		t.Errorf("matching dir and pkg: %v", err)
	}
	err := outputLocation("out", module+"/elsewhere")
	if err == nil || !strings.Contains(err.Error(), "--output-dir out is package "+here+"/out") || !strings.Contains(err.Error(), "--output-pkg") {
		t.Errorf("mismatch: err = %v", err)
	}
	if err := outputLocation(t.TempDir(), "example.com/x"); err != nil {
		t.Errorf("outside the module: %v", err)
	}
}

// TestGenerateIntoImportPathThenCopy (issue 11, item 2): the classic
// "generate into ./<import path>, then cp -r" pattern. client-gen writes
// (with a warning) as upstream, lister-gen and informer-gen do, and the
// copied tree compiles. kodegen gen keeps the check as an error.
func TestGenerateIntoImportPathThenCopy(t *testing.T) {
	if testing.Short() {
		t.Skip("builds kodegen and loads packages")
	}
	mod := exampleModule(t)
	const m = "github.com/kodegen/kodegen"
	base := "./" + m + "/out"
	for _, args := range [][]string{
		{"client-gen", "--output-dir", base + "/clientset", "--output-pkg", m + "/out/clientset", "--clientset-name", "versioned",
			"--input-base", m + "/examples/apis", "--input", "shop/v1"},
		{"lister-gen", "--output-dir", base + "/listers", "--output-pkg", m + "/out/listers", "./examples/apis/shop/v1"},
		{"informer-gen", "--output-dir", base + "/informers", "--output-pkg", m + "/out/informers",
			"--versioned-clientset-package", m + "/out/clientset/versioned", "--listers-package", m + "/out/listers", "./examples/apis/shop/v1"},
	} {
		if code, msg := kodegen(t, mod, args...); code != 0 {
			t.Fatalf("%s into ./<import path>: exit %d, want 0 (upstream writes)\n%s", args[0], code, msg)
		}
	}
	if _, err := os.Stat(filepath.Join(mod, m, "out/clientset/versioned/clientset.go")); err != nil {
		t.Fatalf("client-gen did not write below --output-dir: %v", err)
	}
	if o, err := exec.Command("cp", "-r", filepath.Join(mod, m, "out"), filepath.Join(mod, "out")).CombinedOutput(); err != nil {
		t.Fatalf("cp: %v\n%s", err, o)
	}
	os.RemoveAll(filepath.Join(mod, "github.com"))
	vet := exec.Command("go", "vet", "./out/...")
	vet.Dir = mod
	if o, err := vet.CombinedOutput(); err != nil {
		t.Errorf("the copied output does not compile: %v\n%s", err, o)
	}
	code, msg := kodegen(t, mod, "gen", "--no-cache", "--output-dir", base, "--output-pkg", m+"/out", "./examples/apis/...")
	if code != 2 || !strings.Contains(msg, "--output-pkg") {
		t.Errorf("kodegen gen with --output-dir and --output-pkg that disagree: exit %d, want 2\n%s", code, msg)
	}
}

// TestGenApplyconfigurationLayouts (issue 11, item 5): kodegen gen can say
// where outside apply configurations live and add apply-configuration
// inputs (meta/v1, as large clients do), and --help shows both.
func TestGenApplyconfigurationLayouts(t *testing.T) {
	cmd := Kodegen()
	var help strings.Builder
	cmd.SetOut(&help)
	cmd.SetArgs([]string{"gen", "--help"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"--external-applyconfigurations", "--extra-applyconfiguration-inputs"} {
		if !strings.Contains(help.String(), f) {
			t.Errorf("kodegen gen --help lacks %s", f)
		}
	}
	if testing.Short() {
		t.Skip("builds kodegen and loads packages")
	}
	mod := exampleModule(t)
	os.RemoveAll(filepath.Join(mod, "examples/generated/applyconfiguration"))
	code, msg := kodegen(t, mod, "gen", "--no-cache", "--generators", "applyconfiguration", "--output-dir", "examples/generated",
		"--external-applyconfigurations", "", "--extra-applyconfiguration-inputs", "k8s.io/apimachinery/pkg/apis/meta/v1", "./examples/apis/shop/...")
	if code != 0 {
		t.Fatalf("gen: exit %d\n%s", code, msg)
	}
	if _, err := os.Stat(filepath.Join(mod, "examples/generated/applyconfiguration/meta/v1/objectmeta.go")); err != nil {
		t.Errorf("no apply configuration for meta/v1 ObjectMeta: %v", err)
	}
	widget, _ := os.ReadFile(filepath.Join(mod, "examples/generated/applyconfiguration/shop/v1/widget.go"))
	if !strings.Contains(string(widget), `"github.com/kodegen/kodegen/examples/generated/applyconfiguration/meta/v1"`) {
		t.Errorf("with --external-applyconfigurations '' the shop apply configurations do not use the local meta/v1 ones:\n%s", widget)
	}
	vet := exec.Command("go", "vet", "./examples/generated/applyconfiguration/...")
	vet.Dir = mod
	if o, err := vet.CombinedOutput(); err != nil {
		t.Errorf("the apply configurations do not compile: %v\n%s", err, o)
	}
}

// TestVerifyDiffApplies (issue 11, item 6): the --verify diff names files
// relative to the module root (here also the working directory), so `git
// apply` there makes the tree what generation writes: changed, created and
// pruned files alike.
func TestVerifyDiffApplies(t *testing.T) {
	if testing.Short() {
		t.Skip("builds kodegen and loads packages")
	}
	mod := exampleModule(t)
	types := filepath.Join(mod, "examples/apis/shop/v1/types.go")
	src, err := os.ReadFile(types)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(src), "type StoreStatus struct {", "type StoreStatus struct {\n\t// +optional\n\tManager *string `json:\"manager,omitempty\"`", 1)
	if err := os.WriteFile(types, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(mod, "examples/generated/listers/shop/v1/widget.go"))
	os.WriteFile(filepath.Join(mod, "examples/generated/listers/shop/v1/gizmo.go"), []byte("// Code generated by lister-gen. DO NOT EDIT.\n\npackage v1\n"), 0o644)
	want := filepath.Join(t.TempDir(), "want")
	if o, err := exec.Command("cp", "-a", mod, want).CombinedOutput(); err != nil {
		t.Fatalf("cp: %v\n%s", err, o)
	}
	args := []string{"gen", "--no-cache", "--output-dir", "examples/generated", "./examples/apis/..."}
	if code, msg := kodegen(t, want, args...); code != 0 {
		t.Fatalf("gen: exit %d\n%s", code, msg)
	}

	bin, err := kodegenBinary()
	if err != nil {
		t.Fatal(err)
	}
	verify := exec.Command(bin, append([]string{"gen", "--verify"}, args[1:]...)...)
	verify.Dir = mod
	verify.Env = append(os.Environ(), "KODEGEN_VERIFY=")
	var diff, stderr strings.Builder
	verify.Stdout, verify.Stderr = &diff, &stderr
	if err := verify.Run(); err == nil {
		t.Fatalf("gen --verify after an edit succeeded; want exit 1\n%s", stderr.String())
	}
	if strings.Contains(diff.String(), mod) {
		t.Errorf("the diff names absolute paths:\n%.2000s", diff.String())
	}
	apply := exec.Command("git", "apply", "-p1", "-")
	apply.Dir = mod
	apply.Stdin = strings.NewReader(diff.String())
	if o, err := apply.CombinedOutput(); err != nil {
		t.Fatalf("git apply of the verify diff: %v\n%s\n%.3000s", err, o, diff.String())
	}
	got, exp := contents(t, filepath.Join(mod, "examples")), contents(t, filepath.Join(want, "examples"))
	for p, s := range exp {
		if got[p] != s {
			t.Errorf("%s: after git apply differs from what gen writes", p)
		}
	}
	for p := range got {
		if _, ok := exp[p]; !ok {
			t.Errorf("%s: left after git apply, but gen deletes it", p)
		}
	}
}

// contents maps every file below dir (relative) to its bytes.
func contents(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, _ := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[rel] = string(data)
		return nil
	})
	return files
}
