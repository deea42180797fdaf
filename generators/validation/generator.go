package validation

import (
	"strings"

	"k8s.io/gengo/v2"
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"

	"github.com/kodegen/kodegen/internal/engine"
)

// Tool is the upstream tool name in the generated-by line.
const Tool = "validation-gen"

// New returns the validation generator for cfg, or every problem with cfg.
func New(cfg Config) (engine.Generator, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &tool{cfg: cfg}, nil
}

// tool is validation-gen for one Config; it implements engine.Generator.
type tool struct {
	cfg Config
}

func (g *tool) Name() string     { return Tool }
func (g *tool) Inputs() []string { return g.cfg.Inputs }

// NameSystems are upstream's: "public" orders the types (and so the
// Validate_ functions), "objectvalidationfn" names them.
func (g *tool) NameSystems() namer.NameSystems {
	return namer.NameSystems{
		"public":             namer.NewPublicNamer(1),
		"raw":                namer.NewRawNamer("", nil),
		"objectvalidationfn": validationFnNamer(),
		"private":            namer.NewPrivateNamer(0),
		"name":               namer.NewPublicNamer(0),
	}
}

// validationFnNamer names a type's validation function, Validate_<Type>.
func validationFnNamer() *namer.NameStrategy {
	return &namer.NameStrategy{
		Prefix: "Validate_",
		Join: func(pre string, in []string, post string) string {
			return pre + strings.Join(in, "_") + post
		},
	}
}

func (g *tool) DefaultNameSystem() string { return "public" }

func (g *tool) Targets(c *generator.Context, env *engine.Env) ([]generator.Target, error) {
	header, err := engine.Boilerplate(g.cfg.HeaderFile, gengo.StdBuildTag, Tool)
	if err != nil {
		return nil, err
	}
	return planTargets(c, env, g.cfg, header)
}
