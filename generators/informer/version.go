package informer

import (
	"io"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/snippet"
	"github.com/kodegen/kodegen/internal/kversion"
)

// genVersion writes <group>/<version>/interface.go: the version's
// Interface with one accessor per informer.
type genVersion struct {
	base
	ii    internalInterfaces
	types []versionType
}

// versionType is one informer of a version, as the accessor templates see it.
type versionType struct {
	Type *types.Type
	// NSField is ", namespace: v.namespace" for a namespaced type.
	NSField string
	// Prefix is what the accessors' informer type starts with (typedPrefix).
	Prefix string
}

// typedPrefix: from v0.37 the version's accessors return the typed
// informer (Typed<Type>Informer, a superset of <Type>Informer).
var typedPrefix = kversion.From("", kversion.V0_37, "Typed")

// versionArgs are what the version interface template refers to.
type versionArgs struct {
	II    internalInterfaces
	Types []versionType
}

func (g *genVersion) Init(c *generator.Context, w io.Writer) error {
	sw := snippet.NewWriter(w, c, "$", "$")
	sw.Do(versionInterfaceTmpl, versionArgs{II: g.ii, Types: g.types})
	for _, vt := range g.types {
		sw.Do(versionAccessorTmpl, vt)
	}
	return sw.Error()
}

const versionInterfaceTmpl = `
// Interface provides access to all the informers in this group version.
type Interface interface {
	$- range .Types $
	// $.Type|publicPlural$ returns a $.Type|public$Informer.
	$.Type|publicPlural$() $.Prefix$$.Type|public$Informer
	$- end $
}

type version struct {
	factory $.II.Factory|raw$
	namespace string
	tweakListOptions $.II.Tweak|raw$
}

// New returns a new Interface.
func New(f $.II.Factory|raw$, namespace string, tweakListOptions $.II.Tweak|raw$) Interface {
	return &version{factory: f, namespace: namespace, tweakListOptions: tweakListOptions}
}
`

const versionAccessorTmpl = `
// $.Type|publicPlural$ returns a $.Prefix$$.Type|public$Informer.
func (v *version) $.Type|publicPlural$() $.Prefix$$.Type|public$Informer {
	return &$.Type|private$Informer{factory: v.factory$.NSField$, tweakListOptions: v.tweakListOptions}
}
`
