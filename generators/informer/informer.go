package informer

import (
	"io"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/snippet"
	"github.com/kodegen/kodegen/internal/kversion"
)

// genInformer writes <type>.go: the informer of one type.
type genInformer struct {
	base
	args   informerArgs
	target kversion.Version
}

// informerArgs are what the informer templates refer to. The namespace
// fragments are empty for a cluster-scoped type.
type informerArgs struct {
	symbols
	II        internalInterfaces
	Type      *types.Type
	Clientset *types.Type // the clientset's Interface
	Lister    *types.Type // <Type>Lister
	NewLister *types.Type // New<Type>Lister
	// ClientGroup is the clientset's group-version method, e.g. "CoreV1".
	ClientGroup string
	// Group, Version and Resource make the informer's GroupVersionResource.
	Group, Version, Resource string
	// NSParam is ", namespace string", NSArg ", namespace", NSField
	// "namespace string", NSSelf ", f.namespace" and NSCall "namespace".
	NSParam, NSArg, NSField, NSSelf, NSCall string
}

// namespaced fills the namespace fragments of a namespaced type.
func (a *informerArgs) namespaced() {
	a.NSParam, a.NSArg, a.NSField, a.NSSelf, a.NSCall = ", namespace string", ", namespace", "namespace string", ", f.namespace", "namespace"
}

func (g *genInformer) Init(c *generator.Context, w io.Writer) error {
	sw := snippet.NewWriter(w, c, "$", "$")
	for _, tmpl := range informerTmpls.At(g.target) {
		sw.Do(tmpl, g.args)
	}
	return sw.Error()
}

// informerTmpls are the templates of <type>.go, in order, by the release
// that brought them: v0.32 referred to context.TODO through the import
// tracker, v0.33 added the WithContext list and watch functions, v0.35
// wrapped the ListWatch for watch-list semantics, v0.36 added
// InformerOptions (…WithOptions, the informer name), v0.37 the typed
// informers.
var informerTmpls = kversion.Table[[]string]{
	{From: kversion.V0_31, Value: []string{informerInterfaceTmpl0_31, informerStructTmpl, newInformerTmpl0_31, newFilteredInformerTmpl0_31,
		defaultInformerTmpl0_31, informerMethodsTmpl0_31}},
	{From: kversion.V0_32, Value: []string{informerInterfaceTmpl0_31, informerStructTmpl, newInformerTmpl0_31, newFilteredInformerTmpl0_32,
		defaultInformerTmpl0_31, informerMethodsTmpl0_31}},
	{From: kversion.V0_33, Value: []string{informerInterfaceTmpl0_31, informerStructTmpl, newInformerTmpl0_31, newFilteredInformerTmpl0_33,
		defaultInformerTmpl0_31, informerMethodsTmpl0_31}},
	{From: kversion.V0_35, Value: []string{informerInterfaceTmpl0_31, informerStructTmpl, newInformerTmpl0_31, newFilteredInformerTmpl0_35,
		defaultInformerTmpl0_31, informerMethodsTmpl0_31}},
	{From: kversion.V0_36, Value: []string{informerInterfaceTmpl0_31, informerStructTmpl, newInformerTmpl0_36, newFilteredInformerTmpl0_36,
		newInformerWithOptionsTmpl0_36, defaultInformerTmpl0_36, informerMethodsTmpl0_31}},
	{From: kversion.V0_37, Value: []string{informerInterfacesTmpl, informerStructTmpl, newInformerTmpl, newFilteredInformerTmpl,
		newInformerWithOptionsTmpl, newTypedInformerWithOptionsTmpl, defaultInformerTmpl,
		informerMethodsTmpl, toTypedInformerTmpl, toIndexInformerTmpl}},
}

