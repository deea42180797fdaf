// Package scripts runs hack/kube_codegen.sh, hack/generate-groups.sh and
// hack/generate-internal-groups.sh on scratch copies of the examples, as a
// downstream repository would, and compares what they write with what
// `kodegen gen` writes for the same request.
package scripts

import (
	"bytes"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/kodegen/kodegen/internal/testmod"
)

var repo, _ = filepath.Abs("../..")

var kodegenBin = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "kodegen-scripts-")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "kodegen")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/kodegen/kodegen/cmd/kodegen").CombinedOutput(); err != nil {
		return "", &exec.ExitError{Stderr: out}
	}
	return bin, nil
})

// scratch copies the examples module (without its generated clients) into
// a temp dir.
func scratch(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("runs the generators")
	}
	dst := t.TempDir()
	for _, p := range []string{"examples", "hack/boilerplate.go.txt"} {
		os.MkdirAll(filepath.Dir(filepath.Join(dst, p)), 0o755)
		if out, err := exec.Command("cp", "-a", filepath.Join(repo, p), filepath.Join(dst, p)).CombinedOutput(); err != nil {
			t.Fatalf("cp %s: %v\n%s", p, err, out)
		}
	}
	// One module, github.com/kodegen/kodegen, with the examples' requirements:
	// the layout of a downstream repository (here examples/ is a module of its own).
	gomod, gosum, err := testmod.Files(repo, "github.com/kodegen/kodegen")
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dst, "examples/go.mod"))
	os.Remove(filepath.Join(dst, "examples/go.sum"))
	for name, data := range map[string][]byte{"go.mod": gomod, "go.sum": gosum} {
		if err := os.WriteFile(filepath.Join(dst, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.RemoveAll(filepath.Join(dst, "examples/generated/clientset"))
	os.RemoveAll(filepath.Join(dst, "examples/generated/listers"))
	os.RemoveAll(filepath.Join(dst, "examples/generated/informers"))
	os.RemoveAll(filepath.Join(dst, "examples/generated/applyconfiguration"))
	return dst
}

// scratchGOPATH is scratch in the layout the old generate-groups.sh
// expects: the module at $GOPATH/src/<module path>. It returns the
// module's folder and a shell line that exports that GOPATH.
func scratchGOPATH(t *testing.T) (string, string) {
	t.Helper()
	dir := scratch(t)
	gopath := t.TempDir()
	mod := filepath.Join(gopath, "src/github.com/kodegen/kodegen")
	os.MkdirAll(filepath.Dir(mod), 0o755)
	if err := os.Rename(dir, mod); err != nil {
		t.Fatal(err)
	}
	return mod, `export GOMODCACHE="$(go env GOMODCACHE)" GOPATH='` + gopath + `'` + "\n"
}

// sh runs a bash script in dir with KODEGEN_BIN pointing at a fresh build.
func sh(t *testing.T, dir, script string) string {
	t.Helper()
	bin, err := kodegenBin()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("bash", "-c", script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "KODEGEN_BIN="+bin, "KODEGEN_VERIFY=", "REPO="+repo)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", script, err, out)
	}
	return string(out)
}

// tree maps every file below dir/examples to its contents.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	root := filepath.Join(dir, "examples")
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, _ := os.ReadFile(p)
		rel, _ := filepath.Rel(root, p)
		files[rel] = string(data)
		return nil
	})
	return files
}

func sameTrees(t *testing.T, what string, a, b map[string]string) {
	t.Helper()
	var diffs []string
	for p, s := range a {
		if b[p] != s {
			diffs = append(diffs, p)
		}
	}
	for p := range b {
		if _, ok := a[p]; !ok {
			diffs = append(diffs, p+" (only from kodegen gen)")
		}
	}
	if len(diffs) > 0 {
		t.Errorf("%s and kodegen gen differ in %d files: %s", what, len(diffs), strings.Join(diffs, ", "))
	}
}

