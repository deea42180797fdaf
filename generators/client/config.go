package client

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/mod/modfile"

	"github.com/kodegen/kodegen/generators/internal/apilint"
	"github.com/kodegen/kodegen/generators/internal/naming"
)

// Config is everything client-gen's flags say.
type Config struct {
	// OutputDir is the directory the clientset folder is written below.
	OutputDir string
	// OutputPkg is the import path of OutputDir.
	OutputPkg string
	// HeaderFile is the boilerplate put on top of every file ("" for none).
	HeaderFile string
	// Inputs are the --input values: "group/version", "group" (internal
	// version) or "path/group/version", in the order given.
	Inputs []string
	// InputBase is prefixed to every input to form its package path.
	InputBase string
	// IncludedTypes maps "group/version" to the only type names to generate
	// clients for in it, instead of those marked +genclient.
	IncludedTypes map[string][]string
	// ClientsetName is the name of the clientset package.
	ClientsetName string
	// ClientsetAPIPath is the default API path of non-core groups.
	ClientsetAPIPath string
	// ClientsetOnly leaves out the typed clients.
	ClientsetOnly bool
	// FakeClient generates the fake clientset and typed fakes.
	FakeClient bool
	// PluralExceptions are "Type:Plural" items.
	PluralExceptions []string
	// ApplyConfigurationPackage, when set, adds Apply methods built on the
	// apply configurations generated there.
	ApplyConfigurationPackage string
	// PrefersProtobuf makes the clients ask for protobuf.
	PrefersProtobuf bool
	// LintRules are apidefinitions lint rules (known-tags-only,
	// require-explicit-disablement).
	LintRules []string
}

// Defaults are upstream's flag defaults.
func Defaults() Config {
	return Config{
		InputBase:        "k8s.io/kubernetes/pkg/apis",
		ClientsetName:    "internalclientset",
		ClientsetAPIPath: "/apis",
		FakeClient:       true,
	}
}

// Validate reports every problem with c at once, naming the flag.
func (c Config) Validate() error {
	var errs []error
	if c.OutputDir == "" {
		errs = append(errs, errors.New("--output-dir must be specified"))
	}
	if c.OutputPkg == "" {
		errs = append(errs, errors.New("--output-pkg must be specified"))
	}
	if c.ClientsetName == "" {
		errs = append(errs, errors.New("--clientset-name must be specified"))
	}
	if c.ClientsetAPIPath == "" {
		errs = append(errs, errors.New("--clientset-api-path cannot be empty"))
	}
	if _, err := naming.ParsePluralExceptions(c.PluralExceptions); err != nil {
		errs = append(errs, err)
	}
	if err := apilint.Validate(c.LintRules); err != nil {
		errs = append(errs, err)
	}
	if _, err := c.groups(); err != nil {
		errs = append(errs, err)
	}
	if c.OutputDir != "" && c.OutputPkg != "" {
		if err := checkOutputLocation(c.OutputDir, c.OutputPkg); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// checkOutputLocation checks that --output-dir is the folder of
// --output-pkg when both lie in the module of the current directory
// (upstream silently writes clients that import the wrong paths).
func checkOutputLocation(dir, pkg string) error {
	root, module := moduleRoot()
	if root == "" {
		return nil
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	rel, err := filepath.Rel(root, abs)
	inDir := err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
	inPkg := pkg == module || strings.HasPrefix(pkg, module+"/")
	if !inDir || !inPkg {
		return nil
	}
	want := path.Join(module, filepath.ToSlash(rel))
	if want != pkg {
		return fmt.Errorf("--output-dir %s is package %s in module %s, but --output-pkg is %s; make them agree (--output-pkg %s)", dir, want, module, pkg, want)
	}
	return nil
}

// moduleRoot finds the go.mod above the current directory and returns its
// folder and module path ("" when there is none).
func moduleRoot() (dir, module string) {
	wd, err := os.Getwd()
	if err != nil {
		return "", ""
	}
	for d := wd; ; d = filepath.Dir(d) {
		if data, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil {
			return d, modfile.ModulePath(data)
		}
		if filepath.Dir(d) == d {
			return "", ""
		}
	}
}

// groupVersions is one API group of the clientset and its versions, in
// the order given on the command line.
type groupVersions struct {
	// PackageName is the group's folder name in typed/ (from --input).
	PackageName string
	// Group is the API group; +groupName overrides the --input name.
	Group    naming.Group
	Versions []packageVersion
}

// packageVersion is one version of a group and the package that holds it.
type packageVersion struct {
	Version naming.Version
	// Package is the input package: an import path, or a directory when
	// --input-base is one.
	Package string
}

// groups turns --input and --input-base into the groups of the clientset,
// sorted by group, versions in the order given.
func (c Config) groups() ([]groupVersions, error) {
	byGroup := map[naming.Group]*groupVersions{}
	var errs []error
	for _, in := range c.Inputs {
		prefix, gvs := naming.SplitPathGroupVersion(in)
		gv, err := naming.ParseGroupVersion(gvs)
		if err != nil {
			errs = append(errs, fmt.Errorf("--input %s: %w", in, err))
			continue
		}
		pv := packageVersion{
			Version: gv.Version,
			Package: path.Join(c.InputBase, prefix, gv.Group.NonEmpty(), string(gv.Version)),
		}
		g := byGroup[gv.Group]
		if g == nil {
			g = &groupVersions{PackageName: gv.Group.NonEmpty(), Group: gv.Group}
			byGroup[gv.Group] = g
		}
		for _, v := range g.Versions {
			if v.Version == pv.Version {
				errs = append(errs, fmt.Errorf("--input %s: version %s of group %s given twice", in, gv.Version.NonEmpty(), gv.Group.NonEmpty()))
			}
		}
		g.Versions = append(g.Versions, pv)
	}
	names := make([]string, 0, len(byGroup))
	for g := range byGroup {
		names = append(names, string(g))
	}
	sort.Strings(names)
	out := make([]groupVersions, 0, len(names))
	for _, n := range names {
		out = append(out, *byGroup[naming.Group(n)])
	}
	return out, errors.Join(errs...)
}

// packages are the input packages of every group/version, sorted.
func (c Config) packages() []string {
	groups, _ := c.groups()
	var pkgs []string
	for _, g := range groups {
		for _, v := range g.Versions {
			pkgs = append(pkgs, v.Package)
		}
	}
	sort.Strings(pkgs)
	return pkgs
}

// ParseIncludedTypes parses --included-types-overrides items
// ("group/version/Type", or "group/Type" for an internal version).
func ParseIncludedTypes(items []string) (map[string][]string, error) {
	out := map[string][]string{}
	var errs []error
	for _, item := range items {
		parts := strings.Split(item, "/")
		var gvs, typ string
		switch len(parts) {
		case 2:
			gvs, typ = parts[0]+"/", parts[1]
		case 3:
			gvs, typ = parts[0]+"/"+parts[1], parts[2]
		default:
			errs = append(errs, fmt.Errorf("--included-types-overrides: %q: want group/version/Type", item))
			continue
		}
		gv, err := naming.ParseGroupVersion(gvs)
		if err != nil {
			errs = append(errs, fmt.Errorf("--included-types-overrides: %q: %w", item, err))
			continue
		}
		out[gv.String()] = append(out[gv.String()], typ)
	}
	return out, errors.Join(errs...)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