const informerInterfacesTmpl = `
// $.Type|public$Informer provides access to a shared informer and lister for
// $.Type|publicPlural$. Prefer using the type-safe variant (see [Typed$.Type|public$Informer]).
type $.Type|public$Informer interface {
	Informer() $.SharedIndexInformer|raw$
	Lister() $.Lister|raw$
}

// Typed$.Type|public$Informer provides access to a shared informer and lister for
// $.Type|publicPlural$, including the type-safe TypedInformer variant.
// It is a superset of $.Type|public$Informer.
type Typed$.Type|public$Informer interface {
	Informer() $.SharedIndexInformer|raw$
	TypedInformer() $.Type|public$IndexInformer
	Lister() $.Lister|raw$
}

// $.Type|public$IndexInformer is a wrapper around the underlying [$.SharedIndexInformer|raw$]
// with type-safe variants of several methods.
type $.Type|public$IndexInformer $.TypedSharedIndexInformer|raw$[*$.Type|raw$]

// $.Type|public$HandlerFuncs is a specialization of [$.HandlerFuncs|raw$] for $.Type|public$.
type $.Type|public$HandlerFuncs = $.HandlerFuncs|raw$[*$.Type|raw$]

// $.Type|public$DetailedHandlerFuncs is a specialization of [$.DetailedHandlerFuncs|raw$] for $.Type|public$.
type $.Type|public$DetailedHandlerFuncs = $.DetailedHandlerFuncs|raw$[*$.Type|raw$]

// $.Type|public$FilteringHandler is a specialization of [$.FilteringHandler|raw$] for $.Type|public$.
type $.Type|public$FilteringHandler = $.FilteringHandler|raw$[*$.Type|raw$]

// $.Type|public$Indexers is a specialization of [$.TypedIndexers|raw$] for $.Type|public$.
type $.Type|public$Indexers = $.TypedIndexers|raw$[*$.Type|raw$]

// Deleted$.Type|public$ is a specialization of [$.DeletedObject|raw$] for $.Type|public$.
type Deleted$.Type|public$ = $.DeletedObject|raw$[*$.Type|raw$]
`

const informerStructTmpl = `
type $.Type|private$Informer struct {
	factory $.II.Factory|raw$
	tweakListOptions $.II.Tweak|raw$
	$.NSField$
}
`

const newInformerTmpl = `
// New$.Type|public$Informer constructs a new informer for $.Type|public$ type.
// Always prefer using an informer factory to get a shared informer instead of getting an independent
// one. This reduces memory footprint and number of connections to the server.
// If you really need an independent one, prefer using the type-safe variant (see [NewTyped$.Type|public$Informer]).
func New$.Type|public$Informer(client $.Clientset|raw$$.NSParam$, resyncPeriod $.Duration|raw$, indexers $.Indexers|raw$) $.SharedIndexInformer|raw$ {
	return New$.Type|public$InformerWithOptions(client$.NSArg$, $.II.InformerOptions|raw${ResyncPeriod: resyncPeriod, Indexers: indexers})
}

// NewTyped$.Type|public$Informer constructs a new informer for $.Type|public$ type.
// Always prefer using an informer factory to get a shared informer instead of getting an independent
// one. This reduces memory footprint and number of connections to the server.
func NewTyped$.Type|public$Informer(client $.Clientset|raw$$.NSParam$, resyncPeriod $.Duration|raw$, indexers $.Type|public$Indexers) $.Type|public$IndexInformer {
	return NewTyped$.Type|public$InformerWithOptions(client$.NSArg$, $.II.InformerOptions|raw${ResyncPeriod: resyncPeriod, Indexers: $.TypedIndexersToIndexers|raw$(indexers)})
}
`

const newFilteredInformerTmpl = `
// NewFiltered$.Type|public$Informer constructs a new informer for $.Type|public$ type.
// Always prefer using an informer factory to get a shared informer instead of getting an independent
// one. This reduces memory footprint and number of connections to the server.
// If you really need an independent one, prefer using the type-safe variant (see [NewTypedFiltered$.Type|public$Informer]).
func NewFiltered$.Type|public$Informer(client $.Clientset|raw$$.NSParam$, resyncPeriod $.Duration|raw$, indexers $.Indexers|raw$, tweakListOptions $.II.Tweak|raw$) $.SharedIndexInformer|raw$ {
	return NewTyped$.Type|public$InformerWithOptions(client$.NSArg$, $.II.InformerOptions|raw${ResyncPeriod: resyncPeriod, Indexers: indexers, TweakListOptions: tweakListOptions})
}

// NewTypedFiltered$.Type|public$Informer constructs a new informer for $.Type|public$ type.
// Always prefer using an informer factory to get a shared informer instead of getting an independent
// one. This reduces memory footprint and number of connections to the server.
func NewTypedFiltered$.Type|public$Informer(client $.Clientset|raw$$.NSParam$, resyncPeriod $.Duration|raw$, indexers $.Type|public$Indexers, tweakListOptions $.II.Tweak|raw$) $.Type|public$IndexInformer {
	return NewTyped$.Type|public$InformerWithOptions(client$.NSArg$, $.II.InformerOptions|raw${ResyncPeriod: resyncPeriod, Indexers: $.TypedIndexersToIndexers|raw$(indexers), TweakListOptions: tweakListOptions})
}
`

