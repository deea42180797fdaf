package app

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kodegen/kodegen/generators/applyconfig"
	"github.com/kodegen/kodegen/generators/object"
	"github.com/kodegen/kodegen/internal/markers"
	"github.com/kodegen/kodegen/internal/output"
)

// genOptions are kodegen gen's flags: where things go, and the few
// settings the generators share.
type genOptions struct {
	generators       []string
	outputDir        string
	outputPkg        string
	headerFile       string
	clientsetDir     string
	clientsetName    string
	listersDir       string
	informersDir     string
	applyconfigDir   string
	openapiDir       string
	openapiReport    string
	openapiModelFile string
	pluralExceptions string
	prefersProtobuf  bool
	openapiSchema    string
	openapiExtra     []string
	extraPeerDirs    []string
	// externalApplyconfigs is applyconfiguration-gen's
	// --external-applyconfigurations; nil leaves its default.
	externalApplyconfigs *string
	extraApplyInputs     []string
	// crdDir is where crd (controller-gen's) writes the CRD manifests.
	crdDir string
}

// allGenerators are what gen can run, in the order it runs them.
var allGenerators = []string{"deepcopy", "object", "defaulter", "conversion", "register", "prerelease-lifecycle", "validation", "openapi", "applyconfiguration", "client", "lister", "informer", "crd"}

// genOpenAPIExtraPkgs are the packages kube_codegen.sh's gen_openapi puts
// before the tree's, with resource and intstr added (the types most API
// types refer to besides: with them the definitions are complete, and the
// in-process schema has no dangling reference), and
// genReadonlyPkgs its KUBE_CODEGEN_READONLY_PKGS (--readonly-pkg).
var (
	genOpenAPIExtraPkgs = []string{
		"k8s.io/apimachinery/pkg/apis/meta/v1",
		"k8s.io/apimachinery/pkg/runtime",
		"k8s.io/apimachinery/pkg/version",
		"k8s.io/apimachinery/pkg/api/resource",
		"k8s.io/apimachinery/pkg/util/intstr",
	}
	genReadonlyPkgs = []string{
		"k8s.io/apimachinery/pkg/apis/meta/v1",
		"k8s.io/apimachinery/pkg/api/resource",
		"k8s.io/apimachinery/pkg/runtime",
		"k8s.io/apimachinery/pkg/types",
		"k8s.io/apimachinery/pkg/util/intstr",
		"k8s.io/apimachinery/pkg/version",
		"time",
	}
)

