package informer

import (
	"io"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/snippet"
)

// genGeneric writes generic.go: the GenericInformer and the factory's
// ForResource, one case per informer.
type genGeneric struct {
	base
	versions []genericVersion
}

// genericVersion is one group version's block of ForResource cases.
type genericVersion struct {
	// Lead starts the block's comment line: a tab for the first block; a
	// blank line and a deeper indent for the others, which gofmt then
	// indents into the case above, as it does upstream's.
	Lead string
	// Group and Version are the API names in the block's comment.
	Group, Version string
	// Accessor is the factory call chain, e.g. "Apps().V1()".
	Accessor string
	// SchemeGroupVersion is the API package's SchemeGroupVersion.
	SchemeGroupVersion *types.Type
	// Types are the informers' types, in order.
	Types []*types.Type
}

// genericArgs are what the generic templates refer to.
type genericArgs struct {
	symbols
	Versions []genericVersion
}

func (g *genGeneric) Init(c *generator.Context, w io.Writer) error {
	args := genericArgs{symbols: newSymbols(), Versions: g.versions}
	sw := snippet.NewWriter(w, c, "$", "$")
	sw.Do(genericInformerTmpl, args)
	if err := sw.Error(); err != nil {
		return err
	}
	return snippet.NewWriter(w, c, "{{", "}}").Do(forResourceTmpl, args).Error()
}

const genericInformerTmpl = `
// GenericInformer is type of SharedIndexInformer which will locate and delegate to other
// sharedInformers based on type
type GenericInformer interface {
	Informer() $.SharedIndexInformer|raw$
	Lister() $.GenericLister|raw$
}

type genericInformer struct {
	informer $.SharedIndexInformer|raw$
	resource $.GroupResource|raw$
}

// Informer returns the SharedIndexInformer.
func (f *genericInformer) Informer() $.SharedIndexInformer|raw$ {
	return f.informer
}

// Lister returns the GenericLister.
func (f *genericInformer) Lister() $.GenericLister|raw$ {
	return $.NewGenericLister|raw$(f.Informer().GetIndexer(), f.resource)
}
`

// forResourceTmpl lays the cases out the way upstream's gofmt'ed output
// has them: a blank line between group versions and before the brace. It
// uses {{ }} delimiters because it needs a template variable.
const forResourceTmpl = `
// ForResource gives generic access to a shared informer of the matching type
// TODO extend this to unknown resources with a client pool
func (f *sharedInformerFactory) ForResource(resource {{.GroupVersionResource|raw}}) (GenericInformer, error) {
	switch resource {
{{- range .Versions}}
{{.Lead}}// Group={{.Group}}, Version={{.Version}}
{{- $v := .}}{{range .Types}}
	case {{$v.SchemeGroupVersion|raw}}.WithResource("{{.|resource}}"):
		return &genericInformer{resource: resource.GroupResource(), informer: f.{{$v.Accessor}}.{{.|publicPlural}}().Informer()}, nil
{{- end}}{{end}}

	}

	return nil, {{.Errorf|raw}}("no informer found for %v", resource)
}
`