const newInformerWithOptionsTmpl = `
// New$.Type|public$InformerWithOptions constructs a new informer for $.Type|public$ type with additional options.
// Always prefer using an informer factory to get a shared informer instead of getting an independent
// one. This reduces memory footprint and number of connections to the server.
// If you really need an independent one, prefer using the type-safe variant (see [NewTyped$.Type|public$InformerWithOptions]).
func New$.Type|public$InformerWithOptions(client $.Clientset|raw$$.NSParam$, options $.II.InformerOptions|raw$) $.SharedIndexInformer|raw$ {
	return NewTyped$.Type|public$InformerWithOptions(client$.NSArg$, options)
}
`

const newTypedInformerWithOptionsTmpl = `
// NewTyped$.Type|public$InformerWithOptions constructs a new informer for $.Type|public$ type with additional options.
// Always prefer using an informer factory to get a shared informer instead of getting an independent
// one. This reduces memory footprint and number of connections to the server.
func NewTyped$.Type|public$InformerWithOptions(client $.Clientset|raw$$.NSParam$, options $.II.InformerOptions|raw$) $.Type|public$IndexInformer {
	gvr := $.GroupVersionResource|raw${Group: "$.Group$", Version: "$.Version$", Resource: "$.Resource$"}
	identifier := options.InformerName.WithResource(gvr)
	tweakListOptions := options.TweakListOptions
	return $.NewTypedInformer|raw$[*$.Type|raw$]($.NewInformerWithOptions|raw$(
		$.WithWatchListSemantics|raw$(&$.ListWatch|raw${
			ListFunc: func(opts $.ListOptions|raw$) ($.RuntimeObject|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&opts)
				}
				return client.$.ClientGroup$().$.Type|publicPlural$($.NSCall$).List($.ContextBackground|raw$(), opts)
			},
			WatchFunc: func(opts $.ListOptions|raw$) ($.WatchInterface|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&opts)
				}
				return client.$.ClientGroup$().$.Type|publicPlural$($.NSCall$).Watch($.ContextBackground|raw$(), opts)
			},
			ListWithContextFunc: func(ctx $.Context|raw$, opts $.ListOptions|raw$) ($.RuntimeObject|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&opts)
				}
				return client.$.ClientGroup$().$.Type|publicPlural$($.NSCall$).List(ctx, opts)
			},
			WatchFuncWithContext: func(ctx $.Context|raw$, opts $.ListOptions|raw$) ($.WatchInterface|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&opts)
				}
				return client.$.ClientGroup$().$.Type|publicPlural$($.NSCall$).Watch(ctx, opts)
			},
		}, client),
		&$.Type|raw${},
		$.InformerOptionsCache|raw${
			ResyncPeriod: options.ResyncPeriod,
			Indexers:     options.Indexers,
			Identifier:   identifier,
		},
	))
}
`

const defaultInformerTmpl = `
func (f *$.Type|private$Informer) defaultInformer(client $.Clientset|raw$, resyncPeriod $.Duration|raw$) $.SharedIndexInformer|raw$ {
	return NewTyped$.Type|public$InformerWithOptions(client$.NSSelf$, $.II.InformerOptions|raw${ResyncPeriod: resyncPeriod, Indexers: $.Indexers|raw${$.NamespaceIndex|raw$: $.MetaNamespaceIndexFunc|raw$}, InformerName: f.factory.InformerName(), TweakListOptions: f.tweakListOptions})
}
`

const informerMethodsTmpl = `
func (f *$.Type|private$Informer) Informer() $.SharedIndexInformer|raw$ {
	return f.TypedInformer()
}

func (f *$.Type|private$Informer) TypedInformer() $.Type|public$IndexInformer {
	return $.NewTypedInformer|raw$[*$.Type|raw$](f.factory.InformerFor(&$.Type|raw${}, f.defaultInformer))
}

func (f *$.Type|private$Informer) Lister() $.Lister|raw$ {
	return $.NewLister|raw$(f.Informer().GetIndexer())
}
`

