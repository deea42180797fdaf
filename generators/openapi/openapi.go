package openapi

import (
	"io"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"
)

// genDefinitions is kube-openapi's writer of zz_generated.openapi.go
// (GetOpenAPIDefinitions and one schema_… function per type), reading enums
// from the enum view of the universe (view.go): kube-openapi scans the
// universe it is given once per type.
type genDefinitions struct {
	generator.Generator
	enums *enumView
}

// withEnums is c over the enum view, holding the enums t can name.
func (g genDefinitions) withEnums(c *generator.Context, t *types.Type) *generator.Context {
	slim := *c
	slim.Universe = g.enums.universeFor(t)
	return &slim
}

// Init writes GetOpenAPIDefinitions, which names no enum.
func (g genDefinitions) Init(c *generator.Context, w io.Writer) error {
	return g.Generator.Init(g.withEnums(c, nil), w)
}

func (g genDefinitions) GenerateType(c *generator.Context, t *types.Type, w io.Writer) error {
	return g.Generator.GenerateType(g.withEnums(c, t), t, w)
}
