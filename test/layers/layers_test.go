// Package layers checks the module's import graph: cmd → generators →
// internal, never back, never sideways between generators.
//
//   - nothing under internal/ imports generators/ or cmd/;
//   - no generators/<a> imports generators/<b> (what generators share lives
//     in generators/internal/, which imports no generator);
//   - only cmd/ imports cmd/internal/ (Go's internal rule enforces it too);
//   - generators read nothing but the run: no generator's non-test code
//     imports os, io/ioutil or os/exec (files come through engine.Env).
//
// Test files count: a test of one generator that imports another is the
// same sideways edge.
package layers

import (
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"sort"
	"strings"
	"testing"
)

const module = "github.com/kodegen/kodegen"

// pkg is a package and everything it and its tests import.
type pkg struct {
	path    string
	imports []string
	prod    []string // what the package itself (not its tests) imports
}

// systemAccess are the packages through which code reaches the machine.
var systemAccess = map[string]bool{"os": true, "io/ioutil": true, "os/exec": true}

// prodViolation says why from's non-test code may not import to, or "".
func prodViolation(from, to string) string {
	if strings.HasPrefix(layer(from), "generators") && systemAccess[to] {
		return "generators read nothing but the run: read files through engine.Env (ReadFile, ReadDir, Exists), never " + to
	}
	return ""
}

// layer names the part of the module a package belongs to: "internal",
// "generators/internal", "generators/<name>", "cmd/internal", "cmd", or ""
// for the rest (examples, test, packages of other modules).
func layer(path string) string {
	rel, ok := strings.CutPrefix(path, module+"/")
	if !ok {
		return ""
	}
	parts := strings.Split(rel, "/")
	switch parts[0] {
	case "internal":
		return "internal"
	case "generators":
		if len(parts) < 2 {
			return "generators"
		}
		if parts[1] == "internal" {
			return "generators/internal"
		}
		return "generators/" + parts[1]
	case "cmd":
		if len(parts) > 1 && parts[1] == "internal" {
			return "cmd/internal"
		}
		return "cmd"
	}
	return ""
}

// violation says why from may not import to, or "" when it may.
func violation(from, to string) string {
	lf, lt := layer(from), layer(to)
	switch {
	case lt == "cmd/internal" && lf != "cmd" && lf != "cmd/internal" && strings.HasPrefix(to, module+"/"):
		return "only cmd/ imports cmd/internal/"
	case lt == "" || lf == "" || lf == lt:
		return ""
	case lf == "internal" && (strings.HasPrefix(lt, "generators") || strings.HasPrefix(lt, "cmd")):
		return "internal/ is the foundation: it imports nothing from generators/ or cmd/"
	case lf == "generators/internal" && strings.HasPrefix(lt, "generators/"):
		return "generators/internal/ is shared by the generators and imports none of them"
	case strings.HasPrefix(lf, "generators/") && strings.HasPrefix(lt, "generators/") && lt != "generators/internal":
		return "a generator imports no other generator; move what they share to generators/internal/"
	case strings.HasPrefix(lf, "generators") && strings.HasPrefix(lt, "cmd"):
		return "generators/ never imports the commands (cmd/)"
	}
	return ""
}

func violations(pkgs []pkg) []string {
	var out []string
	for _, p := range pkgs {
		for _, imp := range p.imports {
			if why := violation(p.path, imp); why != "" {
				out = append(out, p.path+" imports "+imp+": "+why)
			}
		}
		for _, imp := range p.prod {
			if why := prodViolation(p.path, imp); why != "" {
				out = append(out, p.path+" imports "+imp+": "+why)
			}
		}
	}
	sort.Strings(out)
	return out
}

// listModule is `go list` of every package of the module, with its tests'
// imports.
func listModule(t *testing.T) []pkg {
	t.Helper()
	cmd := exec.Command("go", "list", "-e", "-json=ImportPath,Imports,TestImports,XTestImports", module+"/...")
	cmd.Dir = "../.."
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("go list: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	var pkgs []pkg
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p struct {
			ImportPath                         string
			Imports, TestImports, XTestImports []string
		}
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		imports := append(append(p.Imports, p.TestImports...), p.XTestImports...)
		pkgs = append(pkgs, pkg{path: p.ImportPath, imports: imports, prod: p.Imports})
	}
	return pkgs
}

func TestLayers(t *testing.T) {
	pkgs := listModule(t)
	count := map[string]int{}
	for _, p := range pkgs {
		l := layer(p.path)
		if strings.HasPrefix(l, "generators/") && l != "generators/internal" {
			l = "generators/<name>"
		}
		count[l]++
	}
	// A check that sees nothing passes on nothing.
	for _, l := range []string{"internal", "generators/internal", "generators/<name>", "cmd/internal", "cmd"} {
		if count[l] == 0 {
			t.Errorf("go list found no package in %s: %v", l, count)
		}
	}
	for _, v := range violations(pkgs) {
		t.Error(v)
	}
}

// TestViolation shows that every rule fires.
func TestViolation(t *testing.T) {
	for _, tc := range []struct {
		from, to string
		bad      bool
	}{
		{"cmd/kodegen", "cmd/internal/app", false},
		{"cmd/internal/app", "generators/deepcopy", false},
		{"cmd/internal/app", "internal/engine", false},
		{"generators/deepcopy", "internal/engine", false},
		{"generators/informer", "generators/internal/apitypes", false},
		{"generators/internal/apitypes", "generators/internal/genclient", false},
		{"generators/internal/apitypes", "internal/markers", false},
		{"generators/deepcopy", "generators/deepcopy/internal/x", false},
		{"internal/engine", "internal/load", false},
		{"examples/apis/shop/v1", "internal/output", false},
		{"internal/engine", "generators/deepcopy", true},
		{"internal/markers", "generators/internal/genclient", true},
		{"internal/engine", "cmd/internal/app", true},
		{"generators/informer", "generators/lister", true},
		{"generators/internal/apitypes", "generators/lister", true},
		{"generators/lister", "cmd/internal/app", true},
		{"test/conformance", "cmd/internal/app", true},
	} {
		why := violation(module+"/"+tc.from, module+"/"+tc.to)
		if (why != "") != tc.bad {
			t.Errorf("%s → %s: violation %q, want bad=%v", tc.from, tc.to, why, tc.bad)
		}
	}
	for _, tc := range []struct {
		from, to string
		bad      bool
	}{
		{"generators/deepcopy", "os", true},
		{"generators/internal/registered", "os/exec", true},
		{"internal/engine", "os", false},
		{"cmd/internal/app", "os", false},
		{"generators/deepcopy", "strings", false},
	} {
		why := prodViolation(module+"/"+tc.from, tc.to)
		if (why != "") != tc.bad {
			t.Errorf("%s → %s: prodViolation %q, want bad=%v", tc.from, tc.to, why, tc.bad)
		}
	}
	got := violations([]pkg{{path: module + "/generators/informer", imports: []string{"fmt", module + "/generators/lister"}}})
	if len(got) != 1 || !strings.Contains(got[0], "generators/informer imports "+module+"/generators/lister") {
		t.Errorf("violations = %q", got)
	}
}