func TestKubeCodegenMatchesGen(t *testing.T) {
	a, b := scratch(t), scratch(t)
	out := sh(t, a, `source "$REPO/hack/kube_codegen.sh"
kube::codegen::gen_helpers --boilerplate hack/boilerplate.go.txt examples/apis
kube::codegen::gen_client --boilerplate hack/boilerplate.go.txt --with-watch --with-applyconfig \
    --output-dir examples/generated --output-pkg github.com/kodegen/kodegen/examples/generated examples/apis`)
	for _, want := range []string{"Generating deepcopy code for 5 targets", "Generating client code for 4 targets", "Generating informer code"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	sh(t, b, `"$KODEGEN_BIN" gen --no-cache --output-dir examples/generated ./examples/apis/...`)
	sameTrees(t, "kube_codegen.sh", tree(t, a), tree(t, b))
	if _, err := os.Stat(filepath.Join(a, "examples/generated/informers/externalversions/factory.go")); err != nil {
		t.Error("gen_client --with-watch wrote no informer factory")
	}
}

// kube_codegen.sh works without --boilerplate: the files get no header.
func TestKubeCodegenWithoutBoilerplate(t *testing.T) {
	a := scratch(t)
	sh(t, a, `source "$REPO/hack/kube_codegen.sh"; kube::codegen::gen_helpers examples/apis`)
	data, err := os.ReadFile(filepath.Join(a, "examples/apis/shop/v1/zz_generated.deepcopy.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("//go:build !ignore_autogenerated\n// +build !ignore_autogenerated\n\n// Code generated by deepcopy-gen. DO NOT EDIT.\n")) {
		t.Errorf("unexpected header:\n%s", data[:200])
	}
}

func TestGenerateGroupsMatchesGen(t *testing.T) {
	a, gopath := scratchGOPATH(t)
	b := scratch(t)
	sh(t, a, gopath+`"$REPO/hack/generate-groups.sh" deepcopy,applyconfiguration,client,lister,informer \
    github.com/kodegen/kodegen/examples/generated github.com/kodegen/kodegen/examples/apis "shop:v1,v1beta1" \
    --go-header-file hack/boilerplate.go.txt`)
	sh(t, b, `"$KODEGEN_BIN" gen --no-cache --generators deepcopy,applyconfiguration,client,lister,informer \
    --output-dir examples/generated ./examples/apis/shop/...`)
	sameTrees(t, "generate-groups.sh", tree(t, a), tree(t, b))
}

// generate-internal-groups.sh writes internal and versioned clients that
// compile, and in-place helpers identical to the committed ones.
func TestGenerateInternalGroups(t *testing.T) {
	a, gopath := scratchGOPATH(t)
	sh(t, a, gopath+`"$REPO/hack/generate-internal-groups.sh" deepcopy,defaulter,conversion,client,lister,informer,openapi \
    github.com/kodegen/kodegen/examples/generated github.com/kodegen/kodegen/examples/apis github.com/kodegen/kodegen/examples/apis \
    "kitchen:v1alpha1,v1beta1" -h hack/boilerplate.go.txt -v 0 --output-file-base ignored -r violations.list`)
	if _, err := os.Stat(filepath.Join(a, "violations.list")); err != nil {
		t.Errorf("no openapi report at -r: %v", err)
	}
	for _, p := range []string{"clientset/internalversion/clientset.go", "clientset/versioned/clientset.go", "openapi/zz_generated.openapi.go",
		"informers/internalversion/factory.go", "informers/externalversions/factory.go", "listers/kitchen/internalversion/recipe.go"} {
		if _, err := os.Stat(filepath.Join(a, "examples/generated", p)); err != nil {
			t.Errorf("missing %s", p)
		}
	}
	for _, p := range []string{"kitchen/zz_generated.deepcopy.go", "kitchen/v1alpha1/zz_generated.conversion.go", "kitchen/v1beta1/zz_generated.defaults.go"} {
		got, _ := os.ReadFile(filepath.Join(a, "examples/apis", p))
		want, _ := os.ReadFile(filepath.Join(repo, "examples/apis", p))
		if len(want) == 0 || !bytes.Equal(got, want) {
			t.Errorf("%s differs from the committed file", p)
		}
	}
	cmd := exec.Command("go", "vet", "./examples/generated/...")
	cmd.Dir = a
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("the generated clients do not compile: %v\n%s", err, out)
	}
}

// gen_openapi runs kodegen's openapi-gen with upstream's gen_openapi flags
// (scripts of aggregated API servers call it between gen_helpers and
// gen_client), and keeps upstream's report semantics: --update-report
// writes the known violations, a later run with a new violation fails with
// the diff against them, and KODEGEN_VERIFY fails the same way writing
// nothing.
func TestKubeCodegenOpenAPI(t *testing.T) {
	a := scratch(t)
	const run = `source "$REPO/hack/kube_codegen.sh"
kube::codegen::gen_openapi --boilerplate hack/boilerplate.go.txt --output-dir genopenapi \
    --output-pkg github.com/kodegen/kodegen/genopenapi --output-model-name-file zz_generated.model_name.go \
    --report-filename violations.list `
	out := sh(t, a, run+`--update-report examples/apis`)
	if !strings.Contains(out, "Generating openapi code for") {
		t.Errorf("output lacks the openapi line:\n%s", out)
	}
	data, err := os.ReadFile(filepath.Join(a, "genopenapi/zz_generated.openapi.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"// Code generated by openapi-gen. DO NOT EDIT.", "func GetOpenAPIDefinitions(", `"github.com/kodegen/kodegen/examples/apis/shop/v1.Widget"`} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("zz_generated.openapi.go lacks %q", want)
		}
	}
	known, err := os.ReadFile(filepath.Join(a, "violations.list"))
	if err != nil || !bytes.Contains(known, []byte("API rule violation: names_match,k8s.io/apimachinery/pkg/apis/meta/v1,Time,Time")) {
		t.Fatalf("violations.list after --update-report: %v\n%s", err, known)
	}
	sh(t, a, run+`examples/apis`) // nothing new: passes

	types := filepath.Join(a, "examples/apis/shop/v1/types.go")
	src, err := os.ReadFile(types)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(src), "type StoreStatus struct {", "type StoreStatus struct {\n\t// +optional\n\tBadName string `json:\"bad_name,omitempty\"`", 1)
	if edited == string(src) {
		t.Fatal("types.go has no StoreStatus to edit")
	}
	if err := os.WriteFile(types, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	const violation = "+API rule violation: names_match,github.com/kodegen/kodegen/examples/apis/shop/v1,StoreStatus,BadName"
	before := tree(t, a)
	out, failed := shFails(t, a, os.Getenv("PATH"), "export KODEGEN_VERIFY=true\n"+run+`examples/apis`)
	if !failed || !strings.Contains(out, violation) {
		t.Errorf("KODEGEN_VERIFY=true with a new violation: failed=%v, want a failure with %q\n%s", failed, violation, out)
	}
	if after := tree(t, a); !maps.Equal(before, after) {
		t.Error("KODEGEN_VERIFY=true changed files")
	}
	out, failed = shFails(t, a, os.Getenv("PATH"), run+`examples/apis`)
	if !failed || !strings.Contains(out, violation) || !strings.Contains(out, "API rule check failed for violations.list") {
		t.Errorf("a new violation: failed=%v, want a failure with %q\n%s", failed, violation, out)
	}
	if now, _ := os.ReadFile(filepath.Join(a, "violations.list")); !bytes.Equal(now, known) {
		t.Error("a failed report check changed the known violations")
	}
	sh(t, a, run+`--update-report examples/apis`)
	if now, _ := os.ReadFile(filepath.Join(a, "violations.list")); !bytes.Contains(now, []byte(violation[1:])) {
		t.Errorf("--update-report did not add the new violation:\n%s", now)
	}
}

// Without --output-base, generate-groups.sh writes below $GOPATH/src as
// the old script did: repositories outside GOPATH generate into
// ./<import path> and copy it back (external-snapshotter's client/v6).
func TestGenerateGroupsDefaultOutputBase(t *testing.T) {
	a := scratch(t)
	gopath := filepath.Join(a, "gopath")
	sh(t, a, `export GOMODCACHE="$(go env GOMODCACHE)" GOPATH='`+gopath+`'
"$REPO/hack/generate-groups.sh" client,lister example.com/out github.com/kodegen/kodegen/examples/apis "shop:v1" \
    --go-header-file hack/boilerplate.go.txt`)
	for _, p := range []string{"clientset/versioned/clientset.go", "listers/shop/v1/widget.go"} {
		if _, err := os.Stat(filepath.Join(gopath, "src/example.com/out", p)); err != nil {
			t.Errorf("missing $GOPATH/src/example.com/out/%s", p)
		}
	}
}

// TestGenerateGroupsOldFlags (issue 11, item 3): a script of the 1.2x era
// passes -o ./ (the GOPATH-shaped tree below --output-base), -h and the
// generators' old flags, then copies the tree into place; the result is
// what kodegen gen writes.
func TestGenerateGroupsOldFlags(t *testing.T) {
	a, b := scratch(t), scratch(t)
	out := sh(t, a, `"$REPO/hack/generate-groups.sh" all \
    github.com/kodegen/kodegen/examples/generated github.com/kodegen/kodegen/examples/apis "shop:v1,v1beta1" \
    -o ./ -h hack/boilerplate.go.txt -v 1 --plural-exceptions "" -i ignored -O zz_generated.deepcopy -p ignored \
    --bounding-dirs github.com/kodegen/kodegen/examples/apis --trim-path-prefix github.com/kodegen/kodegen --logtostderr \
    --clientset-name versioned --input-base "" --verify-only=false
test -f ./github.com/kodegen/kodegen/examples/apis/shop/v1/zz_generated.deepcopy.go
test -f ./github.com/kodegen/kodegen/examples/generated/clientset/versioned/clientset.go
cp -r ./github.com/kodegen/kodegen/. ./
rm -rf ./github.com`)
	for _, want := range []string{"note: --bounding-dirs ignored", "note: -i ignored", "note: --logtostderr ignored"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	sh(t, b, `"$KODEGEN_BIN" gen --no-cache --generators deepcopy,applyconfiguration,client,lister,informer \
    --output-dir examples/generated ./examples/apis/shop/...`)
	sameTrees(t, "generate-groups.sh -o ./", tree(t, a), tree(t, b))
}

// shFails runs a bash script like sh, with PATH set to path, and returns
// its output and whether it failed.
func shFails(t *testing.T, dir, path, script string) (string, bool) {
	t.Helper()
	bin, err := kodegenBin()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("bash", "-c", script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "KODEGEN_BIN="+bin, "KODEGEN_VERIFY=", "REPO="+repo, "PATH="+path)
	out, err := cmd.CombinedOutput()
	return string(out), err != nil
}

// validPkg is an out-of-tree API package for validation-gen: ObjectMeta
// and []metav1.Condition, where upstream's v0.37.2 stops ("…
// ValidateCustom_Condition_LastTransitionTime … was not found"), and a
// test that runs the generated validation.
var validPkg = map[string]string{
	"doc.go": `// +k8s:deepcopy-gen=package
// +k8s:validation-gen=TypesWithField=TypeMeta
// +groupName=valid.example.com

package v1
`,
	"register.go": `package v1

import "k8s.io/apimachinery/pkg/runtime"

var localSchemeBuilder = runtime.SchemeBuilder{}
`,
	"types.go": `package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Gadget is a CRD-style object.
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object
type Gadget struct {
	metav1.TypeMeta   ` + "`json:\",inline\"`" + `
	metav1.ObjectMeta ` + "`json:\"metadata,omitempty\"`" + `

	Spec   GadgetSpec   ` + "`json:\"spec\"`" + `
	Status GadgetStatus ` + "`json:\"status,omitempty\"`" + `
}

type GadgetSpec struct {
	// +k8s:required
	// +k8s:maxLength=16
	Name string ` + "`json:\"name\"`" + `

	// +k8s:optional
	// +k8s:minimum=1
	Replicas *int32 ` + "`json:\"replicas,omitempty\"`" + `
}

type GadgetStatus struct {
	// +k8s:optional
	// +k8s:listType=map
	// +k8s:listMapKey=type
	Conditions []metav1.Condition ` + "`json:\"conditions,omitempty\"`" + `
}
`,
	"validation_test.go": `package v1

import (
	"context"
	"sort"
	"strings"
	"testing"

	"k8s.io/apimachinery/pkg/api/operation"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

func gadget() *Gadget {
	return &Gadget{
		ObjectMeta: metav1.ObjectMeta{Name: "g"},
		Spec:       GadgetSpec{Name: "ok"},
		Status: GadgetStatus{Conditions: []metav1.Condition{
			{Type: "Ready", Status: metav1.ConditionTrue, Reason: "Fine", LastTransitionTime: metav1.Now()},
		}},
	}
}

func TestGeneratedValidation(t *testing.T) {
	ctx := context.Background()
	op := operation.Operation{Type: operation.Create}
	if errs := Validate_Gadget(ctx, op, nil, gadget(), nil); len(errs) != 0 {
		t.Errorf("a valid Gadget: %v", errs)
	}
	bad := gadget()
	bad.Spec.Name = ""
	zero := int32(0)
	bad.Spec.Replicas = &zero
	bad.Status.Conditions = append(bad.Status.Conditions, bad.Status.Conditions[0])
	var got []string
	for _, e := range Validate_Gadget(ctx, op, nil, bad, nil) {
		got = append(got, string(e.Type)+" "+e.Field)
	}
	sort.Strings(got)
	want := []string{"FieldValueDuplicate status.conditions[1]", "FieldValueInvalid spec.replicas", "FieldValueRequired spec.name"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("an invalid Gadget: errors\n%q\nwant\n%q", got, want)
	}
	long := gadget()
	long.Spec.Name = strings.Repeat("x", 17)
	if errs := Validate_Gadget(ctx, op, nil, long, nil); len(errs) != 1 || errs[0].Field != "spec.name" {
		t.Errorf("a name of 17 characters: %v", errs)
	}
}
`,
}

// TestGenHelpersValidationGen (issues 11 and 15): gen_helpers runs
// kodegen's validation-gen (in its batch, with upstream's read-only
// packages) for the packages with +k8s:validation-gen=, never one found
// on PATH; on a CRD-style package with ObjectMeta and Conditions the
// generated validation compiles and runs: valid objects pass, invalid
// ones give the expected field errors.
func TestGenHelpersValidationGen(t *testing.T) {
	a := scratch(t)
	for name, content := range validPkg {
		p := filepath.Join(a, "examples/apis/valid/v1", name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Fatal(err)
	}
	fake := t.TempDir()
	record := filepath.Join(fake, "args")
	if err := os.WriteFile(filepath.Join(fake, "validation-gen"), []byte("#!/bin/sh\necho ran > "+record+"\nexit 1\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	path := fake + ":" + filepath.Dir(goCmd) + ":/usr/bin:/bin"
	script := `source "$REPO/hack/kube_codegen.sh"; kube::codegen::gen_helpers --boilerplate hack/boilerplate.go.txt examples/apis`
	out, failed := shFails(t, a, path, script)
	if failed || !strings.Contains(out, "Generating validation code for 1 targets") {
		t.Fatalf("gen_helpers: failed=%v\n%s", failed, out)
	}
	if _, err := os.Stat(record); err == nil {
		t.Error("gen_helpers ran the validation-gen on PATH, not kodegen's")
	}
	got, err := os.ReadFile(filepath.Join(a, "examples/apis/valid/v1/zz_generated.validations.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(got, []byte("// Code generated by validation-gen. DO NOT EDIT.")) || !bytes.Contains(got, []byte("validation.Validate_Condition")) {
		t.Errorf("zz_generated.validations.go does not call meta/v1/validation's Validate_Condition:\n%s", got)
	}
	if out, failed := shFails(t, a, path, "go test ./examples/apis/valid/v1/"); failed {
		t.Errorf("the generated validation does not compile or does not validate:\n%s", out)
	}
}
