package informer

import (
	"io"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/snippet"
	"github.com/kodegen/kodegen/internal/kversion"
)

// genInternalInterfaces writes internalinterfaces/factory_interfaces.go:
// the interfaces that let group packages reach the factory without an
// import cycle.
type genInternalInterfaces struct {
	base
	clientset *types.Type
	target    kversion.Version
}

// internalInterfacesTmpls: v0.36 added InformerName and InformerOptions.
var internalInterfacesTmpls = kversion.From(internalInterfacesTmpl0_31, kversion.V0_36, internalInterfacesTmpl)

// internalInterfacesArgs are what its template refers to.
type internalInterfacesArgs struct {
	symbols
	Clientset *types.Type
}

func (g *genInternalInterfaces) Init(c *generator.Context, w io.Writer) error {
	sw := snippet.NewWriter(w, c, "$", "$")
	sw.Do(internalInterfacesTmpls.At(g.target), internalInterfacesArgs{symbols: newSymbols(), Clientset: g.clientset})
	return sw.Error()
}

const internalInterfacesTmpl = `
// NewInformerFunc takes $.Clientset|raw$ and $.Duration|raw$ to return a SharedIndexInformer.
type NewInformerFunc func($.Clientset|raw$, $.Duration|raw$) $.SharedIndexInformer|raw$

// SharedInformerFactory a small interface to allow for adding an informer without an import cycle
type SharedInformerFactory interface {
	Start(stopCh <-chan struct{})
	InformerFor(obj $.RuntimeObject|raw$, newFunc NewInformerFunc) $.SharedIndexInformer|raw$
	InformerName() *$.InformerName|raw$
}

// TweakListOptionsFunc is a function that transforms a $.ListOptions|raw$.
type TweakListOptionsFunc func(*$.ListOptions|raw$)

// InformerOptions holds the options for creating an informer.
type InformerOptions struct {
	// ResyncPeriod is the resync period for this informer.
	// If not set, defaults to 0 (no resync).
	ResyncPeriod $.Duration|raw$

	// Indexers are the indexers for this informer.
	Indexers $.Indexers|raw$

	// InformerName is used to uniquely identify this informer for metrics.
	// If not set, metrics will not be published for this informer.
	// Use cache.NewInformerName() to create an InformerName at startup.
	InformerName *$.InformerName|raw$

	// TweakListOptions is an optional function to modify the list options.
	TweakListOptions TweakListOptionsFunc
}
`

// internalInterfacesTmpl0_31 is the template before v0.36.
const internalInterfacesTmpl0_31 = `
// NewInformerFunc takes $.Clientset|raw$ and $.Duration|raw$ to return a SharedIndexInformer.
type NewInformerFunc func($.Clientset|raw$, $.Duration|raw$) $.SharedIndexInformer|raw$

// SharedInformerFactory a small interface to allow for adding an informer without an import cycle
type SharedInformerFactory interface {
	Start(stopCh <-chan struct{})
	InformerFor(obj $.RuntimeObject|raw$, newFunc NewInformerFunc) $.SharedIndexInformer|raw$
}

// TweakListOptionsFunc is a function that transforms a $.ListOptions|raw$.
type TweakListOptionsFunc func(*$.ListOptions|raw$)
`
