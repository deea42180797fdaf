package lister

import (
	"io"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/apitypes"
	"github.com/kodegen/kodegen/generators/internal/snippet"
	"github.com/kodegen/kodegen/internal/kversion"
)

// Symbols the listers refer to; the raw namer imports them when used.
var (
	labelsSelector        = types.Ref("k8s.io/apimachinery/pkg/labels", "Selector")
	listersIndexer        = types.Ref("k8s.io/client-go/listers", "ResourceIndexer")
	listersNew            = types.Ref("k8s.io/client-go/listers", "New")
	listersNewNamespaced  = types.Ref("k8s.io/client-go/listers", "NewNamespaced")
	cacheIndexer          = types.Ref("k8s.io/client-go/tools/cache", "Indexer")
	resourceFuncName      = "Resource"
	lowercaseSingularName = "lowercaseSingular"
)

// genLister writes <type>.go: the lister of one type and, for a namespaced
// type, its namespace lister.
type genLister struct {
	snippet.File
	api apitypes.APIType
}

// listerArgs are what the lister templates refer to.
type listerArgs struct {
	Type          *types.Type
	Resource      *types.Type // the API package's Resource func
	Selector      *types.Type
	Indexer       *types.Type
	CacheIndexer  *types.Type
	New           *types.Type
	NewNamespaced *types.Type
}

func newGenLister(pkgPath string, api apitypes.APIType, target kversion.Version) *genLister {
	g := &genLister{File: snippet.NewFileAt(fileName(api.Type), pkgPath, target), api: api}
	g.PlainImports(plainImports.At(target)...)
	return g
}

// plainImports: before v0.32 lister-gen imported labels, listers and cache
// by hand, unaliased.
var plainImports = kversion.From([]string{"k8s.io/apimachinery/pkg/labels", "k8s.io/client-go/listers", "k8s.io/client-go/tools/cache"}, kversion.V0_32, nil)

// Filter keeps no type: the file is written once, in Init.
func (g *genLister) Filter(*generator.Context, *types.Type) bool { return false }

func (g *genLister) Init(c *generator.Context, w io.Writer) error {
	t := g.api.Type
	args := listerArgs{
		Type:          t,
		Resource:      types.Ref(t.Name.Package, resourceFuncName),
		Selector:      labelsSelector,
		Indexer:       listersIndexer,
		CacheIndexer:  cacheIndexer,
		New:           listersNew,
		NewNamespaced: listersNewNamespaced,
	}
	sw := snippet.NewWriter(w, c, "$", "$")
	if g.api.Tags.NonNamespaced {
		sw.Do(clusterListerTmpl, args)
	} else {
		sw.Do(namespacedListerTmpl, args)
	}
	sw.Do(listerStructTmpl, args)
	sw.Do(newListerTmpl, args)
	if !g.api.Tags.NonNamespaced {
		sw.Do(namespaceAccessorTmpl, args)
		sw.Do(namespaceListerTmpl, args)
		sw.Do(namespaceListerStructTmpl, args)
	}
	return sw.Error()
}

const clusterListerTmpl = `
// $.Type|public$Lister helps list $.Type|publicPlural$.
// All objects returned here must be treated as read-only.
type $.Type|public$Lister interface {
	// List lists all $.Type|publicPlural$ in the indexer.
	// Objects returned here must be treated as read-only.
	List(selector $.Selector|raw$) (ret []*$.Type|raw$, err error)
	// Get retrieves the $.Type|public$ from the index for a given name.
	// Objects returned here must be treated as read-only.
	Get(name string) (*$.Type|raw$, error)
	$.Type|public$ListerExpansion
}
`

const namespacedListerTmpl = `
// $.Type|public$Lister helps list $.Type|publicPlural$.
// All objects returned here must be treated as read-only.
type $.Type|public$Lister interface {
	// List lists all $.Type|publicPlural$ in the indexer.
	// Objects returned here must be treated as read-only.
	List(selector $.Selector|raw$) (ret []*$.Type|raw$, err error)
	// $.Type|publicPlural$ returns an object that can list and get $.Type|publicPlural$.
	$.Type|publicPlural$(namespace string) $.Type|public$NamespaceLister
	$.Type|public$ListerExpansion
}
`

// The lister embeds a typed indexer rather than being one, so expansion
// methods have a receiver.
const listerStructTmpl = `
// $.Type|private$Lister implements the $.Type|public$Lister interface.
type $.Type|private$Lister struct {
	$.Indexer|raw$[*$.Type|raw$]
}
`

const newListerTmpl = `
// New$.Type|public$Lister returns a new $.Type|public$Lister.
func New$.Type|public$Lister(indexer $.CacheIndexer|raw$) $.Type|public$Lister {
	return &$.Type|private$Lister{$.New|raw$[*$.Type|raw$](indexer, $.Resource|raw$("$.Type|lowercaseSingular$"))}
}
`

const namespaceAccessorTmpl = `
// $.Type|publicPlural$ returns an object that can list and get $.Type|publicPlural$.
func (s *$.Type|private$Lister) $.Type|publicPlural$(namespace string) $.Type|public$NamespaceLister {
	return $.Type|private$NamespaceLister{$.NewNamespaced|raw$[*$.Type|raw$](s.ResourceIndexer, namespace)}
}
`

const namespaceListerTmpl = `
// $.Type|public$NamespaceLister helps list and get $.Type|publicPlural$.
// All objects returned here must be treated as read-only.
type $.Type|public$NamespaceLister interface {
	// List lists all $.Type|publicPlural$ in the indexer for a given namespace.
	// Objects returned here must be treated as read-only.
	List(selector $.Selector|raw$) (ret []*$.Type|raw$, err error)
	// Get retrieves the $.Type|public$ from the indexer for a given namespace and name.
	// Objects returned here must be treated as read-only.
	Get(name string) (*$.Type|raw$, error)
	$.Type|public$NamespaceListerExpansion
}
`

const namespaceListerStructTmpl = `
// $.Type|private$NamespaceLister implements the $.Type|public$NamespaceLister
// interface.
type $.Type|private$NamespaceLister struct {
	$.Indexer|raw$[*$.Type|raw$]
}
`

// Origins is the type the lister is for (engine.Originer).
func (g *genLister) Origins() []*types.Type { return []*types.Type{g.api.Type} }
