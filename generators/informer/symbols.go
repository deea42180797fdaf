package informer

import "k8s.io/gengo/v2/types"

const (
	cachePkg   = "k8s.io/client-go/tools/cache"
	metav1Pkg  = "k8s.io/apimachinery/pkg/apis/meta/v1"
	schemaPkg  = "k8s.io/apimachinery/pkg/runtime/schema"
	runtimePkg = "k8s.io/apimachinery/pkg/runtime"
)

// symbols are the outside names the templates refer to; the raw namer
// imports each one's package when it is used. Every args struct embeds it.
type symbols struct {
	Context                  *types.Type
	ContextBackground        *types.Type
	ContextTODO              *types.Type
	NewSharedIndexInformer   *types.Type
	ContextCause             *types.Type
	Errorf                   *types.Type
	ReflectType              *types.Type
	Mutex                    *types.Type
	Duration                 *types.Type
	MetaObject               *types.Type
	NamespaceAll             *types.Type
	ListOptions              *types.Type
	RuntimeObject            *types.Type
	GroupResource            *types.Type
	GroupVersionResource     *types.Type
	ContextForChannel        *types.Type
	WatchInterface           *types.Type
	DeletedObject            *types.Type
	DoneChecker              *types.Type
	GenericLister            *types.Type
	NewGenericLister         *types.Type
	Indexers                 *types.Type
	InformerName             *types.Type
	ListWatch                *types.Type
	MetaNamespaceIndexFunc   *types.Type
	NamespaceIndex           *types.Type
	NewInformerWithOptions   *types.Type
	NewTypedInformer         *types.Type
	SharedIndexInformer      *types.Type
	FilteringHandler         *types.Type
	DetailedHandlerFuncs     *types.Type
	HandlerFuncs             *types.Type
	TypedIndexers            *types.Type
	TypedIndexersToIndexers  *types.Type
	TypedSharedIndexInformer *types.Type
	InformerOptionsCache     *types.Type
	SyncResult               *types.Type
	TransformFunc            *types.Type
	WithWatchListSemantics   *types.Type
	WaitFor                  *types.Type
	WaitForCacheSync         *types.Type
}

func newSymbols() symbols {
	cache := func(name string) *types.Type { return types.Ref(cachePkg, name) }
	return symbols{
		Context:                  types.Ref("context", "Context"),
		ContextBackground:        types.Ref("context", "Background"),
		ContextTODO:              types.Ref("context", "TODO"),
		NewSharedIndexInformer:   cache("NewSharedIndexInformer"),
		ContextCause:             types.Ref("context", "Cause"),
		Errorf:                   types.Ref("fmt", "Errorf"),
		ReflectType:              types.Ref("reflect", "Type"),
		Mutex:                    types.Ref("sync", "Mutex"),
		Duration:                 types.Ref("time", "Duration"),
		MetaObject:               types.Ref(metav1Pkg, "Object"),
		NamespaceAll:             types.Ref(metav1Pkg, "NamespaceAll"),
		ListOptions:              types.Ref(metav1Pkg, "ListOptions"),
		RuntimeObject:            types.Ref(runtimePkg, "Object"),
		GroupResource:            types.Ref(schemaPkg, "GroupResource"),
		GroupVersionResource:     types.Ref(schemaPkg, "GroupVersionResource"),
		ContextForChannel:        types.Ref("k8s.io/apimachinery/pkg/util/wait", "ContextForChannel"),
		WatchInterface:           types.Ref("k8s.io/apimachinery/pkg/watch", "Interface"),
		DeletedObject:            cache("DeletedObject"),
		DoneChecker:              cache("DoneChecker"),
		GenericLister:            cache("GenericLister"),
		NewGenericLister:         cache("NewGenericLister"),
		Indexers:                 cache("Indexers"),
		InformerName:             cache("InformerName"),
		ListWatch:                cache("ListWatch"),
		MetaNamespaceIndexFunc:   cache("MetaNamespaceIndexFunc"),
		NamespaceIndex:           cache("NamespaceIndex"),
		NewInformerWithOptions:   cache("NewSharedIndexInformerWithOptions"),
		NewTypedInformer:         cache("NewTypedSharedIndexInformer"),
		SharedIndexInformer:      cache("SharedIndexInformer"),
		FilteringHandler:         cache("TypedFilteringResourceEventHandler"),
		DetailedHandlerFuncs:     cache("TypedResourceEventHandlerDetailedFuncs"),
		HandlerFuncs:             cache("TypedResourceEventHandlerFuncs"),
		TypedIndexers:            cache("TypedIndexers"),
		TypedIndexersToIndexers:  cache("TypedIndexersToIndexers"),
		TypedSharedIndexInformer: cache("TypedSharedIndexInformer"),
		InformerOptionsCache:     cache("SharedIndexInformerOptions"),
		SyncResult:               cache("SyncResult"),
		TransformFunc:            cache("TransformFunc"),
		WithWatchListSemantics:   cache("ToListWatcherWithWatchListSemantics"),
		WaitFor:                  cache("WaitFor"),
		WaitForCacheSync:         cache("WaitForCacheSync"),
	}
}

// internalInterfaces are the names of the internalinterfaces package.
type internalInterfaces struct {
	Factory         *types.Type // SharedInformerFactory
	Tweak           *types.Type // TweakListOptionsFunc
	NewInformerFunc *types.Type
	InformerOptions *types.Type
}

func newInternalInterfaces(pkg string) internalInterfaces {
	return internalInterfaces{
		Factory:         types.Ref(pkg, "SharedInformerFactory"),
		Tweak:           types.Ref(pkg, "TweakListOptionsFunc"),
		NewInformerFunc: types.Ref(pkg, "NewInformerFunc"),
		InformerOptions: types.Ref(pkg, "InformerOptions"),
	}
}