func genCommand() *cobra.Command {
	var o genOptions
	var bf batchFlags
	cmd := &cobra.Command{
		Use:   "gen [flags] PACKAGE...",
		Short: "Generate everything a tree of API packages asks for, on one package load",
		Long: `gen finds, below the given packages, what each generator is asked for — the
way kube_codegen.sh does: +k8s:deepcopy-gen, +k8s:defaulter-gen and
+k8s:conversion-gen and +k8s:prerelease-lifecycle-gen markers for the in-place helpers, +k8s:openapi markers
for the OpenAPI definitions (with gen_openapi's apimachinery packages, and
model names where +k8s:openapi-model-package asks), +genclient types in
<group>/<version> packages for the clientset, listers, informers and apply
configurations — and runs every generator on one package load.

Defaults come from go.mod: output below pkg/generated of the module
(clientset/versioned, listers, informers, applyconfiguration, openapi), the import
path derived from the module path, hack/boilerplate.go.txt as the header
when it exists. Every default can be overridden. Generated files that the
run no longer produces are deleted (--no-prune keeps them); files whose
bytes did not change are not rewritten; a rerun with nothing changed
skips loading entirely.`,
		Example: `  kodegen gen ./pkg/apis/...
  kodegen gen --output-dir internal/client ./api/...       # kubebuilder layout: group from +groupName
  kodegen gen --verify ./pkg/apis/...                      # CI / pre-commit: exit 1 and a diff when stale`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			lines, roots, err := o.commandLines(args)
			if err != nil {
				return err
			}
			if len(lines) == 0 {
				return fmt.Errorf("nothing to generate below %s: no +k8s:deepcopy-gen, +k8s:defaulter-gen, +k8s:conversion-gen, +k8s:prerelease-lifecycle-gen, +k8s:openapi-gen or +genclient markers in <group>/<version> packages", strings.Join(args, " "))
			}
			bf.pruneRoots = append(bf.pruneRoots, roots...)
			return runCommandLines(cmd, lines, &bf)
		},
	}
	Silence(cmd)
	fs := cmd.Flags()
	fs.StringSliceVar(&o.generators, "generators", []string{"deepcopy", "defaulter", "conversion", "prerelease-lifecycle", "openapi", "applyconfiguration", "client", "lister", "informer"},
		"the generators to run, of "+strings.Join(allGenerators, ","))
	fs.StringVar(&o.outputDir, "output-dir", "", "the folder below which the clientset, listers, informers and apply configurations go (default <module>/pkg/generated)")
	fs.StringVar(&o.outputPkg, "output-pkg", "", "the import path of --output-dir (default: derived from go.mod)")
	fs.StringVar(&o.headerFile, "go-header-file", "", "boilerplate header; YEAR is replaced (default <module>/hack/boilerplate.go.txt when it exists)")
	fs.StringVar(&o.clientsetDir, "clientset-dir", "clientset", "the clientset's folder below --output-dir")
	fs.StringVar(&o.clientsetName, "clientset-name", "versioned", "the clientset's package name, a folder below --clientset-dir")
	fs.StringVar(&o.listersDir, "listers-dir", "listers", "the listers' folder below --output-dir")
	fs.StringVar(&o.informersDir, "informers-dir", "informers", "the informers' folder below --output-dir")
	fs.StringVar(&o.applyconfigDir, "applyconfiguration-dir", "applyconfiguration", "the apply configurations' folder below --output-dir")
	fs.StringVar(&o.openapiDir, "openapi-dir", "openapi", "the OpenAPI definitions' folder below --output-dir")
	fs.StringVar(&o.openapiReport, "openapi-report-filename", os.DevNull, `openapi-gen's API rule violation report ("-" for the standard output)`)
	fs.StringVar(&o.openapiModelFile, "openapi-model-name-file", "zz_generated.model_name.go",
		"the model-name file openapi-gen writes into packages with +k8s:openapi-model-package ('' for none)")
	fs.StringVar(&o.pluralExceptions, "plural-exceptions", "", "comma separated Type:PluralizedType exceptions")
	fs.BoolVar(&o.prefersProtobuf, "prefers-protobuf", false, "clientsets that ask for protobuf")
	fs.StringVar(&o.openapiSchema, "openapi-schema", "", "OpenAPI schema for the apply configurations' internal/ package and Extract functions "+
		"("+applyconfig.GeneratedSchema+": the schema of the definitions openapi-gen writes in the same run, built in process; every type the API types refer to needs a definition, see --openapi-extra-pkgs)")
	fs.StringSliceVar(&o.openapiExtra, "openapi-extra-pkgs", nil, "packages openapi-gen reads besides gen_openapi's apimachinery ones (as gen_openapi's --extra-pkgs), e.g. k8s.io/api/core/v1")
	fs.StringSliceVar(&o.extraPeerDirs, "extra-peer-dirs", nil, "extra peer packages for conversion-gen")
	fs.StringVar(&o.crdDir, "crd-dir", "", "where the crd generator (opt-in: --generators ...,crd) writes CRD manifests, as controller-gen's output:crd:artifacts:config (default <module>/config/crd/bases)")
	var externals string
	fs.StringVar(&externals, "external-applyconfigurations", "",
		"applyconfiguration-gen's --external-applyconfigurations: comma separated <type package>.<Type>:<apply configuration package> for types whose apply configurations live elsewhere (default: applyconfiguration-gen's, apimachinery's types to k8s.io/client-go/applyconfigurations; '' for none)")
	fs.StringSliceVar(&o.extraApplyInputs, "extra-applyconfiguration-inputs", nil,
		"more packages to generate apply configurations for, as large clients do with k8s.io/apimachinery/pkg/apis/meta/v1 (comma separated, repeatable)")
	cmd.PreRun = func(cmd *cobra.Command, _ []string) {
		if cmd.Flags().Changed("external-applyconfigurations") {
			o.externalApplyconfigs = &externals
		}
	}
	addBatchFlags(cmd, &bf)
	AddKlogFlags(fs)
	return cmd
}