const toTypedInformerTmpl = `
// ToTyped$.Type|public$Informer converts an untyped informer into a Typed$.Type|public$Informer.
//
// WARNING: this conversion is only safe if the informer handles objects of type
// *$.Type|public$. If that is not the case, calling type-safe methods of the returned
// Typed$.Type|public$Informer leads to runtime panics. A safer alternative is to pass
// around a Typed$.Type|public$Informer instances that was obtained from a
// SharedInformerFactory.
func ToTyped$.Type|public$Informer(informer $.Type|public$Informer) Typed$.Type|public$Informer {
	if informer, ok := informer.(Typed$.Type|public$Informer); ok {
		return informer
	}
	return &$.Type|private$TypedInformerAdapter{informer}
}

type $.Type|private$TypedInformerAdapter struct {
	$.Type|public$Informer
}

func (a *$.Type|private$TypedInformerAdapter) TypedInformer() $.Type|public$IndexInformer {
	return $.NewTypedInformer|raw$[*$.Type|raw$](a.Informer())
}
`

const toIndexInformerTmpl = `
// To$.Type|public$IndexInformer converts an untyped informer into a $.Type|public$IndexInformer.
//
// WARNING: this conversion is only safe if the informer handles objects of type
// *$.Type|public$. If that is not the case, calling type-safe methods of the returned
// $.Type|public$IndexInformer leads to runtime panics. A safer alternative is to pass
// around a $.Type|public$IndexInformer instances that was obtained from a
// SharedInformerFactory.
func To$.Type|public$IndexInformer(informer $.SharedIndexInformer|raw$) $.Type|public$IndexInformer {
	if informer, ok := informer.($.Type|public$IndexInformer); ok {
		return informer
	}
	return $.NewTypedInformer|raw$[*$.Type|raw$](informer)
}
`

// Origins is the type the informer is for (engine.Originer).
func (g *genInformer) Origins() []*types.Type { return []*types.Type{g.args.Type} }

// The templates of releases before v0.37 (informerTmpls).

const informerInterfaceTmpl0_31 = `
// $.Type|public$Informer provides access to a shared informer and lister for
// $.Type|publicPlural$.
type $.Type|public$Informer interface {
	Informer() $.SharedIndexInformer|raw$
	Lister() $.Lister|raw$
}
`

const newInformerTmpl0_31 = `
// New$.Type|public$Informer constructs a new informer for $.Type|public$ type.
// Always prefer using an informer factory to get a shared informer instead of getting an independent
// one. This reduces memory footprint and number of connections to the server.
func New$.Type|public$Informer(client $.Clientset|raw$$.NSParam$, resyncPeriod $.Duration|raw$, indexers $.Indexers|raw$) $.SharedIndexInformer|raw$ {
	return NewFiltered$.Type|public$Informer(client$.NSArg$, resyncPeriod, indexers, nil)
}
`

const newFilteredInformerTmpl0_31 = `
// NewFiltered$.Type|public$Informer constructs a new informer for $.Type|public$ type.
// Always prefer using an informer factory to get a shared informer instead of getting an independent
// one. This reduces memory footprint and number of connections to the server.
func NewFiltered$.Type|public$Informer(client $.Clientset|raw$$.NSParam$, resyncPeriod $.Duration|raw$, indexers $.Indexers|raw$, tweakListOptions $.II.Tweak|raw$) $.SharedIndexInformer|raw$ {
	return $.NewSharedIndexInformer|raw$(
		&$.ListWatch|raw${
			ListFunc: func(options $.ListOptions|raw$) ($.RuntimeObject|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&options)
				}
				return client.$.ClientGroup$().$.Type|publicPlural$($.NSCall$).List($.ContextTODO|raw$(), options)
			},
			WatchFunc: func(options $.ListOptions|raw$) ($.WatchInterface|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&options)
				}
				return client.$.ClientGroup$().$.Type|publicPlural$($.NSCall$).Watch($.ContextTODO|raw$(), options)
			},
		},
		&$.Type|raw${},
		resyncPeriod,
		indexers,
	)
}
`

const newFilteredInformerTmpl0_32 = `
// NewFiltered$.Type|public$Informer constructs a new informer for $.Type|public$ type.
// Always prefer using an informer factory to get a shared informer instead of getting an independent
// one. This reduces memory footprint and number of connections to the server.
func NewFiltered$.Type|public$Informer(client $.Clientset|raw$$.NSParam$, resyncPeriod $.Duration|raw$, indexers $.Indexers|raw$, tweakListOptions $.II.Tweak|raw$) $.SharedIndexInformer|raw$ {
	return $.NewSharedIndexInformer|raw$(
		&$.ListWatch|raw${
			ListFunc: func(options $.ListOptions|raw$) ($.RuntimeObject|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&options)
				}
				return client.$.ClientGroup$().$.Type|publicPlural$($.NSCall$).List($.ContextTODO|raw$(), options)
			},
			WatchFunc: func(options $.ListOptions|raw$) ($.WatchInterface|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&options)
				}
				return client.$.ClientGroup$().$.Type|publicPlural$($.NSCall$).Watch($.ContextTODO|raw$(), options)
			},
		},
		&$.Type|raw${},
		resyncPeriod,
		indexers,
	)
}
`

