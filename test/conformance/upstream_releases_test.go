package conformance

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"golang.org/x/mod/modfile"

	"github.com/kodegen/kodegen/internal/output"
	"github.com/kodegen/kodegen/internal/testmod"
)

// The second oracle: upstream's code-generator of each older release (from
// the Go module proxy) run on kodegen's own golden inputs, against kodegen
// with --target-version of that release. The published client-go and
// sample-apiserver (TestReleases, TestReleasesSampleAPIServer) show only
// what k8s.io/api and the wardle group exercise; the golden inputs exercise
// every marker and flag the generators' own tests cover.

// upstreamCodegen is the k8s.io/code-generator of each target (the newest
// of each minor on the module proxy).
var upstreamCodegen = []struct {
	target  string
	version string
}{
	{"v0.31", "v0.31.14"},
	{"v0.32", "v0.32.9"},
	{"v0.33", "v0.33.0"},
	{"v0.34", "v0.34.13"},
	{"v0.35", "v0.35.10"},
	{"v0.36", "v0.36.6"},
}

// oracleTools are the generators compared, in the order they run (and the
// columns of the table).
var oracleTools = []string{
	"deepcopy-gen", "register-gen", "defaulter-gen", "conversion-gen",
	"applyconfiguration-gen", "client-gen", "lister-gen", "informer-gen",
}

const goldenMod = "github.com/kodegen/kodegen/generators/"

// goldenRun is one command line over golden inputs, run by upstream's tool
// and by kodegen's (with --target-version) in two copies of the inputs.
type goldenRun struct {
	tool string
	args []string
	from int    // the first minor it runs for (0: every one)
	why  string // why not before from (printed with the table)
}