// listedDir is one package `go list -find` found for a pattern.
type listedDir struct{ importPath, dir string }

var (
	versionLeaf   = regexp.MustCompile(`^v[0-9]+((alpha|beta)[0-9]+)?$`)
	deepcopyTag   = markerScan(markers.DeepcopyGen, "=")
	defaulterTag  = markerScan(markers.DefaulterGen, "=")
	conversionTag = markerScan(markers.ConversionGen, "=")
	groupNameTag  = markerScan(markers.GroupName, "")
	lifecycleTag  = markerScan(markers.PrereleaseLifecycleGen, "=")
	validationTag = markerScan(markers.ValidationGen, "=")
	genclientTag  = markerScan(markers.Genclient, "")
	openapiTag    = regexp.MustCompile(`(?m)^\s*//\s*\+k8s:openapi`) // as gen_openapi greps
	// objectTag: controller-gen's object generator reads its own markers
	// and deepcopy-gen's.
	objectTag = regexp.MustCompile(`(?m)^\s*//\s*\+(` + regexp.QuoteMeta(markers.ObjectGenerate.Name) + `|` +
		regexp.QuoteMeta(markers.ObjectRoot.Name) + `|` + regexp.QuoteMeta(markers.DeepcopyGen.Name) + `)`)
)

// markerScan matches a "// +NAME" comment line (followed by then) in a Go
// file: the cheap scan that decides which generators a package asks for.
func markerScan(d markers.Def, then string) *regexp.Regexp {
	return regexp.MustCompile(`(?m)^\s*//\s*\+` + regexp.QuoteMeta(d.Name+then))
}

// commandLines turns the patterns and options into upstream command lines,
// and returns the folders below which stale output may be pruned.
func (o *genOptions) commandLines(patterns []string) ([][]string, []string, error) {
	if err := errors.Join(o.checkGenerators(), o.checkFolders()); err != nil {
		return nil, nil, err
	}
	modRoot, modPath, err := currentModule()
	if err != nil {
		return nil, nil, err
	}
	if err := o.defaults(modRoot, modPath); err != nil {
		return nil, nil, err
	}
	pkgs, err := findPackages(patterns)
	if err != nil {
		return nil, nil, err
	}
	if len(pkgs) == 0 {
		return nil, nil, fmt.Errorf("%s matched no packages; give the folder of your API packages, e.g. ./pkg/apis/...", strings.Join(patterns, " "))
	}
	if err := o.misspelt(pkgs, modRoot); err != nil {
		return nil, nil, err
	}
	lines := o.helperLines(pkgs)
	lines = append(lines, o.openapiLines(pkgs)...)
	lines = append(lines, o.clientLines(pkgs)...)
	lines = append(lines, o.crdLines(pkgs)...)
	roots := []string{o.outputDir}
	for _, p := range patterns {
		if base, ok := strings.CutSuffix(p, "/..."); ok && (strings.HasPrefix(p, ".") || filepath.IsAbs(p)) {
			roots = append(roots, base)
		}
	}
	return lines, roots, nil
}

// misspelt reports the misspelt markers of the packages that a generator
// of the run reads (+k8s:deepcopygen=package, +groupname=): without this
// scan a package whose only marker is misspelt would be skipped in
// silence, since the scan below looks for the markers as spelt.
func (o *genOptions) misspelt(pkgs []listedDir, modRoot string) error {
	var errs []error
	for _, p := range pkgs {
		entries, err := os.ReadDir(p.dir)
		if err != nil {
			continue
		}
		for _, e := range entries {
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
				continue
			}
			file := filepath.Join(p.dir, e.Name())
			data, err := os.ReadFile(file)
			if err != nil {
				continue
			}
			for _, f := range markers.ScanFile(data) {
				if !o.readBy(f.Near) {
					continue
				}
				name := file
				if rel, err := filepath.Rel(modRoot, file); err == nil && filepath.IsLocal(rel) {
					name = filepath.ToSlash(rel)
				}
				errs = append(errs, &markers.Error{
					Pos: markers.Position{File: name, Line: f.Line}, Sym: markers.Symbol{Pkg: p.importPath}, Name: f.Near.Name,
					Msg: fmt.Sprintf("unknown marker %s: did you mean %s?", markers.Show(f.Marker), f.Near.Marker()),
				})
			}
		}
	}
	return errors.Join(errs...)
}

