package lister

import (
	"io"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/apitypes"
	"github.com/kodegen/kodegen/generators/internal/snippet"
)

// ExpansionFile is the file holding the empty expansion interfaces.
const ExpansionFile = "expansion_generated.go"

// genExpansion writes expansion_generated.go: an empty <Type>ListerExpansion
// (and <Type>NamespaceListerExpansion) for every type whose hand-written
// <type>_expansion.go does not exist in the output package.
type genExpansion struct {
	generator.GoGenerator
	types []apitypes.APIType
}

func newGenExpansion(list []apitypes.APIType) *genExpansion {
	return &genExpansion{GoGenerator: generator.GoGenerator{OutputFilename: ExpansionFile}, types: list}
}

// Filter keeps no type: the file is written once, in Init.
func (g *genExpansion) Filter(*generator.Context, *types.Type) bool { return false }

func (g *genExpansion) Init(c *generator.Context, w io.Writer) error {
	sw := snippet.NewWriter(w, c, "$", "$")
	for _, at := range g.types {
		sw.Do(listerExpansionTmpl, at.Type)
		if !at.Tags.NonNamespaced {
			sw.Do(namespaceListerExpansionTmpl, at.Type)
		}
	}
	return sw.Error()
}

const listerExpansionTmpl = `
// $.|public$ListerExpansion allows custom methods to be added to
// $.|public$Lister.
type $.|public$ListerExpansion interface {}
`

const namespaceListerExpansionTmpl = `
// $.|public$NamespaceListerExpansion allows custom methods to be added to
// $.|public$NamespaceLister.
type $.|public$NamespaceListerExpansion interface {}
`

// Origins are the types the expansions are for (engine.Originer).
func (g *genExpansion) Origins() []*types.Type {
	out := make([]*types.Type, len(g.types))
	for i, at := range g.types {
		out[i] = at.Type
	}
	return out
}
