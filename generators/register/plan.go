package register

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"k8s.io/gengo/v2"
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"
	"k8s.io/klog/v2"

	"github.com/kodegen/kodegen/generators/internal/apilint"
	"github.com/kodegen/kodegen/generators/internal/registered"
	"github.com/kodegen/kodegen/generators/internal/snippet"
	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/kversion"
	"github.com/kodegen/kodegen/internal/markers"
)

// markerActivation: from v0.37 register-gen writes for a package that asks
// (+k8s:register-gen, else +groupName); before, for every input package
// (and the marker is an error: that release ignores it).
var markerActivation = kversion.From(false, kversion.V0_37, true)

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
	rest, err := env.LintSplit(pkg)
	for _, f := range rest {
		if f.Sym.Name == "" { // register-gen reads only package markers
			env.Warn(f.Error)
		}
	}
	if err != nil {
		return nil, err
	}
	if err := apilint.Check(pkg, cfg.LintRules); err != nil {
		return nil, err
	}
	if markerActivation.At(cfg.Target) {
		on, odd, err := registered.Activated(pkg)
		if err != nil || !on {
			return nil, err
		}
		if odd != "" {
			// Upstream takes any value but false as true.
			env.Warn(markers.RegisterGen.Errorf(markers.PackageLines(pkg).Sym, odd, "%s=%s: want true or false; taken as true", markers.RegisterGen.Marker(), odd))
		}
	} else if err := markers.RegisterGen.CheckTarget(markers.PackageLines(pkg), cfg.Target); err != nil {
		return nil, err
	}
	internal, found := registered.TypeMeta(pkg)
	switch {
	case !found:
		klog.V(5).Infof("%s: no type has a TypeMeta field; skipped", pkg.Path)
		return nil, nil
	case internal:
		klog.V(5).Infof("%s: internal types (TypeMeta has no json tag); skipped", pkg.Path)
		return nil, nil
	}
	switch hw, err := registered.HandWritten(env, pkg); {
	case err != nil:
		return nil, fmt.Errorf("%s: %w", pkg.Path, err)
	case hw:
		klog.V(5).Infof("%s: has a hand-written %s; skipped", pkg.Path, registered.HandWrittenFile)
		return nil, nil
	}
	group, version, err := groupVersion(pkg)
	if err != nil {
		return nil, err
	}
	gen := &genRegister{
		File:    snippet.NewFileAt(cfg.OutputFile, pkg.Path, cfg.Target),
		group:   group,
		version: version,
		kinds:   kinds(pkg),
		target:  cfg.Target,
	}
	gen.PlainImports(plainImports.At(cfg.Target)...)
	return &generator.SimpleTarget{
		PkgName:        pkg.Name,
		PkgPath:        pkg.Path,
		PkgDir:         pkg.Dir,
		HeaderComment:  header,
		GeneratorsFunc: func(*generator.Context) []generator.Generator { return []generator.Generator{gen} },
	}, nil
}

// groupVersion is the group and version of pkg: the last two elements of
// its import path, the group overridden by +groupName.
func groupVersion(pkg *types.Package) (group, version string, err error) {
	parts := strings.Split(pkg.Path, "/")
	if len(parts) < 2 {
		return "", "", fmt.Errorf("%s: the import path must end in <group>/<version>", pkg.Path)
	}
	group, version = parts[len(parts)-2], parts[len(parts)-1]
	if g, ok, err := registered.GroupName.Get(markers.PackageLines(pkg)); err != nil {
		return "", "", err
	} else if ok {
		group = g
	}
	return group, version, nil
}

// kinds are the names of the types embedding TypeMeta, sorted.
func kinds(pkg *types.Package) []string {
	var out []string
	for _, name := range slices.Sorted(maps.Keys(pkg.Types)) {
		for _, m := range pkg.Types[name].Members {
			if m.Name == "TypeMeta" && m.Embedded {
				out = append(out, pkg.Types[name].Name.Name)
				break
			}
		}
	}
	return out
}