// readBy reports whether a generator of the run reads d.
func (o *genOptions) readBy(d markers.Def) bool {
	for _, g := range allGenerators {
		tool := g + "-gen"
		if g == "object" {
			tool = object.Tool // controller-gen's object generator
		}
		if o.wants(g) && d.ReadByTool(tool) {
			return true
		}
	}
	return false
}

// helperLines are the in-place generators' lines, each over the packages
// whose files carry its marker.
func (o *genOptions) helperLines(pkgs []listedDir) [][]string {
	var peers []string
	for _, d := range o.extraPeerDirs {
		peers = append(peers, "--extra-peer-dirs", d)
	}
	var readonlyArgs []string
	for _, p := range genReadonlyPkgs {
		readonlyArgs = append(readonlyArgs, "--readonly-pkg", p)
	}
	var lines [][]string
	for _, h := range []struct {
		gen, tool, file string
		marker          *regexp.Regexp
		extra           []string
	}{
		{"deepcopy", "deepcopy-gen", "zz_generated.deepcopy.go", deepcopyTag, nil},
		{"defaulter", "defaulter-gen", "zz_generated.defaults.go", defaulterTag, nil},
		{"conversion", "conversion-gen", "zz_generated.conversion.go", conversionTag, peers},
		{"register", "register-gen", "zz_generated.register.go", groupNameTag, nil},
		{"prerelease-lifecycle", "prerelease-lifecycle-gen", "zz_generated.prerelease-lifecycle.go", lifecycleTag, nil},
		// Opt-in (--generators ...,validation), with gen_helpers'
		// --readonly-pkg list (ObjectMeta, Conditions, Quantity, …).
		{"validation", "validation-gen", "zz_generated.validations.go", validationTag, readonlyArgs},
	} {
		var found []string
		for _, p := range pkgs {
			if dirMatches(p.dir, h.marker) {
				found = append(found, p.importPath)
			}
		}
		if o.wants(h.gen) && len(found) > 0 {
			words := append([]string{h.tool, "--output-file", h.file}, o.headerArgs()...)
			lines = append(lines, append(append(words, h.extra...), found...))
		}
	}
	if o.wants("object") {
		// controller-gen's object generator (opt-in: it writes the file
		// deepcopy-gen writes, its own way); no year, as controller-gen's
		// default.
		var found []string
		for _, p := range pkgs {
			if dirMatches(p.dir, objectTag) {
				found = append(found, p.importPath)
			}
		}
		if len(found) > 0 {
			lines = append(lines, append([]string{"controller-gen-object", "--header-file", o.headerFile}, found...))
		}
	}
	return lines
}

// openapiLines is openapi-gen's line as kube_codegen.sh's gen_openapi
// writes it, over the packages with a +k8s:openapi marker.
func (o *genOptions) openapiLines(pkgs []listedDir) [][]string {
	if !o.wants("openapi") {
		return nil
	}
	var found []string
	for _, p := range pkgs {
		if dirMatches(p.dir, openapiTag) {
			found = append(found, p.importPath)
		}
	}
	if len(found) == 0 {
		return nil
	}
	words := append([]string{"openapi-gen", "--output-file", "zz_generated.openapi.go"}, o.headerArgs()...)
	words = append(words, "--output-dir", filepath.Join(o.outputDir, o.openapiDir), "--output-pkg", path.Join(o.outputPkg, o.openapiDir),
		"--report-filename", o.openapiReport, "--output-model-name-file="+o.openapiModelFile)
	for _, p := range genReadonlyPkgs {
		words = append(words, "--readonly-pkg", p)
	}
	words = append(words, genOpenAPIExtraPkgs...)
	words = append(words, o.openapiExtra...)
	return [][]string{append(words, found...)}
}

