package badinput

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/tools/txtar"

	"github.com/kodegen/kodegen/internal/testmod"
)

var repo, _ = filepath.Abs("../..")

// binDir holds kodegen and every standalone generator, built once.
var binDir = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "kodegen-badinput-")
	if err != nil {
		return "", err
	}
	build := exec.Command("go", "build", "-o", dir+string(filepath.Separator), "./cmd/...")
	build.Dir = repo
	if out, err := build.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./cmd/...: %v\n%s", err, out)
	}
	return dir, nil
})

// A badCase is one parsed catalogue entry.
type badCase struct {
	name   string // kind/file without .txtar
	script string
	exit   int
	at     []string // "file:line", relative to the module
	atNone bool
	has    []string
	lacks  []string
	writes bool
	files  []txtar.File
}

func parseCase(path, name string) (*badCase, error) {
	ar, err := txtar.ParseFile(path)
	if err != nil {
		return nil, err
	}
	c := &badCase{name: name, exit: -1}
	var want []byte
	for _, f := range ar.Files {
		switch f.Name {
		case "cmd":
			c.script = string(f.Data)
		case "want":
			want = f.Data
		default:
			c.files = append(c.files, f)
		}
	}
	if strings.TrimSpace(string(ar.Comment)) == "" {
		return nil, fmt.Errorf("no comment saying what the case is")
	}
	if strings.TrimSpace(c.script) == "" {
		return nil, fmt.Errorf("no cmd section")
	}
	for i, line := range strings.Split(string(want), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		verb, arg, _ := strings.Cut(line, " ")
		arg = strings.TrimSpace(arg)
		switch verb {
		case "exit":
			n, err := strconv.Atoi(arg)
			if err != nil {
				return nil, fmt.Errorf("want:%d: exit %q: %v", i+1, arg, err)
			}
			c.exit = n
		case "at":
			if arg == "none" || strings.HasPrefix(arg, "none ") || strings.HasPrefix(arg, "none:") {
				c.atNone = true
			} else if !regexp.MustCompile(`^\S+:\d+$`).MatchString(arg) {
				return nil, fmt.Errorf("want:%d: at %q is not file:line", i+1, arg)
			} else {
				c.at = append(c.at, arg)
			}
		case "has":
			c.has = append(c.has, arg)
		case "lacks":
			c.lacks = append(c.lacks, arg)
		case "writes":
			c.writes = true
		default:
			return nil, fmt.Errorf("want:%d: unknown expectation %q", i+1, verb)
		}
	}
	switch {
	case c.exit < 0:
		return nil, fmt.Errorf("want has no exit line")
	case c.exit != 0 && c.writes:
		return nil, fmt.Errorf("want says writes, but a failing run must write nothing")
	case c.exit != 0 && len(c.at) == 0 && !c.atNone:
		return nil, fmt.Errorf("a failing case needs an at line (at none, with the reason, where no file applies)")
	case c.exit != 0 && len(c.has) == 0:
		return nil, fmt.Errorf("a failing case needs a has line naming the symbol or the fix")
	}
	return c, nil
}

// loadCatalogue reads every case under testdata.
func loadCatalogue(t *testing.T) []*badCase {
	t.Helper()
	var cases []*badCase
	err := filepath.WalkDir("testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txtar") {
			return err
		}
		rel, _ := filepath.Rel("testdata", path)
		c, err := parseCase(path, strings.TrimSuffix(filepath.ToSlash(rel), ".txtar"))
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		cases = append(cases, c)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatal("the catalogue is empty")
	}
	return cases
}

// defaultGoMod is the go.mod and go.sum of module example.com/m with the
// requirements of this repository's examples (k8s.io/api, apimachinery,
// client-go; the root module requires none of them).
func defaultGoMod() (gomod, gosum []byte, err error) {
	return testmod.Files(repo, "example.com/m")
}

