package informer

import (
	"io"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/snippet"
)

// genGroup writes <group>/interface.go: the group's Interface with one
// accessor per version.
type genGroup struct {
	base
	args groupArgs
}

// groupArgs are what the group interface template refers to.
type groupArgs struct {
	II       internalInterfaces
	Versions []groupVersion
}

// groupVersion is one version of a group: its Go name ("V1") and the
// Interface and New of its package.
type groupVersion struct {
	GoName    string
	Interface *types.Type
	New       *types.Type
}

func (g *genGroup) Init(c *generator.Context, w io.Writer) error {
	sw := snippet.NewWriter(w, c, "$", "$")
	sw.Do(groupInterfaceTmpl, g.args)
	return sw.Error()
}

const groupInterfaceTmpl = `
// Interface provides access to each of this group's versions.
type Interface interface {
	$- range .Versions $
	// $.GoName$ provides access to shared informers for resources in $.GoName$.
	$.GoName$() $.Interface|raw$
	$- end $
}

type group struct {
	factory $.II.Factory|raw$
	namespace string
	tweakListOptions $.II.Tweak|raw$
}

// New returns a new Interface.
func New(f $.II.Factory|raw$, namespace string, tweakListOptions $.II.Tweak|raw$) Interface {
	return &group{factory: f, namespace: namespace, tweakListOptions: tweakListOptions}
}
$ range .Versions $
// $.GoName$ returns a new $.Interface|raw$.
func (g *group) $.GoName$() $.Interface|raw$ {
	return $.New|raw$(g.factory, g.namespace, g.tweakListOptions)
}
$ end $
`