// clientLines are the lines of the client side — apply configurations,
// clientset, listers, informers — over the <group>/<version> packages with
// +genclient types.
func (o *genOptions) clientLines(pkgs []listedDir) [][]string {
	var inputs []string
	for _, p := range pkgs {
		if versionLeaf.MatchString(filepath.Base(p.dir)) && dirMatches(p.dir, genclientTag) {
			inputs = append(inputs, p.importPath)
		}
	}
	if len(inputs) == 0 {
		return nil
	}
	out, pkg := o.outputDir, o.outputPkg
	common := append(o.headerArgs(), "--plural-exceptions", o.pluralExceptions)
	var lines [][]string
	applyPkg := ""
	if o.wants("applyconfiguration") {
		applyPkg = path.Join(pkg, o.applyconfigDir)
		words := append([]string{"applyconfiguration-gen", "--output-dir", filepath.Join(out, o.applyconfigDir), "--output-pkg", applyPkg}, o.headerArgs()...)
		if o.openapiSchema != "" {
			words = append(words, "--openapi-schema="+o.openapiSchema)
		}
		if o.externalApplyconfigs != nil {
			words = append(words, "--external-applyconfigurations", *o.externalApplyconfigs)
		}
		words = append(words, inputs...)
		lines = append(lines, append(words, o.extraApplyInputs...))
	}
	if o.wants("client") {
		words := append([]string{"client-gen", "--output-dir", filepath.Join(out, o.clientsetDir), "--output-pkg", path.Join(pkg, o.clientsetDir),
			"--clientset-name", o.clientsetName, "--apply-configuration-package", applyPkg, "--input-base", "",
			fmt.Sprintf("--prefers-protobuf=%v", o.prefersProtobuf)}, common...)
		for _, p := range inputs {
			words = append(words, "--input", p)
		}
		lines = append(lines, words)
	}
	if o.wants("lister") {
		words := append([]string{"lister-gen", "--output-dir", filepath.Join(out, o.listersDir), "--output-pkg", path.Join(pkg, o.listersDir)}, common...)
		lines = append(lines, append(words, inputs...))
	}
	if o.wants("informer") {
		words := append([]string{"informer-gen", "--output-dir", filepath.Join(out, o.informersDir), "--output-pkg", path.Join(pkg, o.informersDir),
			"--versioned-clientset-package", path.Join(pkg, o.clientsetDir, o.clientsetName), "--listers-package", path.Join(pkg, o.listersDir)}, common...)
		lines = append(lines, append(words, inputs...))
	}
	return lines
}

// crdLines is controller-gen's crd over the <group>/<version> packages
// with a +groupName, when --generators asks for crd.
func (o *genOptions) crdLines(pkgs []listedDir) [][]string {
	if !o.wants("crd") {
		return nil
	}
	line := []string{"controller-gen", "crd"}
	for _, p := range pkgs {
		if versionLeaf.MatchString(filepath.Base(p.dir)) && dirMatches(p.dir, groupNameTag) {
			line = append(line, "paths="+p.importPath)
		}
	}
	if len(line) == 2 {
		return nil
	}
	return [][]string{append(line, "output:crd:artifacts:config="+o.crdDir)}
}

func (o *genOptions) headerArgs() []string { return []string{"--go-header-file", o.headerFile} }

func (o *genOptions) checkGenerators() error {
	for _, g := range o.generators {
		if !slices.Contains(allGenerators, strings.TrimSuffix(g, "-gen")) {
			return fmt.Errorf("--generators: unknown generator %q%s: want some of %s", g, didYouMean(strings.TrimSuffix(g, "-gen"), allGenerators), strings.Join(allGenerators, ","))
		}
	}
	if o.wants("deepcopy") && o.wants("object") {
		return errors.New("--generators: deepcopy (deepcopy-gen's) and object (controller-gen's) both write zz_generated.deepcopy.go; give one of them")
	}
	return nil
}

func (o *genOptions) wants(gen string) bool {
	for _, g := range o.generators {
		if strings.TrimSuffix(g, "-gen") == gen {
			return true
		}
	}
	return false
}

