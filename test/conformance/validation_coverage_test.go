package conformance

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestValidationCoverageAgainstUpstream compares kodegen's declarative
// validation coverage files with upstream validation-gen v0.37.2's (built
// from the module cache) where the published corpus has too few: only two
// output_tests packages carry +k8s:validation-gen-test-targets, and no
// published package is versioned and registering, which the per-Kind
// test packages of --test-output-root need.
//
// Both tools run on the same copy of code-generator's output_tests, with
// +k8s:validation-gen-test-targets added to every package (so every
// validation tag's declared errors are written, 140-odd files) and a few
// versioned packages of kodegen's (validationKinds) added, with
// --test-output-root and --test-output-file-prefix, then again with
// --test-allowlist. Every file they write must be the same.
func TestValidationCoverageAgainstUpstream(t *testing.T) {
	if testing.Short() {
		t.Skip("builds upstream validation-gen")
	}
	upstream := upstreamBinary(t, "validation-gen")
	ours := binary(t, "validation-gen")
	const tests = "cmd/validation-gen/output_tests"
	src := moduleDir(t, "k8s.io/code-generator")
	allow := filepath.Join(workDir, "validation-allowlist.yaml")
	if err := os.WriteFile(allow, []byte(validationAllowlist), 0o644); err != nil {
		t.Fatal(err)
	}
	dirs := map[string]string{}
	for name, bin := range map[string]string{"upstream": upstream, "kodegen": ours} {
		dir := filepath.Join(workDir, "validation-coverage-"+name)
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
		if err := copyTree(src, dir, func(data []byte) bool { return generatedBy(data) != "validation-gen" }); err != nil {
			t.Fatal(err)
		}
		if n := addTestTargets(t, filepath.Join(dir, tests)); n < 150 {
			t.Fatalf("+k8s:validation-gen-test-targets added to %d packages, want every one (150+)", n)
		}
		files := map[string]string{}
		for p, content := range validationKinds {
			files[filepath.Join(tests, "kodegen_kinds", p)] = content
		}
		writeScratch(t, dir, files)
		args := []string{"--output-file", "zz_generated.validations.go", "--go-header-file", headerFile(t)}
		run(t, dir, bin, append(args, "--test-output-root", "covtests", "--test-output-file-prefix", "zz_generated.", "./"+tests+"/...")...)
		run(t, dir, bin, append(args, "--test-output-root", "covtests-allowlist", "--test-allowlist", allow, "./"+tests+"/...")...)
		dirs[name] = dir
	}
	up, kg := dirs["upstream"], dirs["kodegen"]
	if n := countSuffix(t, filepath.Join(up, tests), "_coverage_test.go"); n < 100 {
		t.Fatalf("upstream wrote %d coverage files, want 100+", n)
	}
	compare(t, "output_tests with test targets", "validation-gen", filepath.Join(up, tests), filepath.Join(kg, tests))
	for _, root := range []string{"covtests", "covtests-allowlist"} {
		if n := countSuffix(t, filepath.Join(up, root), "_test.go"); n < 6 {
			t.Fatalf("upstream wrote %d files below --test-output-root %s, want 6+", n, root)
		}
		compare(t, "--test-output-root "+root, "validation-gen", filepath.Join(up, root), filepath.Join(kg, root))
	}
}

var validationGenTag = regexp.MustCompile(`(?m)^// \+k8s:validation-gen=`)

// addTestTargets marks every package below root that has a
// +k8s:validation-gen= package tag with +k8s:validation-gen-test-targets
// and returns how many it marked.
func addTestTargets(t *testing.T, root string) int {
	t.Helper()
	n := 0
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		s := string(data)
		loc := validationGenTag.FindStringIndex(s)
		if loc == nil || !packageComment(s[loc[0]:]) {
			return nil
		}
		n++
		if strings.Contains(s, "+k8s:validation-gen-test-targets") {
			return nil
		}
		s = s[:loc[0]] + "// +k8s:validation-gen-test-targets\n" + s[loc[0]:]
		return os.WriteFile(path, []byte(s), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// packageComment reports whether s starts in the comment block of the
// package clause (only comment and blank lines up to it).
func packageComment(s string) bool {
	for line := range strings.Lines(s) {
		switch {
		case strings.HasPrefix(line, "package "):
			return true
		case strings.HasPrefix(line, "//") || strings.TrimSpace(line) == "":
		default:
			return false
		}
	}
	return false
}

func countSuffix(t *testing.T, root, suffix string) int {
	t.Helper()
	n := 0
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, suffix) {
			n++
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// validationKinds are versioned, registering packages for the per-Kind
// test packages: a group with two versions and two Kinds, the core group
// (GroupName ""), a package without GroupName (the group is its path),
// and an unversioned package (no test package).
var validationKinds = func() map[string]string {
	const head = "// +k8s:validation-gen=TypesWithField=TypeMeta\n" +
		"// +k8s:validation-gen-scheme-registry=k8s.io/code-generator/cmd/validation-gen/testscheme.Scheme\n" +
		"// +k8s:validation-gen-nolint\n"
	const body = `
import "k8s.io/code-generator/cmd/validation-gen/testscheme"

var localSchemeBuilder = testscheme.New()
%GROUP%
type Widget struct {
	TypeMeta int

	// +k8s:required
	// +k8s:maxLength=10
	Name string ` + "`json:\"name\"`" + `

	// +k8s:optional
	// +k8s:listType=map
	// +k8s:listMapKey=key
	Items []Item ` + "`json:\"items\"`" + `

	// +k8s:eachVal=+k8s:minimum=1
	Counts map[string]int ` + "`json:\"counts\"`" + `
}

type Item struct {
	// +k8s:required
	Key string ` + "`json:\"key\"`" + `

	// +k8s:format=k8s-short-name
	Value string ` + "`json:\"value\"`" + `
}
%MORE%`
	const more = `
type Gadget struct {
	TypeMeta int

	// +k8s:immutable
	Mode string ` + "`json:\"mode\"`" + `
}

type NoRules struct {
	TypeMeta int

	S string ` + "`json:\"s\"`" + `
}
`
	pkg := func(name, group, extra string) string {
		g := ""
		if group != "-" {
			g = "\nconst GroupName = \"" + group + "\"\n"
		}
		return head + "package " + name + "\n" + strings.NewReplacer("%GROUP%", g, "%MORE%", extra).Replace(body)
	}
	return map[string]string{
		"widgets/v1/doc.go":      pkg("v1", "widgets.example.com", more),
		"widgets/v1beta1/doc.go": pkg("v1beta1", "widgets.example.com", ""),
		"core/v1/doc.go":         pkg("v1", "", ""),
		"nogroup/v2/doc.go":      pkg("v2", "-", ""),
		"notversioned/doc.go":    pkg("notversioned", "other.example.com", ""),
	}
}()

// validationAllowlist drops one rule of widgets/v1 and every rule of
// widgets/v1beta1.
const validationAllowlist = `- apiVersion: widgets.example.com/v1
  kind: Widget
  path: name
  errorType: "*"
  origin: maxLength
  reason: covered elsewhere
- apiVersion: widgets.example.com/v1beta1
  kind: "*"
  path: "*"
  errorType: "*"
  origin: "*"
  reason: all of v1beta1
`