// writeModule lays the case out at <tmp>/parent/mod and returns both paths.
func writeModule(t *testing.T, c *badCase) (parent, mod string) {
	t.Helper()
	parent = filepath.Join(t.TempDir(), "parent")
	mod = filepath.Join(parent, "mod")
	has := map[string]bool{}
	for _, f := range c.files {
		has[f.Name] = true
		p := filepath.Join(mod, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if !has["go.mod"] {
		gomod, sum, err := defaultGoMod()
		if err != nil {
			t.Fatal(err)
		}
		os.MkdirAll(mod, 0o755)
		if err := os.WriteFile(filepath.Join(mod, "go.mod"), gomod, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(mod, "go.sum"), sum, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Files older than now, so that a rewrite with the same bytes still
	// shows in the mtimes.
	old := time.Now().Add(-time.Hour)
	filepath.WalkDir(parent, func(p string, d fs.DirEntry, err error) error {
		if err == nil {
			os.Chtimes(p, old, old)
		}
		return nil
	})
	return parent, mod
}

// snapshot records every file and folder below root: kind, bytes' hash
// and mtime.
func snapshot(t *testing.T, root string) map[string]string {
	t.Helper()
	snap := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		info, err := d.Info()
		if err != nil {
			return err
		}
		entry := fmt.Sprintf("%s %s", info.Mode(), info.ModTime().UTC().Format(time.RFC3339Nano))
		if d.Type().IsRegular() {
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			entry += fmt.Sprintf(" %x", sha256.Sum256(data))
		}
		snap[filepath.ToSlash(rel)] = entry
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

func diffSnapshots(before, after map[string]string, skip func(string) bool) []string {
	var diffs []string
	for p, b := range before {
		if skip(p) {
			continue
		}
		if a, ok := after[p]; !ok {
			diffs = append(diffs, "removed "+p)
		} else if a != b && p != "." {
			diffs = append(diffs, "changed "+p)
		}
	}
	for p := range after {
		if _, ok := before[p]; !ok && !skip(p) {
			diffs = append(diffs, "new "+p)
		}
	}
	sort.Strings(diffs)
	return diffs
}

func TestCatalogue(t *testing.T) {
	cases := loadCatalogue(t)
	if testing.Short() {
		t.Skip("runs the generators on every case")
	}
	bin, err := binDir()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			runCase(t, c, bin)
		})
	}
}

func runCase(t *testing.T, c *badCase, bin string) {
	parent, mod := writeModule(t, c)
	root := filepath.Dir(parent)
	before := snapshot(t, root)

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "bash", "-c", c.script)
	cmd.Dir = mod
	cmd.Env = append(os.Environ(),
		"PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"),
		"KODEGEN_BIN="+filepath.Join(bin, "kodegen"),
		"REPO="+repo, "MOD="+mod, "KODEGEN_VERIFY=")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	runErr := cmd.Run()
	code := 0
	if ee, ok := runErr.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if runErr != nil {
		t.Fatalf("run: %v", runErr)
	}
	// Messages may name files by absolute path or relative to the module.
	msg := strings.ReplaceAll(out.String(), mod+string(filepath.Separator), "")
	if code != c.exit {
		t.Errorf("exit %d, want %d", code, c.exit)
	}
	for _, at := range c.at {
		if !strings.Contains(msg, at) {
			t.Errorf("the output does not point at %s", at)
		}
	}
	for _, s := range c.has {
		if !strings.Contains(msg, s) {
			t.Errorf("the output does not contain %q", s)
		}
	}
	for _, s := range c.lacks {
		if strings.Contains(msg, s) {
			t.Errorf("the output contains %q", s)
		}
	}
	after := snapshot(t, root)
	inModule := func(p string) bool { return p == "parent/mod" || strings.HasPrefix(p, "parent/mod/") }
	skip := func(string) bool { return false }
	if c.writes {
		skip = inModule
	}
	if diffs := diffSnapshots(before, after, skip); len(diffs) > 0 {
		t.Errorf("the tree changed:\n  %s", strings.Join(diffs, "\n  "))
	}
	if t.Failed() {
		t.Logf("output:\n%s", out.String())
	}
}

// TestCaseFormat checks that the parser rejects what a careless case would
// get wrong, so that a case cannot pass by asserting nothing.
func TestCaseFormat(t *testing.T) {
	for _, tc := range []struct{ name, archive, wantErr string }{
		{"no comment", "-- cmd --\nkodegen\n-- want --\nexit 2\nat none\nhas x\n", "no comment"},
		{"no cmd", "# c\n-- want --\nexit 2\n", "no cmd"},
		{"no exit", "# c\n-- cmd --\nkodegen\n-- want --\nhas x\n", "no exit"},
		{"failing without at", "# c\n-- cmd --\nkodegen\n-- want --\nexit 2\nhas x\n", "needs an at line"},
		{"failing without has", "# c\n-- cmd --\nkodegen\n-- want --\nexit 2\nat a.go:1\n", "needs a has line"},
		{"writes on failure", "# c\n-- cmd --\nkodegen\n-- want --\nexit 2\nwrites\nat none\nhas x\n", "write nothing"},
		{"bad at", "# c\n-- cmd --\nkodegen\n-- want --\nexit 2\nat a.go\nhas x\n", "not file:line"},
		{"unknown verb", "# c\n-- cmd --\nkodegen\n-- want --\nexit 2\nsays x\n", "unknown expectation"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "c.txtar")
			os.WriteFile(p, []byte(tc.archive), 0o644)
			_, err := parseCase(p, "c")
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("got %v, want an error containing %q", err, tc.wantErr)
			}
		})
	}
}

// TestCatalogueCounts logs the catalogue's size by kind (the folder) and
// by the tool each case runs.
func TestCatalogueCounts(t *testing.T) {
	cases := loadCatalogue(t)
	byKind, byTool := map[string]int{}, map[string]int{}
	for _, c := range cases {
		kind, _, _ := strings.Cut(c.name, "/")
		byKind[kind]++
		fields := strings.Fields(c.script)
		if len(fields) > 0 {
			tool := fields[0]
			if tool == "kodegen" && len(fields) > 1 {
				tool += " " + fields[1]
			}
			byTool[tool]++
		}
	}
	t.Logf("%d cases; by kind %v; by tool %v", len(cases), byKind, byTool)
}
