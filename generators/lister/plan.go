package lister

import (
	"errors"
	"path"
	"path/filepath"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/apitypes"
	"github.com/kodegen/kodegen/generators/internal/naming"
	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/markers"
)

// Tool is the upstream tool lister-gen replaces; it names it in every header.
const Tool = "lister-gen"

type gen struct {
	cfg        Config
	exceptions map[string]string
}

// New returns the lister generator for cfg.
func New(cfg Config) (engine.Generator, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	ex, _ := naming.ParsePluralExceptions(cfg.PluralExceptions)
	return &gen{cfg: cfg, exceptions: ex}, nil
}

func (g *gen) Name() string                   { return Tool }
func (g *gen) Inputs() []string               { return g.cfg.Inputs }
func (g *gen) DefaultNameSystem() string      { return "public" }
func (g *gen) OutputRoots() []string          { return []string{g.cfg.OutputDir} }
func (g *gen) NameSystems() namer.NameSystems { return apitypes.NameSystems(g.exceptions) }

func fileName(t *types.Type) string { return strings.ToLower(t.Name.Name) + ".go" }

func (g *gen) Targets(c *generator.Context, env *engine.Env) ([]generator.Target, error) {
	header, err := engine.Boilerplate(g.cfg.HeaderFile, "", Tool)
	if err != nil {
		return nil, err
	}
	var targets []generator.Target
	var errs []error
	lint := apitypes.NewLinter(env)
	for _, pkgPath := range c.Inputs {
		p := c.Universe.Package(pkgPath)
		ap, err := apitypes.ReadEnabledAPIPackage(lint, p, markers.ListerGen, g.cfg.LintRules)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if ap == nil {
			continue
		}
		list := ap.Select(func(at apitypes.APIType) bool { return at.Tags.HasVerb("list") && at.Tags.HasVerb("get") })
		if len(list) == 0 {
			continue
		}
		if err := apitypes.CheckDeclared(env, p, "Resource", "the listers", "func Resource(resource string) schema.GroupResource"); err != nil {
			errs = append(errs, err)
			continue
		}
		t, err := g.target(env, ap, list, header)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		targets = append(targets, t)
	}
	return targets, errors.Join(errs...)
}

func (g *gen) target(env *engine.Env, ap *apitypes.APIPackage, list []apitypes.APIType, header []byte) (generator.Target, error) {
	gv := ap.PathGroupVersion
	sub := path.Join(strings.ToLower(gv.Group.NonEmpty()), gv.Version.PackageName())
	dir := filepath.Join(g.cfg.OutputDir, filepath.FromSlash(sub))
	pkgPath := path.Join(g.cfg.OutputPkg, sub)
	var expand []apitypes.APIType
	for _, at := range list {
		handWritten, err := env.Exists(filepath.Join(dir, strings.ToLower(at.Type.Name.Name)+"_expansion.go"))
		if err != nil {
			return nil, err
		}
		if !handWritten {
			expand = append(expand, at)
		}
	}
	return &generator.SimpleTarget{
		PkgName:       gv.Version.PackageName(),
		PkgPath:       pkgPath,
		PkgDir:        dir,
		HeaderComment: header,
		FilterFunc:    apitypes.NoTypes,
		GeneratorsFunc: func(*generator.Context) []generator.Generator {
			gens := []generator.Generator{newGenExpansion(expand)}
			for _, at := range list {
				gens = append(gens, newGenLister(pkgPath, at))
			}
			return gens
		},
	}, nil
}
