package crd

import (
	"bytes"
	"io"
	"path/filepath"
	"regexp"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/engine"
)

// Tool is the upstream tool name, in warnings and errors.
const Tool = "controller-gen"

// New returns the crd generator for cfg, or every problem with cfg.
func New(cfg Config) (engine.Generator, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &tool{cfg: cfg}, nil
}

type tool struct{ cfg Config }

func (g *tool) Name() string     { return Tool }
func (g *tool) Inputs() []string { return g.cfg.Inputs }
func (g *tool) NameSystems() namer.NameSystems {
	return namer.NameSystems{"raw": namer.NewRawNamer("", nil)}
}
func (g *tool) DefaultNameSystem() string { return "raw" }

// embedsTypeMeta matches the line of a struct field embedding pkg.TypeMeta
// (how a kind embeds metav1.TypeMeta), as gofmt writes it.
var embedsTypeMeta = regexp.MustCompile("(?m)^[ \t]*[A-Za-z_][A-Za-z0-9_]*\\.TypeMeta[ \t]*(`|//|$)")

// NeedsTypes reports whether a file may make its package one the crd
// generator needs the types of (engine.TypesNeeder): a +groupName package,
// or one declaring a kind (embedding TypeMeta). Every other package's
// syntax is read, and the types it refers to come from what the kinds'
// packages import.
func (g *tool) NeedsTypes(src []byte) bool {
	return bytes.Contains(src, []byte("+groupName")) || embedsTypeMeta.Match(src)
}

// PlansInIsolation: the generator only reads the run (engine.Isolated):
// files (the header, the CRDs already written) and the loaded packages'
// go/types, file names and names (GoTypes, GoFiles, PackageName); its
// parser, schemas and marker registry are its own or read-only. It never
// loads, nor reads other generators' output.
func (g *tool) PlansInIsolation() bool { return true }

// ReadsInputSyntax: the parser reads the input packages' files, which the
// load has parsed already (engine.InputSyntaxReader).
func (g *tool) ReadsInputSyntax() bool { return true }

// Targets computes the CRD files and hands them to the engine as plain
// files (not Go: written as they are).
func (g *tool) Targets(c *generator.Context, env *engine.Env) ([]generator.Target, error) {
	files, err := Generate(g.cfg, env, c.Inputs, Input{
		ReadFile: env.ReadFile,
		ReadDir: func(dir string) ([]string, error) {
			ents, err := env.ReadDir(dir)
			var names []string
			for _, e := range ents {
				names = append(names, e.Name())
			}
			return names, err
		},
		Warn: func(msg string) { env.Warnf("%s", msg) },
	})
	if err != nil || len(files) == 0 {
		return nil, err
	}
	dir := g.cfg.OutputDir
	if dir == "" {
		dir = "."
	}
	var gens []generator.Generator
	for _, f := range files {
		path := filepath.Join(dir, f.Name)
		if g.cfg.Stdout {
			path = "-"
		}
		gens = append(gens, plainFile{GoGenerator: generator.GoGenerator{OutputFilename: f.Name}, path: path, data: f.Data})
	}
	return []generator.Target{&generator.SimpleTarget{
		PkgName: "crd",
		PkgDir:  dir,
		GeneratorsFunc: func(*generator.Context) []generator.Generator {
			return gens
		},
	}}, nil
}

// plainFile is one CRD file, already rendered.
type plainFile struct {
	generator.GoGenerator
	path string
	data []byte
}

func (f plainFile) FileType() string                            { return engine.PlainFileType }
func (f plainFile) OutputPath() string                          { return f.path }
func (f plainFile) Filter(*generator.Context, *types.Type) bool { return false }
func (f plainFile) Init(_ *generator.Context, w io.Writer) error {
	_, err := io.Copy(w, bytes.NewReader(f.data))
	return err
}

var _ engine.PlainFile = plainFile{}

var (
	_ engine.Isolated          = (*tool)(nil)
	_ engine.InputSyntaxReader = (*tool)(nil)
)