// goldenRuns are the command lines of the generators' golden tests
// (generators/*/*_test.go TestGolden), with the flags the upstream binaries
// take (informer-gen's plural case is left out: --plural-resource-names is
// kodegen's own). Every run names the header file: upstream's default is a path in
// its own source tree.
func goldenRuns() []goldenRun {
	h := []string{"--go-header-file", "hack/boilerplate.go.txt"}
	line := func(words ...string) []string { return append(append([]string{}, h...), words...) }
	pkgs := func(prefix string, names ...string) []string {
		var out []string
		for _, n := range names {
			out = append(out, goldenMod+prefix+n)
		}
		return out
	}
	dc, df, cv, rg := "deepcopy/testdata/", "defaulter/testdata/", "conversion/testdata/", "register/testdata/"
	ls, inf, ac, cl := "lister/testdata/", "informer/testdata/", "applyconfig/testdata/", "client/testdata/"
	clientArgs := func(name string, extra ...string) []string {
		// An --output-pkg per case: kodegen's side is one batch, whose
		// compile check sees every case's files together.
		return line(append([]string{"--output-dir", "out/client/" + name, "--output-pkg", "example.com/client/" + name,
			"--clientset-name", "versioned", "--input-base", goldenMod + cl + "apis"}, extra...)...)
	}
	informerArgs := func(name string, extra ...string) []string {
		return line(append([]string{"--output-dir", "out/informer/" + name, "--output-pkg", "example.com/informers/" + name,
			"--versioned-clientset-package", "example.com/clientset/versioned", "--listers-package", "example.com/listers"}, extra...)...)
	}
	applyArgs := func(name string, extra ...string) []string {
		args := line(append([]string{"--output-dir", "out/applyconfig/" + name,
			"--output-pkg", "example.com/applyconfig/" + name}, extra...)...)
		// shop/off is left out: +k8s:applyconfiguration-gen came with v0.37
		// (older releases ignore it; kodegen's error names the release).
		return append(args, pkgs(ac+"basic/apis/", "shop", "shop/v1", "shop/v1beta1")...)
	}
	return []goldenRun{
		// anyfile is left out: upstream ignores its marker (deepcopy_test.go).
		{tool: "deepcopy-gen", args: append(line("--output-file", "zz_generated.deepcopy.go"),
			pkgs(dc, "structs", "named", "handwritten", "interfaces", "otherpkg", "optin", "aliases", "warn", "loadiface")...)},
		// explicit/v1beta1, off/v1 and othervalue/v1 are left out:
		// +k8s:register-gen came with v0.37 (older releases ignore it;
		// kodegen's error names the release).
		{tool: "register-gen", args: append(line("--output-file", "zz_generated.register.go"),
			pkgs(rg, "simple/v1", "handwritten/v1", "internal", "notypes/v1")...)},
		// doccomment is left out: kodegen reads a marker upstream does not
		// (TestDefaulterRegisterGoldenAgainstUpstream).
		{tool: "defaulter-gen", args: append(line("--output-file", "zz_generated.defaults.go"), pkgs(df, "basic", "input", "stress")...)},
		{tool: "defaulter-gen", args: append(line("--output-file", "zz_generated.defaults.go", "--extra-peer-dirs", goldenMod+df+"peer/shared"),
			pkgs(df, "peer/api")...)},
		{tool: "conversion-gen", args: append(line("--output-file", "zz_generated.conversion.go"), pkgs(cv, "shapes/v1", "external/conv", "explicit/v1")...)},
		{tool: "conversion-gen", args: append(line("--output-file", "zz_generated.conversion.go", "--skip-unsafe"), pkgs(cv, "skipunsafe/v1")...)},
		{tool: "conversion-gen", args: append(line("--output-file", "zz_generated.conversion.go"), pkgs(cv, "ptrelem/v1")...), from: 35,
			why: "conversion-gen before v0.35 writes a call to a conversion function that does not exist for slices and maps of pointers " +
				"whose elements convert by hand (it does not compile); kodegen reports the missing function (TestPointerElemsBefore0_35)"},
		{tool: "applyconfiguration-gen", args: applyArgs("basic", "--openapi-schema", "generators/"+ac+"basic/schema.json")},
		{tool: "applyconfiguration-gen", args: applyArgs("partialschema", "--openapi-schema", "generators/"+ac+"partialschema/schema.json")},
		{tool: "applyconfiguration-gen", args: applyArgs("noschema")},
		// One API type from outside (the golden case maps meta/v1 types too,
		// which the flag cannot: its values add to the default mapping of
		// meta/v1, and a type given twice is an error, upstream and kodegen).
		{tool: "applyconfiguration-gen", args: applyArgs("external", "--external-applyconfigurations",
			goldenMod+ac+"basic/apis/shop/v1.Part:example.com/parts/v1")},
		{tool: "client-gen", args: clientArgs("apply", "--apply-configuration-package", "example.com/generated/applyconfiguration", "--input", "widgets/v1")},
		{tool: "client-gen", args: clientArgs("apply-protobuf", "--apply-configuration-package", "example.com/generated/applyconfiguration",
			"--prefers-protobuf", "--input", "widgets/v1"), from: 32, why: "--prefers-protobuf came with client-gen v0.32"},
		{tool: "client-gen", args: clientArgs("plain", "--input", "widgets/v1")},
		{tool: "client-gen", args: clientArgs("internal", "--input", "gizmos", "--input", "widgets/v1", "--input", "gizmos/v1"), from: 32,
			why: "client-gen v0.31's typed fake for a type whose plural is its package's name (gizmos.Gizmo) does not compile; " +
				"kodegen's compile check refuses it (golden case internal-v0.31 shows what kodegen writes)"},
		{tool: "lister-gen", args: append(line("--output-dir", "generators/"+ls+"basic/out", "--output-pkg", goldenMod+ls+"basic/out"),
			pkgs(ls, "basic/apis/shop", "basic/apis/shop/v1")...)}, // off/v1: +k8s:lister-gen came with v0.37
		{tool: "informer-gen", args: append(informerArgs("basic", "--internal-clientset-package", "example.com/clientset/internalversion"),
			pkgs(inf, "basic/apis/kitchen/v1", "basic/apis/shop", "basic/apis/shop/v1", "basic/apis/shop/v1beta1")...)},
		{tool: "informer-gen", args: append(informerArgs("single", "--single-directory"), pkgs(inf, "basic/apis/shop/v1")...)},
	}
}