const newFilteredInformerTmpl0_33 = `
// NewFiltered$.Type|public$Informer constructs a new informer for $.Type|public$ type.
// Always prefer using an informer factory to get a shared informer instead of getting an independent
// one. This reduces memory footprint and number of connections to the server.
func NewFiltered$.Type|public$Informer(client $.Clientset|raw$$.NSParam$, resyncPeriod $.Duration|raw$, indexers $.Indexers|raw$, tweakListOptions $.II.Tweak|raw$) $.SharedIndexInformer|raw$ {
	return $.NewSharedIndexInformer|raw$(
		&$.ListWatch|raw${
			ListFunc: func(options $.ListOptions|raw$) ($.RuntimeObject|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&options)
				}
				return client.$.ClientGroup$().$.Type|publicPlural$($.NSCall$).List($.ContextBackground|raw$(), options)
			},
			WatchFunc: func(options $.ListOptions|raw$) ($.WatchInterface|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&options)
				}
				return client.$.ClientGroup$().$.Type|publicPlural$($.NSCall$).Watch($.ContextBackground|raw$(), options)
			},
			ListWithContextFunc: func(ctx $.Context|raw$, options $.ListOptions|raw$) ($.RuntimeObject|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&options)
				}
				return client.$.ClientGroup$().$.Type|publicPlural$($.NSCall$).List(ctx, options)
			},
			WatchFuncWithContext: func(ctx $.Context|raw$, options $.ListOptions|raw$) ($.WatchInterface|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&options)
				}
				return client.$.ClientGroup$().$.Type|publicPlural$($.NSCall$).Watch(ctx, options)
			},
		},
		&$.Type|raw${},
		resyncPeriod,
		indexers,
	)
}
`

const newFilteredInformerTmpl0_35 = `
// NewFiltered$.Type|public$Informer constructs a new informer for $.Type|public$ type.
// Always prefer using an informer factory to get a shared informer instead of getting an independent
// one. This reduces memory footprint and number of connections to the server.
func NewFiltered$.Type|public$Informer(client $.Clientset|raw$$.NSParam$, resyncPeriod $.Duration|raw$, indexers $.Indexers|raw$, tweakListOptions $.II.Tweak|raw$) $.SharedIndexInformer|raw$ {
	return $.NewSharedIndexInformer|raw$(
		$.WithWatchListSemantics|raw$(&$.ListWatch|raw${
			ListFunc: func(options $.ListOptions|raw$) ($.RuntimeObject|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&options)
				}
				return client.$.ClientGroup$().$.Type|publicPlural$($.NSCall$).List($.ContextBackground|raw$(), options)
			},
			WatchFunc: func(options $.ListOptions|raw$) ($.WatchInterface|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&options)
				}
				return client.$.ClientGroup$().$.Type|publicPlural$($.NSCall$).Watch($.ContextBackground|raw$(), options)
			},
			ListWithContextFunc: func(ctx $.Context|raw$, options $.ListOptions|raw$) ($.RuntimeObject|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&options)
				}
				return client.$.ClientGroup$().$.Type|publicPlural$($.NSCall$).List(ctx, options)
			},
			WatchFuncWithContext: func(ctx $.Context|raw$, options $.ListOptions|raw$) ($.WatchInterface|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&options)
				}
				return client.$.ClientGroup$().$.Type|publicPlural$($.NSCall$).Watch(ctx, options)
			},
		}, client),
		&$.Type|raw${},
		resyncPeriod,
		indexers,
	)
}
`

const defaultInformerTmpl0_31 = `
func (f *$.Type|private$Informer) defaultInformer(client $.Clientset|raw$, resyncPeriod $.Duration|raw$) $.SharedIndexInformer|raw$ {
	return NewFiltered$.Type|public$Informer(client$.NSSelf$, resyncPeriod, $.Indexers|raw${$.NamespaceIndex|raw$: $.MetaNamespaceIndexFunc|raw$}, f.tweakListOptions)
}
`

