package register

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"k8s.io/gengo/v2"
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"
	"k8s.io/klog/v2"

	"github.com/kodegen/kodegen/generators/internal/apilint"
	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/markers"
)

// handWrittenFile is the file whose presence means the package registers
// itself.
const handWrittenFile = "register.go"

// planTargets returns a target per input package that gets a generated
// registration.
func planTargets(c *generator.Context, env *engine.Env, cfg Config) ([]generator.Target, error) {
	header, err := engine.Boilerplate(cfg.HeaderFile, gengo.StdBuildTag, Tool)
	if err != nil {
		return nil, err
	}
	var targets []generator.Target
	var errs []error
	for _, p := range c.Inputs {
		pkg := c.Universe.Package(p)
		t, err := planPackage(env, cfg, pkg, header)
		if err != nil {
			errs = append(errs, err)
		} else if t != nil {
			targets = append(targets, t)
		}
	}
	return targets, errors.Join(errs...)
}

// planPackage returns pkg's target, or nil when pkg gets no file.
func planPackage(env *engine.Env, cfg Config, pkg *types.Package, header []byte) (generator.Target, error) {
	for _, f := range env.Lint(pkg) {
		if f.Sym.Name == "" { // register-gen reads only package markers
			env.Warn(f.Error)
		}
	}
	if err := apilint.Check(pkg, cfg.LintRules); err != nil {
		return nil, err
	}
	on, err := activated(env, pkg)
	if err != nil || !on {
		return nil, err
	}
	internal, found := hasInternalTypes(pkg)
	switch {
	case !found:
		klog.V(5).Infof("%s: no type has a TypeMeta field; skipped", pkg.Path)
		return nil, nil
	case internal:
		klog.V(5).Infof("%s: internal types (TypeMeta has no json tag); skipped", pkg.Path)
		return nil, nil
	}
	switch _, err := os.Stat(filepath.Join(pkg.Dir, handWrittenFile)); {
	case err == nil:
		klog.V(5).Infof("%s: has a hand-written %s; skipped", pkg.Path, handWrittenFile)
		return nil, nil
	case !os.IsNotExist(err):
		return nil, fmt.Errorf("%s: %w", pkg.Path, err)
	}
	group, version, err := groupVersion(pkg)
	if err != nil {
		return nil, err
	}
	gen := &genRegister{
		GoGenerator: generator.GoGenerator{OutputFilename: cfg.OutputFile},
		pkg:         pkg.Path,
		group:       group,
		version:     version,
		kinds:       kinds(pkg),
		imports:     generator.NewImportTrackerForPackage(pkg.Path),
	}
	return &generator.SimpleTarget{
		PkgName:        pkg.Name,
		PkgPath:        pkg.Path,
		PkgDir:         pkg.Dir,
		HeaderComment:  header,
		GeneratorsFunc: func(*generator.Context) []generator.Generator { return []generator.Generator{gen} },
	}, nil
}

// groupName is +groupName as upstream's register-gen reads it.
var groupName = markers.GroupName.With(markers.Legacy)

// activated reads +k8s:register-gen, falling back to +groupName.
func activated(env *engine.Env, pkg *types.Package) (bool, error) {
	src := markers.PackageLines(pkg)
	v, ok, err := markers.RegisterGen.Get(src)
	switch {
	case err != nil:
		return false, err
	case ok && v == "false":
		return false, nil
	case ok:
		if v != "true" {
			// Upstream takes any value but false as true.
			env.Warn(markers.RegisterGen.Errorf(src.Sym, v, "%s=%s: want true or false; taken as true", markers.RegisterGen.Marker(), v))
		}
		return true, nil
	}
	_, hasGroup, err := groupName.Get(src)
	return hasGroup, err
}

// hasInternalTypes looks at the first type (by name) with a TypeMeta
// field: internal types have no json tag on it. found is false when no type
// has one.
func hasInternalTypes(pkg *types.Package) (internal, found bool) {
	for _, name := range sortedNames(pkg.Types) {
		for _, m := range pkg.Types[name].Members {
			if m.Name == "TypeMeta" {
				return !strings.Contains(m.Tags, "json"), true
			}
		}
	}
	return false, false
}

// groupVersion is the group and version of pkg: the last two elements of
// its import path, the group overridden by +groupName.
func groupVersion(pkg *types.Package) (group, version string, err error) {
	parts := strings.Split(pkg.Path, "/")
	if len(parts) < 2 {
		return "", "", fmt.Errorf("%s: the import path must end in <group>/<version>", pkg.Path)
	}
	group, version = parts[len(parts)-2], parts[len(parts)-1]
	if g, ok, err := groupName.Get(markers.PackageLines(pkg)); err != nil {
		return "", "", err
	} else if ok {
		group = g
	}
	return group, version, nil
}

// kinds are the names of the types embedding TypeMeta, sorted.
func kinds(pkg *types.Package) []string {
	var out []string
	for _, name := range sortedNames(pkg.Types) {
		for _, m := range pkg.Types[name].Members {
			if m.Name == "TypeMeta" && m.Embedded {
				out = append(out, pkg.Types[name].Name.Name)
				break
			}
		}
	}
	return out
}

func sortedNames(m map[string]*types.Type) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