// goldenInputEdits change the golden inputs of both copies for the releases
// up to until, where upstream cannot take them.
var goldenInputEdits = []struct {
	until      int
	file, line string
	why        string
}{
	{31, "generators/client/testdata/apis/widgets/v1/types.go", "// +genclient:method=PatchStrict,verb=patch\n",
		"client-gen v0.31 crashes on a +genclient:method patch (its template lacks PatchOptions); kodegen writes v0.32's"},
	{31, "generators/applyconfig/testdata/basic/apis/shop/v1/types.go",
		"\t// Color here shadows WidgetSpec.Color: no second WithColor.\n\tColor Color `json:\"extraColor,omitempty\"`\n",
		"applyconfiguration-gen v0.31 declares WithColor twice for a field name met again through an embedded struct (it does not compile); " +
			"kodegen's check reports it for v0.31 (v0.32 writes one)"},
}

// knownDifferences are the files where upstream's tool of a release and
// kodegen differ on purpose: upstream writes code that does not compile.
// A listed file that comes out identical is an error (the entry is stale).
var knownDifferences = []struct {
	until      int
	tool, file string
	why        string
}{
	{31, "client-gen", "out/client/apply/versioned/typed/widgets/v1/widget.go", clientListWhy},
	{31, "client-gen", "out/client/plain/versioned/typed/widgets/v1/widget.go", clientListWhy},
}

// clientListWhy: the v0.31 difference of a +genclient:method list.
const clientListWhy = "client-gen v0.31's +genclient:method list calls c.client and c.ns, which its gentype clients lack, " +
	"and k8s.io/klog (v1): it does not compile; kodegen writes v0.32's (docs/versions.md)"

// upstreamReleaseTools builds code-generator's eight generators of a
// release, once, in a scratch module that keeps the release's go line (a
// newer one turns on gotypesalias, which older gengo rejects) and requires
// golang.org/x/tools v0.24.1 or later (older ones do not build with Go
// 1.26). It returns the folder holding the binaries.
func upstreamReleaseTools(t *testing.T, version string) string {
	return once(t, "build upstream code-generator@"+version, func() (string, error) {
		out, err := exec.Command("go", "mod", "download", "-json", "k8s.io/code-generator@"+version).Output()
		if err != nil {
			return "", fmt.Errorf("go mod download k8s.io/code-generator@%s: %v", version, err)
		}
		var info struct{ GoMod, Error string }
		if err := json.Unmarshal(out, &info); err != nil {
			return "", err
		}
		if info.Error != "" {
			return "", fmt.Errorf("go mod download k8s.io/code-generator@%s: %s", version, info.Error)
		}
		data, err := os.ReadFile(info.GoMod)
		if err != nil {
			return "", err
		}
		mf, err := modfile.ParseLax(info.GoMod, data, nil)
		if err != nil {
			return "", err
		}
		if mf.Go == nil {
			return "", fmt.Errorf("%s: no go line", info.GoMod)
		}
		dir := filepath.Join(workDir, "upstream@"+version)
		gomod := fmt.Sprintf("module kodegen.test/upstream\n\ngo %s\n\nrequire (\n\tk8s.io/code-generator %s\n\tgolang.org/x/tools v0.24.1\n)\n",
			mf.Go.Version, version)
		tools := "//go:build tools\n\npackage tools\n\nimport (\n"
		for _, tool := range oracleTools {
			tools += "\t_ \"k8s.io/code-generator/cmd/" + tool + "\"\n"
		}
		tools += ")\n"
		if err := writeFile(filepath.Join(dir, "go.mod"), gomod); err != nil {
			return "", err
		}
		if err := writeFile(filepath.Join(dir, "tools.go"), tools); err != nil {
			return "", err
		}
		if _, err := upstreamCmd(dir, "go", "mod", "tidy"); err != nil {
			return "", err
		}
		args := []string{"build", "-o", filepath.Join(dir, "bin") + string(filepath.Separator)}
		for _, tool := range oracleTools {
			args = append(args, "k8s.io/code-generator/cmd/"+tool)
		}
		if _, err := upstreamCmd(dir, "go", args...); err != nil {
			return "", err
		}
		return filepath.Join(dir, "bin"), nil
	})
}

