package app

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kodegen/kodegen/internal/testmod"
)

// exampleCopy copies the header file and
// examples/apis (with their committed generated files) into a temp dir,
// as module github.com/kodegen/kodegen with the examples' requirements,
// makes it the working directory for the test and returns it.
func exampleCopy(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, p := range []string{"hack/boilerplate.go.txt", "examples/apis"} {
		if err := copyPath(filepath.Join(root, p), filepath.Join(dir, p)); err != nil {
			t.Fatal(err)
		}
	}
	writeScratchMod(t, root, dir)
	// Every file gets an old mtime, so a rewrite would show even within
	// the file system's timestamp granularity.
	old := time.Now().Add(-time.Hour)
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			err = os.Chtimes(p, old, old)
		}
		return err
	})
	t.Chdir(dir)
	t.Setenv("KODEGEN_VERIFY", "")
	return dir
}

// writeScratchMod makes dir the root of module github.com/kodegen/kodegen
// with the requirements of the examples module of the repository at root
// (the root module requires no k8s.io/api, apimachinery or client-go).
func writeScratchMod(t *testing.T, root, dir string) {
	t.Helper()
	gomod, gosum, err := testmod.Files(root, "github.com/kodegen/kodegen")
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"go.mod": gomod, "go.sum": gosum} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func copyPath(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

// fileState is a file's bytes and modification time.
type fileState struct {
	data  string
	mtime time.Time
}

func snapshot(t *testing.T, dir string) map[string]fileState {
	t.Helper()
	files := map[string]fileState{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		files[p] = fileState{string(data), info.ModTime()}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func assertUntouched(t *testing.T, dir string, before map[string]fileState) {
	t.Helper()
	after := snapshot(t, dir)
	for p, b := range before {
		a, ok := after[p]
		switch {
		case !ok:
			t.Errorf("%s was deleted", p)
		case a.data != b.data:
			t.Errorf("%s was changed", p)
		case !a.mtime.Equal(b.mtime):
			t.Errorf("%s was rewritten (mtime %v, was %v)", p, a.mtime, b.mtime)
		}
	}
	for p := range after {
		if _, ok := before[p]; !ok {
			t.Errorf("%s was created", p)
		}
	}
}

// deepcopyGen runs the deepcopy-gen command with args and returns its
// exit code and what it printed.
func deepcopyGen(t *testing.T, args ...string) (int, string) {
	t.Helper()
	cmd := Command("deepcopy-gen")
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs(args)
	err := cmd.Execute()
	if err != nil {
		out.WriteString("\nError: " + err.Error())
	}
	return ExitCode(err), out.String()
}

var deepcopyArgs = []string{"--output-file", "zz_generated.deepcopy.go", "--go-header-file", "hack/boilerplate.go.txt"}

func editFile(t *testing.T, path, old, new string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s does not contain %q", path, old)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestDeepcopyGenVerify(t *testing.T) {
	dir := exampleCopy(t)
	args := append(append([]string{"--verify"}, deepcopyArgs...), "./examples/...")

	before := snapshot(t, dir)
	if code, out := deepcopyGen(t, args...); code != ExitOK {
		t.Fatalf("verify of the committed examples: exit %d, want 0 (regenerate with hack/update-codegen.sh):\n%s", code, out)
	}
	assertUntouched(t, dir, before)

	types := filepath.Join(dir, "examples/apis/shop/v1/types.go")
	editFile(t, types, "\tCity   string `json:\"city\"`\n", "\tCity   string `json:\"city\"`\n\t// Lines of the address.\n\tLines []string `json:\"lines,omitempty\"`\n")
	before = snapshot(t, dir)
	code, out := deepcopyGen(t, args...)
	if code != ExitDrift {
		t.Fatalf("verify after editing Address: exit %d, want 1:\n%s", code, out)
	}
	for _, want := range []string{"shop/v1/zz_generated.deepcopy.go", "+\tif in.Lines != nil {"} {
		if !strings.Contains(out, want) {
			t.Errorf("diff does not contain %q:\n%s", want, out)
		}
	}
	assertUntouched(t, dir, before)

	// Without --verify the file is rewritten, and then verify passes.
	if code, out := deepcopyGen(t, append(deepcopyArgs, "./examples/...")...); code != ExitOK {
		t.Fatalf("generate: exit %d:\n%s", code, out)
	}
	if code, out := deepcopyGen(t, args...); code != ExitOK {
		t.Fatalf("verify after generate: exit %d:\n%s", code, out)
	}
}

// TestDeepcopyGenVerifyWithoutFlags: `deepcopy-gen --verify ./examples/...`
// with no --output-file or --go-header-file checks the files that are there
// (their names and headers), rather than asking for a second file with
// upstream's default name, which would not compile beside the first.
func TestDeepcopyGenVerifyWithoutFlags(t *testing.T) {
	dir := exampleCopy(t)
	before := snapshot(t, dir)
	if code, out := deepcopyGen(t, "--verify", "./examples/..."); code != ExitOK {
		t.Fatalf("bare verify of the committed examples: exit %d, want 0:\n%s", code, out)
	}
	assertUntouched(t, dir, before)
	types := filepath.Join(dir, "examples/apis/shop/v1/types.go")
	editFile(t, types, "\tCity   string `json:\"city\"`\n", "\tCity   string `json:\"city\"`\n\tLines []string `json:\"lines,omitempty\"`\n")
	code, out := deepcopyGen(t, "--verify", "./examples/...")
	if code != ExitDrift || !strings.Contains(out, "shop/v1/zz_generated.deepcopy.go") || strings.Contains(out, "/generated.deepcopy.go") {
		t.Fatalf("bare verify after an edit: exit %d, want 1 and a diff of zz_generated.deepcopy.go only:\n%s", code, out)
	}
	// A package with no deepcopy file yet gets upstream's default name.
	if code, out := deepcopyGen(t, "./examples/..."); code != ExitOK {
		t.Fatalf("bare generate: exit %d:\n%s", code, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "examples/apis/shop/v1/generated.deepcopy.go")); !os.IsNotExist(err) {
		t.Error("a second deepcopy file was written beside zz_generated.deepcopy.go")
	}
}

// TestDeepcopyGenWritesOnlyChanges: a deleted file is recreated exactly
// as committed; the others are not rewritten.
func TestDeepcopyGenWritesOnlyChanges(t *testing.T) {
	dir := exampleCopy(t)
	gone := filepath.Join(dir, "examples/apis/kitchen/v1beta1/zz_generated.deepcopy.go")
	want, err := os.ReadFile(gone)
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(gone)
	before := snapshot(t, dir)
	if code, out := deepcopyGen(t, append(deepcopyArgs, "./examples/...")...); code != ExitOK {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	got, err := os.ReadFile(gone)
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("%s not recreated as committed (err %v)", gone, err)
	}
	os.Remove(gone)
	assertUntouched(t, dir, before)
}

func TestDeepcopyGenErrors(t *testing.T) {
	for _, tc := range []struct {
		name          string
		file, old, to string
		want          string
	}{
		{"misspelled marker", "examples/apis/shop/v1/doc.go", "+k8s:deepcopy-gen=package", "+k8s:deepcopygen=package",
			"examples/apis/shop/v1/doc.go:4: github.com/kodegen/kodegen/examples/apis/shop/v1: unknown marker +k8s:deepcopygen=package: did you mean +k8s:deepcopy-gen?"},
		{"bad marker value", "examples/apis/shop/v1/types.go", "// Address is a postal address.\n", "// Address is a postal address.\n// +k8s:deepcopy-gen=ture\n",
			"examples/apis/shop/v1/types.go:180: github.com/kodegen/kodegen/examples/apis/shop/v1.Address: +k8s:deepcopy-gen=ture: want true or false"},
		{"unsupported field type", "examples/apis/shop/v1/types.go", "\tCity   string `json:\"city\"`\n", "\tCity   string `json:\"city\"`\n\tUpdates chan string `json:\"-\"`\n",
			"github.com/kodegen/kodegen/examples/apis/shop/v1.Address.Updates: cannot deep-copy a field of type chan string"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := exampleCopy(t)
			editFile(t, filepath.Join(dir, tc.file), tc.old, tc.to)
			// Make a generated file stale too: a failing run must not write it.
			stale := filepath.Join(dir, "examples/apis/kitchen/zz_generated.deepcopy.go")
			editFile(t, stale, "in.DeepCopyInto(out)", "in.DeepCopyInto(out) // stale")
			before := snapshot(t, dir)
			code, out := deepcopyGen(t, append(deepcopyArgs, "./examples/...")...)
			if code != ExitError {
				t.Errorf("exit %d, want 2:\n%s", code, out)
			}
			if !strings.Contains(out, tc.want) {
				t.Errorf("output does not contain %q:\n%s", tc.want, out)
			}
			assertUntouched(t, dir, before)
		})
	}
}

func TestDeepcopyGenUsage(t *testing.T) {
	t.Setenv("KODEGEN_VERIFY", "")
	code, out := deepcopyGen(t, "--output-file", "", "--lint-rules", "nope")
	if code != ExitError {
		t.Errorf("exit %d, want 2", code)
	}
	for _, want := range []string{"--output-file must be specified", `--lint-rules: unrecognized rule "nope"`, "deepcopy-gen: warning: no input packages given"} {
		if !strings.Contains(out, want) {
			t.Errorf("output does not contain %q:\n%s", want, out)
		}
	}
	cmd := Command("deepcopy-gen")
	for name, def := range map[string]string{"output-file": "generated.deepcopy.go", "go-header-file": "", "lint-rules": "[]", "verify": "false", "v": "0"} {
		f := cmd.Flags().Lookup(name)
		if f == nil {
			t.Errorf("no --%s flag", name)
		} else if f.DefValue != def {
			t.Errorf("--%s defaults to %q, want %q", name, f.DefValue, def)
		}
	}
}
