package conversion

import (
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/engine"
)

// Tool is the upstream tool whose output this generator reproduces.
const Tool = "conversion-gen"

// New returns the conversion generator for cfg, or every problem with cfg.
func New(cfg Config) (engine.Generator, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &tool{cfg: cfg}, nil
}

// tool is conversion-gen for one Config; it implements engine.Generator.
type tool struct {
	cfg Config
}

func (g *tool) Name() string     { return Tool }
func (g *tool) Inputs() []string { return g.cfg.Inputs }

// NameSystems are the namers shared by planning and rendering: "public"
// names types the way conversion functions spell them (v1_ObjectMeta).
func (g *tool) NameSystems() namer.NameSystems {
	return namer.NameSystems{
		"public": funcNamer(),
		"raw":    namer.NewRawNamer("", nil),
	}
}

func (g *tool) DefaultNameSystem() string { return "public" }

// funcNamer names a type as it appears in Convert_<in>_To_<out>: the last
// element of its package path, an underscore, its name.
func funcNamer() *namer.NameStrategy {
	return &namer.NameStrategy{
		Join:                func(_ string, parts []string, _ string) string { return strings.Join(parts, "_") },
		PrependPackageNames: 1,
	}
}

// funcName is the name of the conversion function from in to out.
func funcName(in, out *types.Type) string {
	n := funcNamer()
	return "Convert_" + n.Name(in) + "_To_" + n.Name(out)
}

// Targets plans one output file per input package that asks for
// conversions: it loads the peer packages, collects hand-written Convert_
// functions and decides which types get generated conversions.
func (g *tool) Targets(c *generator.Context, env *engine.Env) ([]generator.Target, error) {
	header, err := engine.Boilerplate(g.cfg.HeaderFile, g.cfg.BuildTag, Tool)
	if err != nil {
		return nil, err
	}
	p, err := newPlanner(c, env, g.cfg)
	if err != nil {
		return nil, err
	}
	return p.targets(header)
}
