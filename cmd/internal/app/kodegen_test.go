package app

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kodegen/kodegen/internal/markers"
)

func TestSplitWords(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
		err  string
	}{
		{in: `deepcopy-gen --output-file zz.go ./...`, want: []string{"deepcopy-gen", "--output-file", "zz.go", "./..."}},
		{in: `client-gen --plural-exceptions '' --input a/v1`, want: []string{"client-gen", "--plural-exceptions", "", "--input", "a/v1"}},
		{in: `x "a b" 'c d' e\ f`, want: []string{"x", "a b", "c d", "e f"}},
		{in: `x 'it'\''s' "say \"hi\""`, want: []string{"x", "it's", `say "hi"`}},
		{in: `x --flag=""`, want: []string{"x", "--flag="}},
		{in: `x 'open`, err: "unterminated single quote"},
		{in: `x "open`, err: "unterminated double quote"},
	} {
		got, err := splitWords(c.in)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("splitWords(%q) error = %v, want %q", c.in, err, c.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("splitWords(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
}

func TestReadCommandLines(t *testing.T) {
	got, err := readCommandLines(strings.NewReader("# a comment\n\ndeepcopy-gen \\\n  --output-file zz.go ./a\nlister-gen ./b\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"deepcopy-gen", "--output-file", "zz.go", "./a"}, {"lister-gen", "./b"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	for in, msg := range map[string]string{"": "no command lines", "# only\n": "no command lines", "x \\": "backslash", "x 'a\n": "line 1"} {
		if _, err := readCommandLines(strings.NewReader(in)); err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("readCommandLines(%q) error = %v, want %q", in, err, msg)
		}
	}
}

func TestBatchUnknownGenerator(t *testing.T) {
	cmd := Kodegen()
	cmd.SetArgs([]string{"batch"})
	cmd.SetIn(strings.NewReader("deepcopygen --output-file x.go ./a\n"))
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	err := cmd.Execute()
	if err == nil || !strings.Contains(err.Error(), `unknown generator "deepcopygen"`) || !strings.Contains(err.Error(), "deepcopy-gen") {
		t.Fatalf("error = %v, want an unknown generator error listing deepcopy-gen", err)
	}
}

func TestMarkersJSON(t *testing.T) {
	cmd := Kodegen()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetArgs([]string{"markers", "--json"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	var got []markerJSON
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	seen := map[string]markerJSON{}
	for _, m := range got {
		seen[m.Marker+" "+m.Generator] = m
		if m.Example == "" || m.Doc == "" || len(m.Where) == 0 {
			t.Errorf("%s (%s) lacks an example, doc or place: %+v", m.Marker, m.Generator, m)
		}
	}
	for _, want := range []string{"+k8s:deepcopy-gen deepcopy-gen", "+genclient client-gen", "+groupName client-gen",
		"+k8s:conversion-gen conversion-gen", "+default defaulter-gen", "+k8s:lister-gen lister-gen"} {
		if _, ok := seen[want]; !ok {
			t.Errorf("catalogue lacks %s", want)
		}
	}
	if d := seen["+k8s:deepcopy-gen deepcopy-gen"]; !reflect.DeepEqual(d.Values, []string{"package", "true", "false"}) {
		t.Errorf("+k8s:deepcopy-gen values = %q", d.Values)
	}
	if d := seen["+k8s:deepcopy-gen deepcopy-gen"]; d.Parser != "ExtractFunctionStyleCommentTags" {
		t.Errorf("+k8s:deepcopy-gen parser = %q", d.Parser)
	}
	if d := seen["+groupName client-gen"]; !slices.Contains(d.ReadBy, "register-gen") {
		t.Errorf("+groupName is read by register-gen too, got %q", d.ReadBy)
	}
	// The JSON is the catalogue the generators read, one entry per declaration.
	cat := markers.Catalogue()
	got = slices.DeleteFunc(got, func(m markerJSON) bool { return m.Generator == crdGenerator })
	if len(got) != len(cat) {
		t.Fatalf("%d markers printed, %d declared", len(got), len(cat))
	}
	for i, d := range cat {
		if got[i].Marker != d.Marker() || got[i].Generator != d.Generator || !reflect.DeepEqual(got[i].Values, d.Allowed) {
			t.Errorf("marker %d: printed %+v, declared %+v", i, got[i], d)
		}
	}
}

// binDir holds the kodegen binary kodegenBinary builds; TestMain removes it.
var binDir string

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// kodegenBinary builds cmd/kodegen once for the end-to-end tests below,
// which need their own working directory.
var kodegenBinary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "kodegen-bin-")
	if err != nil {
		return "", err
	}
	binDir = dir
	bin := filepath.Join(dir, "kodegen")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/kodegen/kodegen/cmd/kodegen").CombinedOutput()
	if err != nil {
		return "", &buildError{err, out}
	}
	return bin, nil
})

type buildError struct {
	err error
	out []byte
}

func (e *buildError) Error() string { return e.err.Error() + "\n" + string(e.out) }

// exampleModule copies the examples (and what they need to load) into a
// module of their own, so a test can change them.
func exampleModule(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../../..")
	if err != nil {
		t.Fatal(err)
	}
	dst := t.TempDir()
	for _, p := range []string{"examples", "hack/boilerplate.go.txt"} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dst, p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command("cp", "-a", filepath.Join(root, p), filepath.Join(dst, p)).CombinedOutput(); err != nil {
			t.Fatalf("cp %s: %v\n%s", p, err, out)
		}
	}
	// One module, as before examples/ became a module of its own.
	os.Remove(filepath.Join(dst, "examples", "go.mod"))
	os.Remove(filepath.Join(dst, "examples", "go.sum"))
	writeScratchMod(t, root, dst)
	return dst
}

