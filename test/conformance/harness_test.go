// Package conformance regenerates the code that upstream publishes in
// k8s.io/api, k8s.io/client-go and k8s.io/sample-apiserver (v0.37.2, from the
// Go module proxy) with kodegen's binaries, run with upstream's own command
// lines, and compares every file byte for byte with the published one.
//
// Each generator adds a test to this package: scratch copies and binaries
// are built once per test process and shared.
package conformance

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kodegen/kodegen/internal/output"
)

const oracleVersion = "v0.37.2"

// upstreamTools are the generators whose published output is removed from a
// scratch copy before it is regenerated.
var upstreamTools = []string{
	"deepcopy-gen", "defaulter-gen", "conversion-gen", "register-gen",
	"client-gen", "lister-gen", "informer-gen", "applyconfiguration-gen",
	"prerelease-lifecycle-gen",
}

// keptTools are generators whose published output scratch copies keep
// (other tests build it: sample-apiserver's models-schema needs its
// zz_generated.openapi.go); their own tests work on copies without it
// (scratchWithout).
var keptTools = []string{"openapi-gen", "validation-gen", "controller-gen"}

// header is the boilerplate upstream passes as --go-header-file for
// k8s.io/api and client-go.
const header = `/*
Copyright The Kubernetes Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
`

var (
	workDir  string // everything this process creates lives below it
	onceMu   sync.Mutex
	onceDone = map[string]string{}
	onceErr  = map[string]error{}
)

func TestMain(m *testing.M) {
	flag.Parse() // testing.Short needs parsed flags
	if testing.Short() {
		fmt.Println("conformance: skipped in -short mode")
		os.Exit(0)
	}
	dir, err := os.MkdirTemp("", "kodegen-conformance-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	workDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// once runs fn the first time key is asked for and caches its result for
// every later test in the process.
func once(t *testing.T, key string, fn func() (string, error)) string {
	t.Helper()
	onceMu.Lock()
	defer onceMu.Unlock()
	if v, ok := onceDone[key]; ok {
		return v
	}
	if err, ok := onceErr[key]; ok {
		t.Fatalf("%s: %v", key, err)
	}
	start := time.Now()
	v, err := fn()
	if err != nil {
		onceErr[key] = err
		t.Fatalf("%s: %v", key, err)
	}
	t.Logf("%s: ready in %v", key, time.Since(start).Round(time.Millisecond))
	onceDone[key] = v
	return v
}

// moduleDir returns the module cache folder of module@oracleVersion,
// downloading it through the module proxy when needed.
func moduleDir(t *testing.T, module string) string {
	return moduleDirAt(t, module, oracleVersion)
}

// moduleDirAt returns the module cache folder of module@version,
// downloading it through the module proxy when needed.
func moduleDirAt(t *testing.T, module, version string) string {
	key := "download " + module
	if version != oracleVersion {
		key += "@" + version
	}
	return once(t, key, func() (string, error) {
		out, err := exec.Command("go", "mod", "download", "-json", module+"@"+version).Output()
		if err != nil {
			return "", fmt.Errorf("go mod download %s: %v", module, err)
		}
		var info struct{ Dir, Error string }
		if err := json.Unmarshal(out, &info); err != nil {
			return "", err
		}
		if info.Error != "" {
			return "", fmt.Errorf("go mod download %s: %s", module, info.Error)
		}
		return info.Dir, nil
	})
}

// scratch returns a writable copy of module (or of the given subfolders of
// it) with every file that one of upstreamTools generated removed.
// The copy is made once per process.
func scratch(t *testing.T, module string, subdirs ...string) string {
	return scratchAt(t, module, oracleVersion, subdirs...)
}

// scratchAt is scratch for module@version.
func scratchAt(t *testing.T, module, version string, subdirs ...string) string {
	src := moduleDirAt(t, module, version)
	key := "scratch " + module + " " + strings.Join(subdirs, ",")
	name := filepath.Base(module) + strings.Join(subdirs, "_")
	if version != oracleVersion {
		key += " @" + version
		name += "@" + version
	}
	return once(t, key, func() (string, error) {
		dst := filepath.Join(workDir, name)
		dst = strings.ReplaceAll(dst, "/", string(filepath.Separator))
		roots := subdirs
		if len(roots) == 0 {
			roots = []string{"."}
		}
		for _, r := range roots {
			if err := copyTree(filepath.Join(src, r), filepath.Join(dst, r), func(data []byte) bool {
				return !slices.Contains(upstreamTools, generatedBy(data))
			}); err != nil {
				return "", err
			}
		}
		return dst, nil
	})
}

// scratchWithout returns a writable copy of module with only tool's
// published output removed, made once per process.
func scratchWithout(t *testing.T, module, tool string) string {
	src := moduleDir(t, module)
	return once(t, "scratch "+module+" without "+tool, func() (string, error) {
		dst := filepath.Join(workDir, filepath.Base(module)+"-without-"+tool)
		return dst, copyTree(src, dst, func(data []byte) bool { return generatedBy(data) != tool })
	})
}

// copyTree copies the regular files below src that keep accepts.
func copyTree(src, dst string, keep func([]byte) bool) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if strings.HasSuffix(path, ".go") && !keep(data) {
			return nil
		}
		return os.WriteFile(target, data, 0o644)
	})
}

