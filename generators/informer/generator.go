package informer

import (
	"fmt"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"

	"github.com/kodegen/kodegen/generators/internal/apitypes"
	"github.com/kodegen/kodegen/generators/internal/naming"
	"github.com/kodegen/kodegen/internal/engine"
)

// Tool is the upstream tool informer-gen replaces; it names it in every header.
const Tool = "informer-gen"

// tool is informer-gen for one Config; it implements engine.Generator.
type tool struct {
	cfg        Config
	exceptions map[string]string
}

// New returns the informer generator for cfg.
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
	external, internal := g.trees()
	goNames, err := g.plan(c, env, external, internal)
	if err != nil {
		return nil, err
	}
	var targets []generator.Target
	for _, tr := range []*tree{external, internal} {
		if len(tr.groups) == 0 {
			continue
		}
		if tr.clientset == "" {
			return nil, fmt.Errorf("--internal-clientset-package must be specified: %s hold internal types (their ObjectMeta has no json tag)", strings.Join(tr.packages(), ", "))
		}
		targets = append(targets, g.treeTargets(tr, goNames, header)...)
	}
	return targets, nil
}
