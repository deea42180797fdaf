package lister

import (
	"errors"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"

	"github.com/kodegen/kodegen/generators/internal/apitypes"
	"github.com/kodegen/kodegen/generators/internal/naming"
	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/markers"
)

// Tool is the upstream tool lister-gen replaces; it names it in every header.
const Tool = "lister-gen"

// tool is lister-gen for one Config; it implements engine.Generator.
type tool struct {
	cfg        Config
	exceptions map[string]string
}

// New returns the lister generator for cfg.
func New(cfg Config) (engine.Generator, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	ex, _ := naming.ParsePluralExceptions(cfg.PluralExceptions)
	return &tool{cfg: cfg, exceptions: ex}, nil
}

func (g *tool) Name() string                   { return Tool }
func (g *tool) Inputs() []string               { return g.cfg.Inputs }
func (g *tool) DefaultNameSystem() string      { return "public" }
func (g *tool) OutputRoots() []string          { return []string{g.cfg.OutputDir} }
func (g *tool) NameSystems() namer.NameSystems { return apitypes.NameSystems(g.exceptions) }

func (g *tool) Targets(c *generator.Context, env *engine.Env) ([]generator.Target, error) {
	header, err := engine.Boilerplate(g.cfg.HeaderFile, "", Tool)
	if err != nil {
		return nil, err
	}
	var targets []generator.Target
	var errs []error
	lint := apitypes.NewLinter(env)
	for _, pkgPath := range c.Inputs {
		p := c.Universe.Package(pkgPath)
		ap, err := apitypes.ReadEnabledAPIPackage(lint, p, markers.ListerGen, g.cfg.LintRules, g.cfg.Target)
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
		if err := naming.CheckPlurals(apitypes.Types(list), g.exceptions); err != nil {
			errs = append(errs, err)
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