// kodegen runs the binary in dir and returns its exit code and output.
func kodegen(t *testing.T, dir string, args ...string) (int, string) {
	t.Helper()
	bin, err := kodegenBinary()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "KODEGEN_VERIFY=")
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), string(out)
	} else if err != nil {
		t.Fatal(err)
	}
	return 0, string(out)
}

// snapshot maps every file below dir to its bytes and mtime.
func treeState(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, _ := d.Info()
		data, _ := os.ReadFile(p)
		files[p] = info.ModTime().String() + "\x00" + string(data)
		return nil
	})
	return files
}

// TestGenExamples drives `kodegen gen` over a copy of the examples: it
// generates, verifies clean, detects drift without touching a file,
// regenerates after an edit (the cache must not hide it), skips an
// unchanged rerun, and prunes a stale generated file but not a hand-written one.
func TestGenExamples(t *testing.T) {
	if testing.Short() {
		t.Skip("builds kodegen and loads the examples")
	}
	mod := exampleModule(t)
	cache := t.TempDir()
	gen := []string{"gen", "--cache-dir", cache, "--output-dir", "examples/generated", "./examples/apis/..."}

	if code, out := kodegen(t, mod, gen...); code != 0 {
		t.Fatalf("gen: exit %d\n%s", code, out)
	}
	for _, f := range []string{
		"examples/apis/shop/v1/zz_generated.deepcopy.go",
		"examples/apis/kitchen/v1beta1/zz_generated.conversion.go",
		"examples/apis/kitchen/v1beta1/zz_generated.defaults.go",
		"examples/generated/clientset/versioned/clientset.go",
		"examples/generated/listers/shop/v1/widget.go",
		"examples/generated/informers/externalversions/factory.go",
	} {
		if _, err := os.Stat(filepath.Join(mod, f)); err != nil {
			t.Errorf("gen did not write %s: %v", f, err)
		}
	}
	if code, out := kodegen(t, mod, append([]string{"gen", "--verify", "--no-cache"}, gen[1:]...)...); code != 0 {
		t.Fatalf("gen --verify on fresh output: exit %d\n%s", code, out)
	}
	// An edit makes --verify fail with a diff, and touches nothing.
	types := filepath.Join(mod, "examples/apis/shop/v1/types.go")
	src, err := os.ReadFile(types)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(src), "type StoreStatus struct {", "type StoreStatus struct {\n\t// +optional\n\tManager *string `json:\"manager,omitempty\"`", 1)
	if err := os.WriteFile(types, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	before := treeState(t, mod)
	time.Sleep(10 * time.Millisecond)
	code, out := kodegen(t, mod, append([]string{"gen", "--verify"}, gen[1:]...)...)
	if code != 1 || !strings.Contains(out, "+\tif in.Manager != nil {") {
		t.Fatalf("gen --verify after an edit: exit %d, want 1 and a diff adding the Manager copy\n%s", code, out)
	}
	if after := treeState(t, mod); !reflect.DeepEqual(before, after) {
		t.Fatal("gen --verify changed files")
	}

	// The cache must not hide the edit: the output follows it.
	if code, out := kodegen(t, mod, gen...); code != 0 || strings.Contains(out, "nothing changed") {
		t.Fatalf("gen after an edit: exit %d\n%s", code, out)
	}
	deepcopy, _ := os.ReadFile(filepath.Join(mod, "examples/apis/shop/v1/zz_generated.deepcopy.go"))
	if !strings.Contains(string(deepcopy), "in.Manager") {
		t.Fatal("zz_generated.deepcopy.go does not copy the new Manager field")
	}

	// Now nothing changed: the rerun is skipped, nothing is written.
	before = treeState(t, mod)
	if code, out := kodegen(t, mod, gen...); code != 0 || !strings.Contains(out, "nothing changed") {
		t.Fatalf("unchanged rerun: exit %d, want a cache hit\n%s", code, out)
	}
	if after := treeState(t, mod); !reflect.DeepEqual(before, after) {
		t.Fatal("an unchanged rerun changed files")
	}

	// A stale generated file is pruned; a hand-written one stays.
	listers := filepath.Join(mod, "examples/generated/listers/shop/v1")
	stale := filepath.Join(listers, "gizmo.go")
	mine := filepath.Join(listers, "helpers.go")
	os.WriteFile(stale, []byte("// Code generated by lister-gen. DO NOT EDIT.\n\npackage v1\n"), 0o644)
	os.WriteFile(mine, []byte("package v1\n"), 0o644)
	if code, out := kodegen(t, mod, gen...); code != 0 || !strings.Contains(out, "1 pruned") {
		t.Fatalf("gen with a stale file: exit %d, want 1 pruned\n%s", code, out)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Error("the stale generated file is still there")
	}
	if _, err := os.Stat(mine); err != nil {
		t.Error("the hand-written file was deleted")
	}
}

