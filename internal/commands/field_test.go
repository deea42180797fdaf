package commands

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
		if code != 0 || strings.Contains(msg, "warning") {
			t.Errorf("%s after register-gen (generated.register.go): exit %d, want 0 and no warning\n%s", args[0], code, msg)
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