// upstreamCmd runs a command outside any workspace with the local
// toolchain (the tools' go lines are older than it).
func upstreamCmd(dir, name string, args ...string) ([]byte, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOTOOLCHAIN=local")
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s %s: %v\n%s%s", filepath.Base(name), strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	return stdout.Bytes(), nil
}

// goldenCopy copies the golden inputs of the compared generators into a
// scratch module (the examples module's requirements), without any file
// upstream's tools generate, and applies the release's input edits.
func goldenCopy(t *testing.T, dst string, minor int) {
	t.Helper()
	repo, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range []string{"deepcopy", "register", "defaulter", "conversion", "applyconfig", "client", "lister", "informer"} {
		p := filepath.Join("generators", g, "testdata")
		if err := copyTree(filepath.Join(repo, p), filepath.Join(dst, p), func(data []byte) bool {
			return !slices.Contains(upstreamTools, generatedBy(data))
		}); err != nil {
			t.Fatal(err)
		}
	}
	gomod, gosum, err := testmod.Files(repo, "github.com/kodegen/kodegen")
	if err != nil {
		t.Fatal(err)
	}
	boilerplate, err := os.ReadFile(filepath.Join(repo, "hack", "boilerplate.go.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for f, data := range map[string][]byte{"go.mod": gomod, "go.sum": gosum, "hack/boilerplate.go.txt": boilerplate} {
		if err := writeFile(filepath.Join(dst, f), string(data)); err != nil {
			t.Fatal(err)
		}
	}
	for _, e := range goldenInputEdits {
		if minor > e.until {
			continue
		}
		p := filepath.Join(dst, e.file)
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(data, []byte(e.line)) {
			t.Fatalf("input edit for v0.%d: %s has no line %q", e.until, e.file, e.line)
		}
		if err := os.WriteFile(p, bytes.Replace(data, []byte(e.line), nil, 1), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestReleasesGoldenUpstream runs upstream's generators of each older
// release and kodegen's with --target-version of it on kodegen's golden
// inputs and compares every file they write. It prints the table of
// releases × generators × files identical. CI leaves it out (it builds
// code-generator of six releases); KODEGEN_VERSIONS=all (hack/test.sh
// --all) runs every release, KODEGEN_VERSIONS=v0.33,v0.36 a list.
func TestReleasesGoldenUpstream(t *testing.T) {
	want := os.Getenv("KODEGEN_VERSIONS")
	type cell struct{ same, total, intentional int }
	table := map[string]map[string]cell{}
	var mu sync.Mutex
	var ran []string
	for _, r := range upstreamCodegen {
		t.Run(r.target, func(t *testing.T) {
			if want != "all" && !strings.Contains(","+want+",", ","+r.target+",") {
				t.Skipf("%s runs with KODEGEN_VERSIONS=all (hack/test.sh --all)", r.target)
			}
			minor, err := strconv.Atoi(strings.TrimPrefix(r.target, "v0."))
			if err != nil {
				t.Fatal(err)
			}
			bin := upstreamReleaseTools(t, r.version)
			up := filepath.Join(workDir, "golden-upstream@"+r.version)
			kg := filepath.Join(workDir, "golden-kodegen@"+r.version)
			goldenCopy(t, up, minor)
			goldenCopy(t, kg, minor)
			cache := []string{"XDG_CACHE_HOME=" + filepath.Join(workDir, "cache-golden-"+r.target)}
			var lines [][]string
			for _, g := range goldenRuns() {
				if minor < g.from {
					continue
				}
				if _, err := runIn(up, filepath.Join(bin, g.tool), nil, g.args...); err != nil {
					t.Errorf("upstream %s@%s: %v", g.tool, r.version, err)
				}
				lines = append(lines, append([]string{g.tool}, g.args...))
			}
			// kodegen's side: the same command lines in one kodegen batch.
			runBatchEnv(t, kg, render(lines, nil), cache, "--target-version", r.target)
			row := map[string]cell{}
			for _, tool := range oracleTools {
				same, total, intentional := compareGolden(t, r.target, minor, tool, up, kg)
				row[tool] = cell{same, total, intentional}
			}
			mu.Lock()
			table[r.target+" ("+r.version+")"] = row
			ran = append(ran, r.target+" ("+r.version+")")
			mu.Unlock()
		})
	}
	if len(ran) == 0 {
		return
	}
	var b strings.Builder
	b.WriteString("| code-generator |")
	for _, tool := range oracleTools {
		b.WriteString(" " + tool + " |")
	}
	b.WriteString("\n|---|" + strings.Repeat("---|", len(oracleTools)) + "\n")
	for _, rel := range ran {
		b.WriteString("| " + rel + " |")
		for _, tool := range oracleTools {
			c := table[rel][tool]
			s := fmt.Sprintf(" %d/%d", c.same, c.total)
			if c.intentional > 0 {
				s += fmt.Sprintf(" (+%d intentional)", c.intentional)
			}
			b.WriteString(s + " |")
		}
		b.WriteString("\n")
	}
	b.WriteString("\nNot run on upstream:\n")
	for _, g := range goldenRuns() {
		if g.from > 0 {
			fmt.Fprintf(&b, "- %s %s: before v0.%d: %s\n", g.tool, lastWord(g.args), g.from, g.why)
		}
	}
	for _, e := range goldenInputEdits {
		fmt.Fprintf(&b, "- up to v0.%d, %s without %q: %s\n", e.until, e.file, strings.TrimSpace(e.line), e.why)
	}
	for _, d := range knownDifferences {
		fmt.Fprintf(&b, "- intentional, up to v0.%d: %s %s: %s\n", d.until, d.tool, d.file, d.why)
	}
	fmt.Print(b.String())
	t.Log("\n" + b.String())
}

func lastWord(args []string) string {
	for i, a := range args {
		if a == "--output-dir" && i+1 < len(args) {
			return args[i+1]
		}
	}
	return args[len(args)-1]
}

// compareGolden compares what tool wrote in the upstream copy and the
// kodegen copy, and returns the files identical, the files upstream wrote
// and those that differ on purpose (knownDifferences).
func compareGolden(t *testing.T, target string, minor int, tool, upRoot, kgRoot string) (same, total, intentional int) {
	t.Helper()
	want := generatedFiles(t, upRoot, tool)
	got := generatedFiles(t, kgRoot, tool)
	known := map[string]string{}
	for _, d := range knownDifferences {
		if d.tool == tool && minor <= d.until {
			known[d.file] = d.why
		}
	}
	var problems []string
	for _, rel := range sortedKeys(want) {
		g, ok := got[rel]
		_, isKnown := known[rel]
		switch {
		case !ok:
			problems = append(problems, "missing: "+rel)
		case g != want[rel] && isKnown:
			intentional++
			t.Logf("%s %s: intentional difference: %s\n%s", tool, rel, known[rel], output.UnifiedDiff(rel, []byte(want[rel]), []byte(g)))
		case g != want[rel]:
			problems = append(problems, "differs: "+rel+"\n"+output.UnifiedDiff(rel, []byte(want[rel]), []byte(g)))
		case isKnown:
			problems = append(problems, "identical, but listed in knownDifferences: "+rel)
		default:
			same++
		}
	}
	for _, rel := range sortedKeys(got) {
		if _, ok := want[rel]; !ok {
			problems = append(problems, "extra: "+rel)
		}
	}
	total = len(want)
	summary := fmt.Sprintf("%s golden inputs, upstream code-generator vs --target-version %s: %d/%d identical", tool, target, same, total)
	if intentional > 0 {
		summary += fmt.Sprintf(", %d intentional differences", intentional)
	}
	fmt.Println(summary)
	t.Log(summary)
	if total == 0 {
		t.Errorf("%s: upstream wrote no files", summary)
	}
	if len(problems) > 0 {
		const show = 20
		if len(problems) > show {
			problems = append(problems[:show], fmt.Sprintf("... and %d more", len(problems)-show))
		}
		t.Errorf("%s\n%s", summary, strings.Join(problems, "\n"))
	}
	return same, total, intentional
}

// runIn runs a binary in dir (outside any workspace) and returns its
// output.
func runIn(dir, bin string, env []string, args ...string) (string, error) {
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off"), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return string(out), fmt.Errorf("%s %s: %v\n%s", filepath.Base(bin), strings.Join(args, " "), err, out)
	}
	return string(out), nil
}
