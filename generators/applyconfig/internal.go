package applyconfig

import (
	"fmt"
	"io"

	yaml "go.yaml.in/yaml/v2"
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"
	"k8s.io/kube-openapi/pkg/schemaconv"

	"github.com/kodegen/kodegen/generators/internal/snippet"
	"github.com/kodegen/kodegen/internal/kversion"
)

// genInternal writes internal/internal.go: the structured-merge-diff schema
// of every type apply configurations may be extracted from, as YAML, and
// the Parser that reads it once.
type genInternal struct {
	snippet.File
	schema *schema
	target kversion.Version
}

func newGenInternal(pkg string, s *schema, target kversion.Version) *genInternal {
	g := &genInternal{
		File:   snippet.NewFileAt("internal.go", pkg, target),
		schema: s,
		target: target,
	}
	g.PlainImports(internalPlainImports.At(target)...)
	return g
}

// internalPlainImports: before v0.32 the template spelled fmt and sync by
// hand.
var internalPlainImports = kversion.From([]string{"fmt", "sync"}, kversion.V0_32, nil)

// Filter keeps no type: the file is written once, in Finalize.
func (g *genInternal) Filter(*generator.Context, *types.Type) bool { return false }

// internalArgs are the arguments of parserTmpl.
type internalArgs struct {
	NewParser, Parser, YAMLObject, Sprintf, Once *types.Type
	YAML                                         string
}

func (g *genInternal) Finalize(c *generator.Context, w io.Writer) error {
	converted, err := schemaconv.ToSchema(g.schema.models)
	if err != nil {
		return fmt.Errorf("converting the OpenAPI schema for structured-merge-diff: %w", err)
	}
	text, err := yaml.Marshal(converted)
	if err != nil {
		return err
	}
	sw := snippet.NewWriter(w, c, "{{", "}}")
	smd := smdTyped.At(g.target)
	sw.Do(parserTmpl, internalArgs{
		NewParser: types.Ref(smd, "NewParser"), Parser: types.Ref(smd, "Parser"), YAMLObject: types.Ref(smd, "YAMLObject"),
		Sprintf: fmtSprintf, Once: syncOnce, YAML: string(text),
	})
	return sw.Error()
}

const parserTmpl = `
func Parser() *{{.Parser|raw}} {
	parserOnce.Do(func() {
		var err error
		parser, err = {{.NewParser|raw}}(schemaYAML)
		if err != nil {
			panic({{.Sprintf|raw}}("Failed to parse schema: %v", err))
		}
	})
	return parser
}

var parserOnce {{.Once|raw}}
var parser *{{.Parser|raw}}
var schemaYAML = {{.YAMLObject|raw}}(` + "`{{.YAML}}`" + `)
`
