// Package determinism checks guarantee 6 of issue 14: the same input gives
// the same bytes, whatever GOMAXPROCS is, however often the pipeline runs,
// and wherever the module lives (two absolute paths, one reached through a
// symbolic link).
//
// The input is this repository's example API groups (examples/apis: two
// groups, an internal version with conversions and defaulters, clients),
// copied into a module of its own with every generated file removed;
// `kodegen gen` runs every generator on it. The first run writes; every
// other run is `--verify`, which compares what it generates with the disk
// byte for byte and fails with a diff on any difference.
package determinism

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/kodegen/kodegen/internal/testmod"
)

var repo, _ = filepath.Abs("../..")

// generators is every generator kodegen gen can run.
const generators = "deepcopy,defaulter,conversion,register,applyconfiguration,client,lister,informer"

func buildKodegen(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "kodegen")
	build := exec.Command("go", "build", "-o", bin, "./cmd/kodegen")
	build.Dir = repo
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// copyExamples lays the example API groups out as module example.com/det
// in dir, without their generated files.
func copyExamples(t *testing.T, dir string) {
	t.Helper()
	const oldPath, newPath = "github.com/kodegen/kodegen/examples", "example.com/det/examples"
	src := filepath.Join(repo, "examples", "apis")
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if strings.HasPrefix(d.Name(), "zz_generated.") || strings.HasSuffix(d.Name(), "_test.go") {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		data = bytes.ReplaceAll(data, []byte(oldPath), []byte(newPath))
		// The go:generate lines name this repository's tools; gen does not read them.
		out := filepath.Join(dir, "examples", "apis", rel)
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		return os.WriteFile(out, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	gomod, sum, err := testmod.Files(repo, "example.com/det")
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "go.mod"), gomod)
	write(t, filepath.Join(dir, "go.sum"), sum)
	header, err := os.ReadFile(filepath.Join(repo, "hack", "boilerplate.go.txt"))
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "hack", "boilerplate.go.txt"), header)
}

func write(t *testing.T, p string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// gen runs kodegen gen in dir with GOMAXPROCS procs; verify makes it a
// --verify run.
func gen(t *testing.T, bin, dir string, procs int, verify bool) {
	t.Helper()
	args := []string{"gen", "--no-cache", "--generators", generators}
	if verify {
		args = append(args, "--verify")
	}
	args = append(args, "./examples/apis/...")
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOMAXPROCS="+strconv.Itoa(procs), "PWD="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("kodegen %s (GOMAXPROCS=%d) in %s: %v\n%s", strings.Join(args, " "), procs, dir, err, out)
	}
}

// tree hashes every file below dir, by path relative to dir.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = fmt.Sprintf("%x", sha256.Sum256(data))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func diffTrees(a, b map[string]string) []string {
	var diffs []string
	for p, h := range a {
		if b[p] != h {
			diffs = append(diffs, p)
		}
	}
	for p := range b {
		if _, ok := a[p]; !ok {
			diffs = append(diffs, p)
		}
	}
	sort.Strings(diffs)
	return diffs
}

func maxProcs() int { return max(4, 2*runtime.NumCPU()) }

// TestDeterminism: one module, written once, then verified 49 times, with
// GOMAXPROCS going round from 1 to N (KODEGEN_DETERMINISM_RUNS changes the
// count).
func TestDeterminism(t *testing.T) {
	if testing.Short() {
		t.Skip("runs kodegen gen dozens of times")
	}
	bin := buildKodegen(t)
	dir := t.TempDir()
	copyExamples(t, dir)
	gen(t, bin, dir, 1, false)
	written := tree(t, dir)
	generated := 0
	for p := range written {
		if strings.Contains(p, "zz_generated.") || strings.HasPrefix(p, "pkg/generated/") {
			generated++
		}
	}
	if generated < 40 {
		t.Fatalf("kodegen gen wrote %d generated files; the examples should give more than 40", generated)
	}
	// 50 runs in all, GOMAXPROCS going round 1…N.
	runs := 49
	if s := os.Getenv("KODEGEN_DETERMINISM_RUNS"); s != "" {
		runs, _ = strconv.Atoi(s)
	}
	for i := 0; i < runs; i++ {
		gen(t, bin, dir, 1+i%maxProcs(), true)
	}
	if diffs := diffTrees(written, tree(t, dir)); len(diffs) > 0 {
		t.Errorf("--verify runs changed files: %v", diffs)
	}
}

// TestDeterminismPaths: the module at two absolute paths, the second
// reached through a symbolic link, gives the same bytes.
func TestDeterminismPaths(t *testing.T) {
	if testing.Short() {
		t.Skip("runs kodegen gen")
	}
	bin := buildKodegen(t)
	root := t.TempDir()
	a := filepath.Join(root, "a", "checkout")
	real := filepath.Join(root, "elsewhere", "deeper", "module")
	link := filepath.Join(root, "b")
	copyExamples(t, a)
	copyExamples(t, real)
	if err := os.Symlink(real, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	gen(t, bin, a, maxProcs(), false)
	gen(t, bin, link, 1, false)
	ta, tb := tree(t, a), tree(t, real)
	if diffs := diffTrees(ta, tb); len(diffs) > 0 {
		t.Errorf("the module at %s and at %s (through %s) gave different files: %v", a, real, link, diffs)
	}
	// And each verifies against the other's location.
	gen(t, bin, link, maxProcs(), true)
	gen(t, bin, a, 1, true)
}
