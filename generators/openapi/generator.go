package openapi

import (
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	kubeopenapi "k8s.io/kube-openapi/pkg/generators"

	"github.com/kodegen/kodegen/internal/engine"
)

// Tool is the upstream tool name in the generated-by line.
const Tool = "openapi-gen"

// New returns the openapi generator for cfg, or every problem with cfg.
func New(cfg Config) (engine.Generator, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &tool{cfg: cfg}, nil
}

// tool is openapi-gen for one Config; it implements engine.Generator.
type tool struct {
	cfg Config
}

func (g *tool) Name() string     { return Tool }
func (g *tool) Inputs() []string { return g.cfg.Inputs }

func (g *tool) NameSystems() namer.NameSystems { return kubeopenapi.NameSystems() }

func (g *tool) DefaultNameSystem() string { return kubeopenapi.DefaultNameSystem() }

func (g *tool) Targets(c *generator.Context, env *engine.Env) ([]generator.Target, error) {
	return planTargets(c, env, g.cfg, g.NameSystems(), g.DefaultNameSystem())
}