var generatedByLine = regexp.MustCompile(`(?m)^// Code generated by ([a-z-]+)\. DO NOT EDIT\.$`)

// generatedBy returns which of upstream's tools (upstreamTools, keptTools)
// generated src, or "".
func generatedBy(src []byte) string {
	if !output.IsGenerated(src) {
		return ""
	}
	head := src
	if i := bytes.Index(src, []byte("\npackage ")); i >= 0 {
		head = src[:i]
	}
	m := generatedByLine.FindSubmatch(head)
	if m == nil {
		return ""
	}
	for _, tool := range append(upstreamTools, keptTools...) {
		if string(m[1]) == tool {
			return tool
		}
	}
	return ""
}

// headerFile writes the Kubernetes boilerplate once and returns its path.
func headerFile(t *testing.T) string {
	return once(t, "header file", func() (string, error) {
		p := filepath.Join(workDir, "boilerplate.go.txt")
		return p, os.WriteFile(p, []byte(header), 0o644)
	})
}

// binary builds ./cmd/<name> of this module once and returns its path.
func binary(t *testing.T, name string) string {
	return once(t, "build "+name, func() (string, error) {
		bin := filepath.Join(workDir, "bin", name)
		cmd := exec.Command("go", "build", "-o", bin, "github.com/kodegen/kodegen/cmd/"+name)
		if out, err := cmd.CombinedOutput(); err != nil {
			return "", fmt.Errorf("go build %s: %v\n%s", name, err, out)
		}
		return bin, nil
	})
}

// run runs one of our binaries in dir with upstream's arguments.
func run(t *testing.T, dir, bin string, args ...string) {
	t.Helper()
	start := time.Now()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Stdout = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", filepath.Base(bin), strings.Join(args, " "), err, stderr.String())
	}
	t.Logf("%s ran in %v", filepath.Base(bin), time.Since(start).Round(time.Millisecond))
}

// compare checks that the files tool generated below gotRoot are exactly the
// ones it published below wantRoot, byte for byte, and prints the count.
func compare(t *testing.T, label, tool, wantRoot, gotRoot string) {
	t.Helper()
	want := generatedFiles(t, wantRoot, tool)
	got := generatedFiles(t, gotRoot, tool)
	if len(want) == 0 {
		t.Fatalf("%s: no published %s files below %s", label, tool, wantRoot)
	}
	same := 0
	var problems []string
	for _, rel := range sortedKeys(want) {
		g, ok := got[rel]
		switch {
		case !ok:
			problems = append(problems, "missing: "+rel)
		case g != want[rel]:
			problems = append(problems, "differs: "+rel+"\n"+output.UnifiedDiff(rel, []byte(want[rel]), []byte(g)))
		default:
			same++
		}
	}
	for _, rel := range sortedKeys(got) {
		if _, ok := want[rel]; !ok {
			problems = append(problems, "extra: "+rel)
		}
	}
	summary := fmt.Sprintf("%s %s: %d/%d identical", tool, label, same, len(want))
	fmt.Println(summary)
	t.Log(summary)
	if len(problems) > 0 {
		const show = 20
		if len(problems) > show {
			problems = append(problems[:show], fmt.Sprintf("... and %d more", len(problems)-show))
		}
		t.Errorf("%s\n%s", summary, strings.Join(problems, "\n"))
	}
}

// generatedFiles maps the path (relative to root) of every .go file below
// root that tool generated to its contents.
func generatedFiles(t *testing.T, root, tool string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if generatedBy(data) == tool {
			rel, _ := filepath.Rel(root, path)
			files[filepath.ToSlash(rel)] = string(data)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// apiPackages lists k8s.io/api/<group>/<version> for every folder of the
// scratch api copy that holds a types.go, sorted.
func apiPackages(t *testing.T, apiDir string) []string {
	t.Helper()
	var pkgs []string
	err := filepath.WalkDir(apiDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "types.go" {
			return err
		}
		rel, _ := filepath.Rel(apiDir, filepath.Dir(path))
		pkgs = append(pkgs, "k8s.io/api/"+filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(pkgs)
	return pkgs
}
