package applyconfig

import (
	"path"
	"path/filepath"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/engine"
)

// Tool is the upstream tool this generator replaces.
const Tool = "applyconfiguration-gen"

// New returns the generator for cfg, or every problem with cfg.
func New(cfg Config) (engine.Generator, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &tool{cfg: cfg}, nil
}

// tool is applyconfiguration-gen for one Config; it implements engine.Generator.
type tool struct{ cfg Config }

func (g *tool) Name() string          { return Tool }
func (g *tool) Inputs() []string      { return g.cfg.Inputs }
func (g *tool) OutputRoots() []string { return []string{g.cfg.OutputDir} }

// Follows is openapi-gen with --openapi-schema=-generated-: its
// definitions are the schema.
func (g *tool) Follows() []string {
	if g.cfg.OpenAPISchema == GeneratedSchema {
		return []string{openAPITool}
	}
	return nil
}

func (g *tool) NameSystems() namer.NameSystems {
	return namer.NameSystems{
		"public":  namer.NewPublicNamer(0),
		"private": namer.NewPrivateNamer(0),
		"raw":     namer.NewRawNamer("", nil),
	}
}

func (g *tool) DefaultNameSystem() string { return "public" }

// Targets plans one package per API package, utils.go and internal.go.
func (g *tool) Targets(c *generator.Context, env *engine.Env) ([]generator.Target, error) {
	cfg := g.cfg
	header, err := engine.Boilerplate(cfg.HeaderFile, "", Tool)
	if err != nil {
		return nil, err
	}
	pkgs, err := g.apiPackages(c, env)
	if err != nil {
		return nil, err
	}
	external := cfg.External
	if external == nil {
		external = DefaultExternal()
	}
	refs := buildRefGraph(c.Universe, pkgs, external)
	s := emptySchema()
	if cfg.OpenAPISchema != "" {
		read := readSchema
		if cfg.OpenAPISchema == GeneratedSchema {
			read = generatedSchema
		}
		if s, err = read(env, c.Universe, cfg.OpenAPISchema, roots(pkgs), hasExtract); err != nil {
			return nil, err
		}
		for _, t := range roots(pkgs) {
			if hasExtract(t) {
				if field := arrayField(t); field != "" {
					env.Warnf("%s: Extract%s will panic at run time: %s is a Go array, which structured-merge-diff cannot read; make it a slice", t.Name, t.Name.Name, field)
				}
			}
		}
	}
	parser := types.Ref(path.Join(cfg.OutputPkg, "internal"), "Parser")
	var targets []generator.Target
	groups := map[string]*forKindGroup{}
	for _, p := range pkgs {
		acs := applyConfigs(p, refs, s)
		if len(acs) == 0 {
			continue
		}
		targets = append(targets, g.packageTarget(p, acs, refs, parser, header))
		grp := groups[p.gv.Group.NonEmpty()]
		if grp == nil {
			grp = &forKindGroup{Name: p.gv.Group.NonEmpty()}
			groups[grp.Name] = grp
		}
		grp.Versions = append(grp.Versions, forKindVersion{
			Name:         p.gv.Version.NonEmpty(),
			SchemeGV:     types.Ref(p.pkg.Path, "SchemeGroupVersion"),
			ApplyConfigs: acs,
		})
	}
	var sorted []forKindGroup
	for _, grp := range groups {
		sorted = append(sorted, *grp)
	}
	sortGroups(sorted)
	targets = append(targets,
		simpleTarget(path.Base(cfg.OutputPkg), cfg.OutputPkg, cfg.OutputDir, header, newGenUtils(cfg.OutputPkg, sorted, cfg.Target)),
		simpleTarget("internal", path.Join(cfg.OutputPkg, "internal"), filepath.Join(cfg.OutputDir, "internal"), header,
			newGenInternal(path.Join(cfg.OutputPkg, "internal"), s, cfg.Target)))
	return targets, nil
}
