package client

import (
	"path/filepath"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"

	"github.com/kodegen/kodegen/generators/internal/naming"
	"github.com/kodegen/kodegen/internal/engine"
)

// Tool is the upstream tool client-gen replaces; generated files name it.
const Tool = "client-gen"

// tool is client-gen for one Config; it implements engine.Generator.
type tool struct {
	cfg        Config
	exceptions map[string]string
}

var _ engine.Generator = (*tool)(nil)

// New returns client-gen for cfg, or cfg's problems.
func New(cfg Config) (engine.Generator, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	ex, _ := naming.ParsePluralExceptions(cfg.PluralExceptions)
	return &tool{cfg: cfg, exceptions: ex}, nil
}

// Name implements engine.Generator.
func (g *tool) Name() string { return Tool }

// Inputs are the package of every --input group/version.
func (g *tool) Inputs() []string { return g.cfg.packages() }

// OutputRoots is the clientset folder.
func (g *tool) OutputRoots() []string {
	return []string{filepath.Join(g.cfg.OutputDir, g.cfg.ClientsetName)}
}

// DefaultNameSystem implements engine.Generator.
func (g *tool) DefaultNameSystem() string { return "public" }

// NameSystems are the namers client-gen's templates use.
func (g *tool) NameSystems() namer.NameSystems {
	ns := naming.PluralNameSystems(g.exceptions)
	ns["singularKind"] = namer.NewPublicNamer(0)
	ns["public"] = namer.NewPublicNamer(0)
	ns["private"] = namer.NewPrivateNamer(0)
	ns["raw"] = namer.NewRawNamer("", nil)
	return ns
}

// Targets plans the clientset, its scheme and fakes, and a typed client
// (and fake) per group/version.
func (g *tool) Targets(c *generator.Context, env *engine.Env) ([]generator.Target, error) {
	r, err := g.plan(c, env)
	if err != nil {
		return nil, err
	}
	targets := []generator.Target{r.clientsetTarget(), r.schemeTarget()}
	if r.cfg.FakeClient {
		targets = append(targets, r.fakeClientsetTarget())
	}
	if r.cfg.ClientsetOnly {
		return targets, nil
	}
	for _, grp := range r.groups {
		for _, v := range grp.Versions {
			gv := r.groupVersion(grp, v)
			targets = append(targets, r.typedTarget(gv))
			if r.cfg.FakeClient {
				targets = append(targets, r.fakeTypedTarget(gv))
			}
		}
	}
	return targets, nil
}