const informerMethodsTmpl0_31 = `
func (f *$.Type|private$Informer) Informer() $.SharedIndexInformer|raw$ {
	return f.factory.InformerFor(&$.Type|raw${}, f.defaultInformer)
}

func (f *$.Type|private$Informer) Lister() $.Lister|raw$ {
	return $.NewLister|raw$(f.Informer().GetIndexer())
}
`

const newInformerTmpl0_36 = `
// New$.Type|public$Informer constructs a new informer for $.Type|public$ type.
// Always prefer using an informer factory to get a shared informer instead of getting an independent
// one. This reduces memory footprint and number of connections to the server.
func New$.Type|public$Informer(client $.Clientset|raw$$.NSParam$, resyncPeriod $.Duration|raw$, indexers $.Indexers|raw$) $.SharedIndexInformer|raw$ {
	return New$.Type|public$InformerWithOptions(client$.NSArg$, $.II.InformerOptions|raw${ResyncPeriod: resyncPeriod, Indexers: indexers})
}
`

const newFilteredInformerTmpl0_36 = `
// NewFiltered$.Type|public$Informer constructs a new informer for $.Type|public$ type.
// Always prefer using an informer factory to get a shared informer instead of getting an independent
// one. This reduces memory footprint and number of connections to the server.
func NewFiltered$.Type|public$Informer(client $.Clientset|raw$$.NSParam$, resyncPeriod $.Duration|raw$, indexers $.Indexers|raw$, tweakListOptions $.II.Tweak|raw$) $.SharedIndexInformer|raw$ {
	return New$.Type|public$InformerWithOptions(client$.NSArg$, $.II.InformerOptions|raw${ResyncPeriod: resyncPeriod, Indexers: indexers, TweakListOptions: tweakListOptions})
}
`

const newInformerWithOptionsTmpl0_36 = `
// New$.Type|public$InformerWithOptions constructs a new informer for $.Type|public$ type with additional options.
// Always prefer using an informer factory to get a shared informer instead of getting an independent
// one. This reduces memory footprint and number of connections to the server.
func New$.Type|public$InformerWithOptions(client $.Clientset|raw$$.NSParam$, options $.II.InformerOptions|raw$) $.SharedIndexInformer|raw$ {
	gvr := $.GroupVersionResource|raw${Group: "$.Group$", Version: "$.Version$", Resource: "$.Resource$"}
	identifier := options.InformerName.WithResource(gvr)
	tweakListOptions := options.TweakListOptions
	return $.NewInformerWithOptions|raw$(
		$.WithWatchListSemantics|raw$(&$.ListWatch|raw${
			ListFunc: func(opts $.ListOptions|raw$) ($.RuntimeObject|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&opts)
				}
				return client.$.ClientGroup$().$.Type|publicPlural$($.NSCall$).List($.ContextBackground|raw$(), opts)
			},
			WatchFunc: func(opts $.ListOptions|raw$) ($.WatchInterface|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&opts)
				}
				return client.$.ClientGroup$().$.Type|publicPlural$($.NSCall$).Watch($.ContextBackground|raw$(), opts)
			},
			ListWithContextFunc: func(ctx $.Context|raw$, opts $.ListOptions|raw$) ($.RuntimeObject|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&opts)
				}
				return client.$.ClientGroup$().$.Type|publicPlural$($.NSCall$).List(ctx, opts)
			},
			WatchFuncWithContext: func(ctx $.Context|raw$, opts $.ListOptions|raw$) ($.WatchInterface|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&opts)
				}
				return client.$.ClientGroup$().$.Type|publicPlural$($.NSCall$).Watch(ctx, opts)
			},
		}, client),
		&$.Type|raw${},
		$.InformerOptionsCache|raw${
			ResyncPeriod: options.ResyncPeriod,
			Indexers:     options.Indexers,
			Identifier:   identifier,
		},
	)
}
`

const defaultInformerTmpl0_36 = `
func (f *$.Type|private$Informer) defaultInformer(client $.Clientset|raw$, resyncPeriod $.Duration|raw$) $.SharedIndexInformer|raw$ {
	return New$.Type|public$InformerWithOptions(client$.NSSelf$, $.II.InformerOptions|raw${ResyncPeriod: resyncPeriod, Indexers: $.Indexers|raw${$.NamespaceIndex|raw$: $.MetaNamespaceIndexFunc|raw$}, InformerName: f.factory.InformerName(), TweakListOptions: f.tweakListOptions})
}
`
