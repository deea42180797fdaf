package openapi

import (
	"errors"
	"fmt"
	"path"
	"slices"

	"k8s.io/gengo/v2"
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
	"k8s.io/klog/v2"
	"k8s.io/kube-openapi/cmd/openapi-gen/args"
	kubeopenapi "k8s.io/kube-openapi/pkg/generators"

	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/markers"
)

// planTargets gives kube-openapi the universe its own load would hold,
// checks what would stop it, and returns the model-name targets (one per
// input package with +k8s:openapi-model-package, when asked for) and the
// definitions' target, whose report goes to the file set.
func planTargets(c *generator.Context, env *engine.Env, cfg Config, systems namer.NameSystems, defaultSystem string) ([]generator.Target, error) {
	boilerplate, err := engine.Boilerplate(cfg.HeaderFile, gengo.StdBuildTag, Tool)
	if err != nil {
		return nil, err
	}
	// kube-openapi's output depends on the whole universe: plan and
	// render over upstream's view of it (the context is this generator's own).
	*c = *engine.NewContext(upstreamView(c.Universe, c.Inputs), c.Inputs, systems, defaultSystem)

	var targets []generator.Target
	errs := checkOpenAPIGenValues(c.Universe, c.Inputs)
	if cfg.OutputModelNameFile != "" {
		t, err := modelNameTargets(c, env, cfg, boilerplate)
		targets = append(targets, t...)
		errs = append(errs, err)
	}

	a := &args.Args{
		OutputDir:      cfg.OutputDir,
		OutputPkg:      cfg.OutputPkg,
		OutputFile:     cfg.OutputFile,
		GoHeaderFile:   cfg.HeaderFile,
		ReportFilename: cfg.ReportFilename,
	}
	upstream := kubeopenapi.GetOpenAPITargets(c, a, boilerplate)
	delete(c.FileTypes, apiViolationFileType) // its file is the set's, not kube-openapi's
	if len(upstream) != 1 {
		return nil, fmt.Errorf("kube-openapi planned %d definition targets, expected 1", len(upstream))
	}
	def := upstream[0]

	// What would make kube-openapi exit or panic, checked over the types
	// it will write.
	var generated []*types.Type
	for _, t := range c.Order {
		if t.Kind == types.Struct && !namer.IsPrivateGoName(t.Name.Name) && def.Filter(c, t) {
			generated = append(generated, t)
			errs = append(errs, checkUnions(t)...)
			errs = append(errs, checkFieldMarkers(t)...)
		}
	}
	errs = append(errs, checkModelPackages(c.Universe, generated)...)
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}

	enums := newEnumView(c.Universe)
	targets = append(targets, &generator.SimpleTarget{
		PkgName:       path.Base(cfg.OutputPkg),
		PkgPath:       cfg.OutputPkg,
		PkgDir:        cfg.OutputDir,
		HeaderComment: boilerplate,
		FilterFunc:    def.Filter,
		GeneratorsFunc: func(c *generator.Context) []generator.Generator {
			var gens []generator.Generator
			for _, g := range def.Generators(c) {
				if g.FileType() == apiViolationFileType {
					gens = append(gens, genReport{Generator: g, path: cfg.ReportFilename})
					continue
				}
				gens = append(gens, genDefinitions{Generator: g, enums: enums})
			}
			return gens
		},
	})
	return targets, nil
}

// modelNameTargets are kube-openapi's model-name targets: for every input
// package with +k8s:openapi-model-package (on the package or on one of its
// struct types), the model-name file in the package itself. Packages named
// by --readonly-pkg are skipped as upstream skips them; so is a package in
// the module cache or GOROOT, which upstream would try to write into.
func modelNameTargets(c *generator.Context, env *engine.Env, cfg Config, boilerplate []byte) ([]generator.Target, error) {
	var targets []generator.Target
	var errs []error
	for _, input := range c.Inputs {
		pkg := c.Universe[input]
		if pkg == nil || slices.Contains(cfg.ReadOnlyPkgs, pkg.Path) {
			continue
		}
		pkgModel, err := modelPackage(markers.PackageLines(pkg))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		candidate := false
		for _, name := range sortedKeys(pkg.Types) {
			t := pkg.Types[name]
			v, err := modelPackage(markers.DocLines(t))
			if err != nil {
				errs = append(errs, err)
				continue
			}
			if (pkgModel != "" || v != "") && schemaNameType(t) {
				candidate = true
			}
		}
		if !candidate {
			continue
		}
		if why, ro := env.ReadOnly(pkg.Path); ro {
			klog.V(3).Infof("%s: no %s: %s (read-only)", pkg.Path, cfg.OutputModelNameFile, why)
			continue
		}
		targets = append(targets, &generator.SimpleTarget{
			PkgName:       path.Base(pkg.Path),
			PkgPath:       pkg.Path,
			PkgDir:        pkg.Dir,
			HeaderComment: boilerplate,
			FilterFunc: func(_ *generator.Context, t *types.Type) bool {
				return t.Name.Package == pkg.Path
			},
			GeneratorsFunc: func(*generator.Context) []generator.Generator {
				return []generator.Generator{kubeopenapi.NewSchemaNameGen(cfg.OutputModelNameFile, pkg.Path, pkgModel)}
			},
		})
	}
	return targets, errors.Join(errs...)
}

// schemaNameType is kube-openapi's test for a type that gets a model name:
// an exported struct, or an exported alias of one.
func schemaNameType(t *types.Type) bool {
	if namer.IsPrivateGoName(t.Name.Name) {
		return false
	}
	for t.Kind == types.Alias {
		t = t.Underlying
	}
	return t.Kind == types.Struct
}

func sortedKeys(m map[string]*types.Type) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
