package register

import (
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"

	"github.com/kodegen/kodegen/internal/engine"
)

// Tool is the upstream tool name in the generated-by line.
const Tool = "register-gen"

// New returns the register generator for cfg, or every problem with cfg.
func New(cfg Config) (engine.Generator, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &tool{cfg: cfg}, nil
}

// tool is register-gen for one Config; it implements engine.Generator.
type tool struct {
	cfg Config
}

func (g *tool) Name() string     { return Tool }
func (g *tool) Inputs() []string { return g.cfg.Inputs }

func (g *tool) NameSystems() namer.NameSystems {
	return namer.NameSystems{"public": namer.NewPublicNamer(0)}
}

func (g *tool) DefaultNameSystem() string { return "public" }

func (g *tool) Targets(c *generator.Context, env *engine.Env) ([]generator.Target, error) {
	return planTargets(c, env, g.cfg)
}