// TestGenKubebuilderLayout: api/<version> packages (no group folder, no
// doc.go: the package markers sit in groupversion_info.go), the group from
// +groupName, output wherever --output-dir says; the clients compile.
func TestGenKubebuilderLayout(t *testing.T) {
	if testing.Short() {
		t.Skip("builds kodegen and loads packages")
	}
	mod := exampleModule(t)
	api := filepath.Join(mod, "api", "v1")
	if err := os.MkdirAll(api, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"groupversion_info.go": `// Package v1 contains API Schema definitions for the webapp v1 API group.
// +k8s:deepcopy-gen=package
// +groupName=webapp.example.com
package v1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
)

// SchemeGroupVersion is group version used to register these objects.
var SchemeGroupVersion = schema.GroupVersion{Group: "webapp.example.com", Version: "v1"}

var (
	// SchemeBuilder registers the types of this group version.
	SchemeBuilder = runtime.NewSchemeBuilder(func(s *runtime.Scheme) error {
		s.AddKnownTypes(SchemeGroupVersion, &Guestbook{}, &GuestbookList{})
		metav1.AddToGroupVersion(s, SchemeGroupVersion)
		return nil
	})
	// AddToScheme adds the types of this group version to a scheme.
	AddToScheme = SchemeBuilder.AddToScheme
)

// Resource takes an unqualified resource and returns a Group qualified GroupResource.
func Resource(resource string) schema.GroupResource {
	return SchemeGroupVersion.WithResource(resource).GroupResource()
}
`,
		"guestbook_types.go": `package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// Guestbook is the Schema for the guestbooks API.
type Guestbook struct {
	metav1.TypeMeta   ` + "`json:\",inline\"`" + `
	metav1.ObjectMeta ` + "`json:\"metadata,omitempty\"`" + `
	Spec GuestbookSpec ` + "`json:\"spec,omitempty\"`" + `
}

// GuestbookSpec defines the desired state of Guestbook.
type GuestbookSpec struct {
	Foo string ` + "`json:\"foo,omitempty\"`" + `
}

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// GuestbookList contains a list of Guestbook.
type GuestbookList struct {
	metav1.TypeMeta ` + "`json:\",inline\"`" + `
	metav1.ListMeta ` + "`json:\"metadata,omitempty\"`" + `
	Items []Guestbook ` + "`json:\"items\"`" + `
}
`,
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(api, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if code, out := kodegen(t, mod, "gen", "--no-cache", "--output-dir", "internal/generated", "./api/..."); code != 0 {
		t.Fatalf("gen: exit %d\n%s", code, out)
	}
	for _, f := range []string{
		"api/v1/zz_generated.deepcopy.go",
		"internal/generated/clientset/versioned/typed/api/v1/guestbook.go",
		"internal/generated/listers/api/v1/guestbook.go",
		"internal/generated/informers/externalversions/api/v1/guestbook.go",
		"internal/generated/applyconfiguration/api/v1/guestbook.go",
	} {
		if _, err := os.Stat(filepath.Join(mod, f)); err != nil {
			t.Errorf("missing %s", f)
		}
	}
	scheme, _ := os.ReadFile(filepath.Join(mod, "internal/generated/clientset/versioned/scheme/register.go"))
	if !strings.Contains(string(scheme), `webappv1 "github.com/kodegen/kodegen/api/v1"`) {
		t.Errorf("the clientset's scheme does not register the api/v1 package:\n%s", scheme)
	}
	clientset, _ := os.ReadFile(filepath.Join(mod, "internal/generated/clientset/versioned/clientset.go"))
	if !strings.Contains(string(clientset), "WebappV1()") {
		t.Errorf("the clientset does not name the group after +groupName (WebappV1):\n%s", clientset)
	}
	vet := exec.Command("go", "vet", "./api/...", "./internal/generated/...")
	vet.Dir = mod
	if out, err := vet.CombinedOutput(); err != nil {
		t.Errorf("the generated code does not compile: %v\n%s", err, out)
	}
}

// TestGenInProcessSchema: with --openapi-schema=-generated-, gen gives the
// apply configurations the schema of the run's own definitions (intstr's
// added with --openapi-extra-pkgs, as the examples' openapi-gen line has
// it), so the committed internal.go, made from that schema, is reproduced.
func TestGenInProcessSchema(t *testing.T) {
	if testing.Short() {
		t.Skip("builds kodegen and loads the examples")
	}
	mod := exampleModule(t)
	const internal = "examples/generated/applyconfiguration/internal/internal.go"
	if err := os.Remove(filepath.Join(mod, internal)); err != nil {
		t.Fatal(err)
	}
	if code, out := kodegen(t, mod, "gen", "--no-cache", "--output-dir", "examples/generated",
		"--openapi-schema=-generated-", "--openapi-extra-pkgs", "k8s.io/apimachinery/pkg/util/intstr", "./examples/apis/shop/..."); code != 0 {
		t.Fatalf("gen: exit %d\n%s", code, out)
	}
	committed, err := os.ReadFile(filepath.Join("..", "..", "..", internal))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(mod, internal)); !bytes.Equal(got, committed) {
		t.Errorf("gen's %s differs from the committed one (no in-process schema?):\n%.2000s", internal, got)
	}
}

// The flags of kodegen's own that change what a run does to the disk are
// part of what a no-change record is for: a run with other ones is a miss.
func TestCacheIdentityHasPruneFlags(t *testing.T) {
	lines := [][]string{{"deepcopy-gen", "--output-file", "zz.go", "./apis/..."}}
	base := cacheIdentity(lines, &batchFlags{})
	for name, bf := range map[string]*batchFlags{
		"--no-prune":   {noPrune: true},
		"--prune-root": {pruneRoots: []string{"pkg/generated"}},
	} {
		if got := cacheIdentity(lines, bf); strings.Join(got, "\n") == strings.Join(base, "\n") {
			t.Errorf("%s leaves the identity as it is: %q", name, got)
		}
	}
	if got := cacheIdentity(lines, &batchFlags{cacheDir: "/elsewhere", noCache: false}); strings.Join(got, "\n") != strings.Join(base, "\n") {
		t.Errorf("--cache-dir changes the identity: %q", got)
	}
}

// TestGenObject: `kodegen gen --generators object,…` runs controller-gen's
// object generator on the same load as the clients, for a kubebuilder
// layout (+kubebuilder:object markers in groupversion_info.go and on the
// types); the output compiles and verifies clean; a bad marker is exit 2
// naming file:line, with nothing written.
func TestGenObject(t *testing.T) {
	if testing.Short() {
		t.Skip("builds kodegen and loads packages")
	}
	mod := exampleModule(t)
	api := filepath.Join(mod, "api", "v1")
	if err := os.MkdirAll(api, 0o755); err != nil {
		t.Fatal(err)
	}
	gv := `// Package v1 contains API Schema definitions for the webapp v1 API group.
// +kubebuilder:object:generate=true
// +groupName=webapp.example.com
package v1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
)

// SchemeGroupVersion is group version used to register these objects.
var SchemeGroupVersion = schema.GroupVersion{Group: "webapp.example.com", Version: "v1"}

var (
	// SchemeBuilder registers the types of this group version.
	SchemeBuilder = runtime.NewSchemeBuilder(func(s *runtime.Scheme) error {
		s.AddKnownTypes(SchemeGroupVersion, &Guestbook{}, &GuestbookList{})
		metav1.AddToGroupVersion(s, SchemeGroupVersion)
		return nil
	})
	// AddToScheme adds the types of this group version to a scheme.
	AddToScheme = SchemeBuilder.AddToScheme
)

// Resource takes an unqualified resource and returns a Group qualified GroupResource.
func Resource(resource string) schema.GroupResource {
	return SchemeGroupVersion.WithResource(resource).GroupResource()
}
`
	types := `package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient
// +kubebuilder:object:root=true

// Guestbook is the Schema for the guestbooks API.
type Guestbook struct {
	metav1.TypeMeta   ` + "`json:\",inline\"`" + `
	metav1.ObjectMeta ` + "`json:\"metadata,omitempty\"`" + `
	Spec GuestbookSpec ` + "`json:\"spec,omitempty\"`" + `
}

// GuestbookSpec defines the desired state of Guestbook.
type GuestbookSpec struct {
	Foo  string            ` + "`json:\"foo,omitempty\"`" + `
	Tags map[string]string ` + "`json:\"tags,omitempty\"`" + `
}

// +kubebuilder:object:root=true

// GuestbookList contains a list of Guestbook.
type GuestbookList struct {
	metav1.TypeMeta ` + "`json:\",inline\"`" + `
	metav1.ListMeta ` + "`json:\"metadata,omitempty\"`" + `
	Items []Guestbook ` + "`json:\"items\"`" + `
}
`
	write := func(name, src string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(api, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("groupversion_info.go", gv)
	write("guestbook_types.go", types)
	args := []string{"gen", "--no-cache", "--generators", "object,client,lister,informer", "--output-dir", "internal/generated", "./api/..."}
	if code, out := kodegen(t, mod, args...); code != 0 {
		t.Fatalf("gen: exit %d\n%s", code, out)
	}
	deepcopy, err := os.ReadFile(filepath.Join(api, "zz_generated.deepcopy.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"//go:build !ignore_autogenerated\n\n/*\nCopyright The kodegen Authors.",
		"\n// Code generated by controller-gen. DO NOT EDIT.\n",
		"func (in *Guestbook) DeepCopyObject() runtime.Object {",
		"func (in *GuestbookList) DeepCopyObject() runtime.Object {",
		"func (in *GuestbookSpec) DeepCopyInto(out *GuestbookSpec) {",
	} {
		if !strings.Contains(string(deepcopy), want) {
			t.Errorf("zz_generated.deepcopy.go does not contain %q:\n%s", want, deepcopy)
		}
	}
	vet := exec.Command("go", "vet", "./api/...", "./internal/generated/...")
	vet.Dir = mod
	if out, err := vet.CombinedOutput(); err != nil {
		t.Errorf("the generated code does not compile: %v\n%s", err, out)
	}
	if code, out := kodegen(t, mod, append(args[:1:1], append([]string{"--verify"}, args[1:]...)...)...); code != 0 {
		t.Errorf("gen --verify after gen: exit %d\n%s", code, out)
	}
	if code, out := kodegen(t, mod, "gen", "--generators", "deepcopy,object", "./api/..."); code != 2 || !strings.Contains(out, "both write zz_generated.deepcopy.go") {
		t.Errorf("gen --generators deepcopy,object: exit %d, want 2 naming the clash\n%s", code, out)
	}

	write("guestbook_types.go", strings.Replace(types, "// +kubebuilder:object:root=true\n\n// GuestbookList", "// +kubebuilder:object:root=ture\n\n// GuestbookList", 1))
	os.Remove(filepath.Join(api, "zz_generated.deepcopy.go"))
	before := treeState(t, mod)
	code, out := kodegen(t, mod, args...)
	if want := "api/v1/guestbook_types.go:21: "; code != 2 || !strings.Contains(out, want) || !strings.Contains(out, "+kubebuilder:object:root=ture: want true or false") {
		t.Errorf("gen with a misspelt marker value: exit %d, want 2 and an error at %s\n%s", code, want, out)
	}
	if after := treeState(t, mod); len(after) != len(before) {
		t.Errorf("a failed run changed the tree: %d files before, %d after", len(before), len(after))
	}
}

// TestGenMisspeltObjectMarker: with the object generator in the run, gen's
// scan reports a misspelt +kubebuilder:object marker (which would
// otherwise leave the package out in silence) at its line.
func TestGenMisspeltObjectMarker(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "types.go")
	if err := os.WriteFile(file, []byte("package typo\n\n// Widget is a root object.\n// +kubebuilder:object:roots=true\ntype Widget struct{}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	pkgs := []listedDir{{importPath: "example.com/typo", dir: dir}}
	for gens, wantErr := range map[string]bool{"object": true, "deepcopy": false} {
		o := genOptions{generators: strings.Split(gens, ",")}
		err := o.misspelt(pkgs, dir)
		if got := err != nil && strings.Contains(err.Error(), "types.go:4: example.com/typo: unknown marker +kubebuilder:object:roots=true: did you mean +kubebuilder:object:root?"); got != wantErr {
			t.Errorf("--generators %s: misspelt() = %v, want the typo reported: %v", gens, err, wantErr)
		}
	}
}