// checkFolders checks the folder flags that are relative to another: they
// must stay below it (an --output-dir the user names may be anywhere).
func (o *genOptions) checkFolders() error {
	var errs []error
	for _, f := range []struct{ flag, value, base string }{
		{"clientset-dir", o.clientsetDir, "--output-dir"},
		{"listers-dir", o.listersDir, "--output-dir"},
		{"informers-dir", o.informersDir, "--output-dir"},
		{"applyconfiguration-dir", o.applyconfigDir, "--output-dir"},
		{"clientset-name", o.clientsetName, "--clientset-dir"},
	} {
		switch {
		case f.value == "":
			errs = append(errs, fmt.Errorf("--%s is empty; give a folder below %s", f.flag, f.base))
		default:
			errs = append(errs, output.Below(f.flag, f.value, f.base))
		}
	}
	return errors.Join(errs...)
}

// defaults fills what was not given from the module.
func (o *genOptions) defaults(modRoot, modPath string) error {
	if o.outputDir == "" {
		o.outputDir = filepath.Join(modRoot, "pkg", "generated")
	}
	if o.outputPkg == "" {
		abs, err := filepath.Abs(o.outputDir)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(modRoot, abs)
		if err != nil || strings.HasPrefix(rel, "..") {
			return fmt.Errorf("--output-dir %s is outside the module at %s: give --output-pkg too", o.outputDir, modRoot)
		}
		o.outputPkg = path.Join(modPath, filepath.ToSlash(rel))
	} else if err := outputLocation(o.outputDir, o.outputPkg); err != nil {
		return err // the single tools only warn; gen's layout is its own
	}
	if o.crdDir == "" {
		o.crdDir = filepath.Join(modRoot, "config", "crd", "bases")
	}
	if o.headerFile == "" {
		if p := filepath.Join(modRoot, "hack", "boilerplate.go.txt"); fileExists(p) {
			o.headerFile = p
		}
	}
	return nil
}

// currentModule asks the go command for the main module's folder and path.
func currentModule() (root, modPath string, err error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}\t{{.Path}}").Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return "", "", fmt.Errorf("finding the module (go list -m): %s", bytes.TrimSpace(ee.Stderr))
		}
		return "", "", err
	}
	first := strings.SplitN(strings.TrimSpace(string(out)), "\n", 2)[0]
	dir, p, ok := strings.Cut(first, "\t")
	if !ok || dir == "" {
		return "", "", errors.New("not in a Go module: run kodegen gen from a module (go.mod), or give --output-dir and --output-pkg")
	}
	return dir, p, nil
}

// findPackages lists the packages patterns match, without loading them.
func findPackages(patterns []string) ([]listedDir, error) {
	args := append([]string{"list", "-find", "-e", "-f", "{{.ImportPath}}\t{{.Dir}}", "--"}, patterns...)
	var stderr bytes.Buffer
	c := exec.Command("go", args...)
	c.Stderr = &stderr
	out, err := c.Output()
	if err != nil {
		return nil, fmt.Errorf("go list %s: %v\n%s", strings.Join(patterns, " "), err, stderr.String())
	}
	var pkgs []listedDir
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if ip, dir, ok := strings.Cut(line, "\t"); ok && dir != "" {
			pkgs = append(pkgs, listedDir{ip, dir})
		}
	}
	sort.Slice(pkgs, func(i, j int) bool { return pkgs[i].importPath < pkgs[j].importPath })
	return pkgs, nil
}

// dirMatches reports whether a Go file directly in dir matches re.
func dirMatches(dir string, re *regexp.Regexp) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		if data, err := os.ReadFile(filepath.Join(dir, e.Name())); err == nil && re.Match(data) {
			return true
		}
	}
	return false
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// didYouMean is " (did you mean "x"?)" when s is a typo of one of known.
func didYouMean(s string, known []string) string {
	set := map[string]bool{}
	for _, k := range known {
		set[k] = true
	}
	if best := markers.Closest(s, set); best != "" {
		return fmt.Sprintf(" (did you mean %q?)", best)
	}
	return ""
}
