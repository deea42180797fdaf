package informer

import (
	"io"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/snippet"
	"github.com/kodegen/kodegen/internal/kversion"
)

// genFactory writes factory.go: the SharedInformerFactory with one
// accessor per group.
type genFactory struct {
	base
	clientset *types.Type
	ii        internalInterfaces
	groups    []factoryGroup
	target    kversion.Version
}

// factoryTmpls are the templates of factory.go, in order, by the release
// that brought them: v0.35 reworded two comments, v0.36 added the informer
// name, StartWithContext and WaitForCacheSyncWithContext, v0.37 fixed the
// interface's comments.
var factoryTmpls = kversion.Table[[]string]{
	{From: kversion.V0_31, Value: []string{factoryStructTmpl0_31, factoryOptionsTmpl0_31, factoryConstructorsTmpl0_31,
		factoryLifecycleTmpl0_31, factoryInformerForTmpl0_31, factoryInterfaceTmpl0_31, factoryGroupsTmpl}},
	{From: kversion.V0_35, Value: []string{factoryStructTmpl0_31, factoryOptionsTmpl0_31, factoryConstructorsTmpl,
		factoryLifecycleTmpl0_31, factoryInformerForTmpl0_31, factoryInterfaceTmpl0_35, factoryGroupsTmpl}},
	{From: kversion.V0_36, Value: []string{factoryStructTmpl, factoryOptionsTmpl, factoryConstructorsTmpl,
		factoryLifecycleTmpl, factoryInformerForTmpl, factoryInterfaceTmpl0_36, factoryGroupsTmpl}},
	{From: kversion.V0_37, Value: []string{factoryStructTmpl, factoryOptionsTmpl, factoryConstructorsTmpl,
		factoryLifecycleTmpl, factoryInformerForTmpl, factoryInterfaceTmpl, factoryGroupsTmpl}},
}

// factoryGroup is one group as the factory sees it: its Go name and the
// Interface and New of its package.
type factoryGroup struct {
	GoName    string
	Interface *types.Type
	New       *types.Type
}

// factoryArgs are what the factory templates refer to.
type factoryArgs struct {
	symbols
	II        internalInterfaces
	Clientset *types.Type
	Groups    []factoryGroup
}

func (g *genFactory) Init(c *generator.Context, w io.Writer) error {
	args := factoryArgs{symbols: newSymbols(), II: g.ii, Clientset: g.clientset, Groups: g.groups}
	sw := snippet.NewWriter(w, c, "$", "$")
	for _, tmpl := range factoryTmpls.At(g.target) {
		sw.Do(tmpl, args)
	}
	return sw.Error()
}

const factoryStructTmpl = `
// SharedInformerOption defines the functional option type for SharedInformerFactory.
type SharedInformerOption func(*sharedInformerFactory) *sharedInformerFactory

type sharedInformerFactory struct {
	client $.Clientset|raw$
	namespace string
	tweakListOptions $.II.Tweak|raw$
	lock $.Mutex|raw$
	defaultResync $.Duration|raw$
	customResync map[$.ReflectType|raw$]$.Duration|raw$
	transform $.TransformFunc|raw$
	informerName *$.InformerName|raw$

	informers map[$.ReflectType|raw$]$.SharedIndexInformer|raw$
	// startedInformers is used for tracking which informers have been started.
	// This allows Start() to be called multiple times safely.
	startedInformers map[$.ReflectType|raw$]bool
	// wg tracks how many goroutines were started.
	wg sync.WaitGroup
	// shuttingDown is true when Shutdown has been called. It may still be running
	// because it needs to wait for goroutines.
	shuttingDown bool
}
`

const factoryOptionsTmpl = `
// WithCustomResyncConfig sets a custom resync period for the specified informer types.
func WithCustomResyncConfig(resyncConfig map[$.MetaObject|raw$]$.Duration|raw$) SharedInformerOption {
	return func(factory *sharedInformerFactory) *sharedInformerFactory {
		for k, v := range resyncConfig {
			factory.customResync[reflect.TypeOf(k)] = v
		}
		return factory
	}
}

// WithTweakListOptions sets a custom filter on all listers of the configured SharedInformerFactory.
func WithTweakListOptions(tweakListOptions $.II.Tweak|raw$) SharedInformerOption {
	return func(factory *sharedInformerFactory) *sharedInformerFactory {
		factory.tweakListOptions = tweakListOptions
		return factory
	}
}

// WithNamespace limits the SharedInformerFactory to the specified namespace.
func WithNamespace(namespace string) SharedInformerOption {
	return func(factory *sharedInformerFactory) *sharedInformerFactory {
		factory.namespace = namespace
		return factory
	}
}

// WithTransform sets a transform on all informers.
func WithTransform(transform $.TransformFunc|raw$) SharedInformerOption {
	return func(factory *sharedInformerFactory) *sharedInformerFactory {
		factory.transform = transform
		return factory
	}
}

// WithInformerName sets the InformerName for informer identity used in metrics.
// The InformerName must be created via cache.NewInformerName() at startup,
// which validates global uniqueness. Each informer type will register its
// GVR under this name.
func WithInformerName(informerName *$.InformerName|raw$) SharedInformerOption {
	return func(factory *sharedInformerFactory) *sharedInformerFactory {
		factory.informerName = informerName
		return factory
	}
}

func (f *sharedInformerFactory) InformerName() *$.InformerName|raw$ {
	return f.informerName
}
`

const factoryConstructorsTmpl = `
// NewSharedInformerFactory constructs a new instance of sharedInformerFactory for all namespaces.
func NewSharedInformerFactory(client $.Clientset|raw$, defaultResync $.Duration|raw$) SharedInformerFactory {
	return NewSharedInformerFactoryWithOptions(client, defaultResync)
}

// NewFilteredSharedInformerFactory constructs a new instance of sharedInformerFactory.
// Listers obtained via this SharedInformerFactory will be subject to the same filters
// as specified here.
//
// Deprecated: Please use NewSharedInformerFactoryWithOptions instead
func NewFilteredSharedInformerFactory(client $.Clientset|raw$, defaultResync $.Duration|raw$, namespace string, tweakListOptions $.II.Tweak|raw$) SharedInformerFactory {
	return NewSharedInformerFactoryWithOptions(client, defaultResync, WithNamespace(namespace), WithTweakListOptions(tweakListOptions))
}

// NewSharedInformerFactoryWithOptions constructs a new instance of a SharedInformerFactory with additional options.
func NewSharedInformerFactoryWithOptions(client $.Clientset|raw$, defaultResync $.Duration|raw$, options ...SharedInformerOption) SharedInformerFactory {
	factory := &sharedInformerFactory{
		client:           client,
		namespace:        $.NamespaceAll|raw$,
		defaultResync:    defaultResync,
		informers:        make(map[$.ReflectType|raw$]$.SharedIndexInformer|raw$),
		startedInformers: make(map[$.ReflectType|raw$]bool),
		customResync:     make(map[$.ReflectType|raw$]$.Duration|raw$),
	}

	// Apply all options
	for _, opt := range options {
		factory = opt(factory)
	}

	return factory
}
`

const factoryLifecycleTmpl = `
func (f *sharedInformerFactory) Start(stopCh <-chan struct{}) {
	f.StartWithContext($.ContextForChannel|raw$(stopCh))
}

func (f *sharedInformerFactory) StartWithContext(ctx $.Context|raw$) {
	f.lock.Lock()
	defer f.lock.Unlock()

	if f.shuttingDown {
		return
	}

	for informerType, informer := range f.informers {
		if !f.startedInformers[informerType] {
			f.wg.Go(func() {
				informer.RunWithContext(ctx)
			})
			f.startedInformers[informerType] = true
		}
	}
}

func (f *sharedInformerFactory) Shutdown() {
	f.lock.Lock()
	f.shuttingDown = true
	f.lock.Unlock()

	// Will return immediately if there is nothing to wait for.
	f.wg.Wait()
	f.informerName.Release()
}

func (f *sharedInformerFactory) WaitForCacheSync(stopCh <-chan struct{}) map[$.ReflectType|raw$]bool {
	result := f.WaitForCacheSyncWithContext($.ContextForChannel|raw$(stopCh))
	return result.Synced
}

func (f *sharedInformerFactory) WaitForCacheSyncWithContext(ctx $.Context|raw$) $.SyncResult|raw$ {
	informers := func() map[$.ReflectType|raw$]$.SharedIndexInformer|raw$ {
		f.lock.Lock()
		defer f.lock.Unlock()

		informers := map[$.ReflectType|raw$]$.SharedIndexInformer|raw${}
		for informerType, informer := range f.informers {
			if f.startedInformers[informerType] {
				informers[informerType] = informer
			}
		}
		return informers
	}()

	// Wait for informers to sync, without polling.
	cacheSyncs := make([]$.DoneChecker|raw$, 0, len(informers))
	for _, informer := range informers {
		cacheSyncs = append(cacheSyncs, informer.HasSyncedChecker())
	}
	$.WaitFor|raw$(ctx, "" /* no logging */, cacheSyncs...)

	res := $.SyncResult|raw${
		Synced: make(map[$.ReflectType|raw$]bool, len(informers)),
	}
	failed := false
	for informType, informer := range informers {
		hasSynced := informer.HasSynced()
		if !hasSynced {
			failed = true
		}
		res.Synced[informType] = hasSynced
	}
	if failed {
		// context.Cause is more informative than ctx.Err().
		// This must be non-nil, otherwise WaitFor wouldn't have stopped
		// prematurely.
		res.Err = $.ContextCause|raw$(ctx)
	}

	return res
}
`

const factoryInformerForTmpl = `
// InformerFor returns the SharedIndexInformer for obj using an internal
// client.
func (f *sharedInformerFactory) InformerFor(obj $.RuntimeObject|raw$, newFunc $.II.NewInformerFunc|raw$) $.SharedIndexInformer|raw$ {
	f.lock.Lock()
	defer f.lock.Unlock()

	informerType := reflect.TypeOf(obj)
	informer, exists := f.informers[informerType]
	if exists {
		return informer
	}

	resyncPeriod, exists := f.customResync[informerType]
	if !exists {
		resyncPeriod = f.defaultResync
	}

	informer = newFunc(f.client, resyncPeriod)
	if f.transform != nil {
		informer.SetTransform(f.transform)
	}
	f.informers[informerType] = informer

	return informer
}
`

const factoryInterfaceTmpl = `
// SharedInformerFactory provides shared informers for resources in all known
// API group versions.
//
// It is typically used like this:
//
//	ctx, cancel := context.WithCancel(context.Background())
//	defer cancel()
//	factory := NewSharedInformerFactory(client, resyncPeriod)
//	defer factory.Shutdown()    // Returns immediately if nothing was started.
//	genericInformer := factory.ForResource(resource)
//	typedInformer := factory.SomeAPIGroup().V1().SomeType()
//	handle, err := typeInformer.Informer().AddEventHandler(...)
//	if err != nil {
//	    return fmt.Errorf("register event handler: %v", err)
//	}
//	defer typeInformer.Informer().RemoveEventHandler(handle) // Avoids leaking goroutines.
//	factory.StartWithContext(ctx)                            // Start processing these informers.
//	synced := factory.WaitForCacheSyncWithContext(ctx)
//	if err := synced.AsError(); err != nil {
//	    return err
//	}
//	for v := range synced {
//	    // Only if desired log some information similar to this.
//	    fmt.Fprintf(os.Stdout, "cache synced: %s", v)
//	}
//
//	// Also make sure that all of the initial cache events have been delivered.
//	if !WaitFor(ctx, "event handler sync", handle.HasSyncedChecker()) {
//	    // Must have failed because of context.
//	    return fmt.Errorf("sync event handler: %w", context.Cause(ctx))
//	}
//
//	// Creating informers can also be created after Start, but then
//	// Start must be called again:
//	anotherGenericInformer := factory.ForResource(resource)
//	factory.StartWithContext(ctx)
type SharedInformerFactory interface {
	$.II.Factory|raw$

	// Start initializes all requested informers. They are handled in goroutines
	// which run until the stop channel gets closed.
	// Warning: Start does not block. When run in a go-routine, it will race with a later WaitForCacheSync.
	//
	// Contextual logging: StartWithContext should be used instead of Start in code which supports contextual logging.
	Start(stopCh <-chan struct{})

	// StartWithContext initializes all requested informers. They are handled in goroutines
	// which run until the context gets canceled.
	// Warning: StartWithContext does not block. When run in a go-routine, it will race with a later WaitForCacheSync.
	StartWithContext(ctx $.Context|raw$)

	// Shutdown marks a factory as shutting down. At that point no new
	// informers can be started anymore and Start will return without
	// doing anything.
	//
	// In addition, Shutdown blocks until all goroutines have terminated. For that
	// to happen, the close channel(s) that they were started with must be closed,
	// either before Shutdown gets called or while it is waiting.
	//
	// Shutdown may be called multiple times, even concurrently. All such calls will
	// block until all goroutines have terminated.
	Shutdown()

	// WaitForCacheSync blocks until all started informers' caches were synced
	// or the stop channel gets closed.
	//
	// Contextual logging: WaitForCacheSyncWithContext should be used instead of WaitForCacheSync in code which supports contextual logging. It also returns a more useful result.
	WaitForCacheSync(stopCh <-chan struct{}) map[$.ReflectType|raw$]bool

	// WaitForCacheSyncWithContext blocks until all started informers' caches were synced
	// or the context gets canceled.
	WaitForCacheSyncWithContext(ctx $.Context|raw$) $.SyncResult|raw$

	// ForResource gives generic access to a shared informer of the matching type.
	ForResource(resource $.GroupVersionResource|raw$) (GenericInformer, error)

	// InformerFor returns the SharedIndexInformer for obj using an internal
	// client.
	InformerFor(obj $.RuntimeObject|raw$, newFunc $.II.NewInformerFunc|raw$) $.SharedIndexInformer|raw$

	$ range .Groups -$
	$.GoName$() $.Interface|raw$
	$ end $
}
`

const factoryGroupsTmpl = `
$- range .Groups $
func (f *sharedInformerFactory) $.GoName$() $.Interface|raw$ {
	return $.New|raw$(f, f.namespace, f.tweakListOptions)
}
$ end $
`

// The templates of releases before v0.36 (factoryTmpls).

const factoryStructTmpl0_31 = `
// SharedInformerOption defines the functional option type for SharedInformerFactory.
type SharedInformerOption func(*sharedInformerFactory) *sharedInformerFactory

type sharedInformerFactory struct {
	client $.Clientset|raw$
	namespace string
	tweakListOptions $.II.Tweak|raw$
	lock $.Mutex|raw$
	defaultResync $.Duration|raw$
	customResync map[$.ReflectType|raw$]$.Duration|raw$
	transform $.TransformFunc|raw$

	informers map[$.ReflectType|raw$]$.SharedIndexInformer|raw$
	// startedInformers is used for tracking which informers have been started.
	// This allows Start() to be called multiple times safely.
	startedInformers map[$.ReflectType|raw$]bool
	// wg tracks how many goroutines were started.
	wg sync.WaitGroup
	// shuttingDown is true when Shutdown has been called. It may still be running
	// because it needs to wait for goroutines.
	shuttingDown bool
}
`

const factoryOptionsTmpl0_31 = `
// WithCustomResyncConfig sets a custom resync period for the specified informer types.
func WithCustomResyncConfig(resyncConfig map[$.MetaObject|raw$]$.Duration|raw$) SharedInformerOption {
	return func(factory *sharedInformerFactory) *sharedInformerFactory {
		for k, v := range resyncConfig {
			factory.customResync[reflect.TypeOf(k)] = v
		}
		return factory
	}
}

// WithTweakListOptions sets a custom filter on all listers of the configured SharedInformerFactory.
func WithTweakListOptions(tweakListOptions $.II.Tweak|raw$) SharedInformerOption {
	return func(factory *sharedInformerFactory) *sharedInformerFactory {
		factory.tweakListOptions = tweakListOptions
		return factory
	}
}

// WithNamespace limits the SharedInformerFactory to the specified namespace.
func WithNamespace(namespace string) SharedInformerOption {
	return func(factory *sharedInformerFactory) *sharedInformerFactory {
		factory.namespace = namespace
		return factory
	}
}

// WithTransform sets a transform on all informers.
func WithTransform(transform $.TransformFunc|raw$) SharedInformerOption {
	return func(factory *sharedInformerFactory) *sharedInformerFactory {
		factory.transform = transform
		return factory
	}
}

`

const factoryConstructorsTmpl0_31 = `
// NewSharedInformerFactory constructs a new instance of sharedInformerFactory for all namespaces.
func NewSharedInformerFactory(client $.Clientset|raw$, defaultResync $.Duration|raw$) SharedInformerFactory {
	return NewSharedInformerFactoryWithOptions(client, defaultResync)
}

// NewFilteredSharedInformerFactory constructs a new instance of sharedInformerFactory.
// Listers obtained via this SharedInformerFactory will be subject to the same filters
// as specified here.
// Deprecated: Please use NewSharedInformerFactoryWithOptions instead
func NewFilteredSharedInformerFactory(client $.Clientset|raw$, defaultResync $.Duration|raw$, namespace string, tweakListOptions $.II.Tweak|raw$) SharedInformerFactory {
	return NewSharedInformerFactoryWithOptions(client, defaultResync, WithNamespace(namespace), WithTweakListOptions(tweakListOptions))
}

// NewSharedInformerFactoryWithOptions constructs a new instance of a SharedInformerFactory with additional options.
func NewSharedInformerFactoryWithOptions(client $.Clientset|raw$, defaultResync $.Duration|raw$, options ...SharedInformerOption) SharedInformerFactory {
	factory := &sharedInformerFactory{
		client:           client,
		namespace:        $.NamespaceAll|raw$,
		defaultResync:    defaultResync,
		informers:        make(map[$.ReflectType|raw$]$.SharedIndexInformer|raw$),
		startedInformers: make(map[$.ReflectType|raw$]bool),
		customResync:     make(map[$.ReflectType|raw$]$.Duration|raw$),
	}

	// Apply all options
	for _, opt := range options {
		factory = opt(factory)
	}

	return factory
}
`

const factoryLifecycleTmpl0_31 = `
func (f *sharedInformerFactory) Start(stopCh <-chan struct{}) {
	f.lock.Lock()
	defer f.lock.Unlock()

	if f.shuttingDown {
		return
	}

	for informerType, informer := range f.informers {
		if !f.startedInformers[informerType] {
			f.wg.Add(1)
			// We need a new variable in each loop iteration,
			// otherwise the goroutine would use the loop variable
			// and that keeps changing.
			informer := informer
			go func() {
				defer f.wg.Done()
				informer.Run(stopCh)
			}()
			f.startedInformers[informerType] = true
		}
	}
}

func (f *sharedInformerFactory) Shutdown() {
	f.lock.Lock()
	f.shuttingDown = true
	f.lock.Unlock()

	// Will return immediately if there is nothing to wait for.
	f.wg.Wait()
}

func (f *sharedInformerFactory) WaitForCacheSync(stopCh <-chan struct{}) map[$.ReflectType|raw$]bool {
	informers := func() map[$.ReflectType|raw$]$.SharedIndexInformer|raw$ {
		f.lock.Lock()
		defer f.lock.Unlock()

		informers := map[$.ReflectType|raw$]$.SharedIndexInformer|raw${}
		for informerType, informer := range f.informers {
			if f.startedInformers[informerType] {
				informers[informerType] = informer
			}
		}
		return informers
	}()

	res := map[$.ReflectType|raw$]bool{}
	for informType, informer := range informers {
		res[informType] = $.WaitForCacheSync|raw$(stopCh, informer.HasSynced)
	}
	return res
}
`

const factoryInformerForTmpl0_31 = `
// InformerFor returns the SharedIndexInformer for obj using an internal
// client.
func (f *sharedInformerFactory) InformerFor(obj $.RuntimeObject|raw$, newFunc $.II.NewInformerFunc|raw$) $.SharedIndexInformer|raw$ {
	f.lock.Lock()
	defer f.lock.Unlock()

	informerType := reflect.TypeOf(obj)
	informer, exists := f.informers[informerType]
	if exists {
		return informer
	}

	resyncPeriod, exists := f.customResync[informerType]
	if !exists {
		resyncPeriod = f.defaultResync
	}

	informer = newFunc(f.client, resyncPeriod)
	informer.SetTransform(f.transform)
	f.informers[informerType] = informer

	return informer
}
`

const factoryInterfaceTmpl0_31 = `
// SharedInformerFactory provides shared informers for resources in all known
// API group versions.
//
// It is typically used like this:
//
//	ctx, cancel := context.Background()
//	defer cancel()
//	factory := NewSharedInformerFactory(client, resyncPeriod)
//	defer factory.WaitForStop()    // Returns immediately if nothing was started.
//	genericInformer := factory.ForResource(resource)
//	typedInformer := factory.SomeAPIGroup().V1().SomeType()
//	factory.Start(ctx.Done())          // Start processing these informers.
//	synced := factory.WaitForCacheSync(ctx.Done())
//	for v, ok := range synced {
//	    if !ok {
//	        fmt.Fprintf(os.Stderr, "caches failed to sync: %v", v)
//	        return
//	    }
//	}
//
//	// Creating informers can also be created after Start, but then
//	// Start must be called again:
//	anotherGenericInformer := factory.ForResource(resource)
//	factory.Start(ctx.Done())
type SharedInformerFactory interface {
	$.II.Factory|raw$

	// Start initializes all requested informers. They are handled in goroutines
	// which run until the stop channel gets closed.
	// Warning: Start does not block. When run in a go-routine, it will race with a later WaitForCacheSync.
	Start(stopCh <-chan struct{})

	// Shutdown marks a factory as shutting down. At that point no new
	// informers can be started anymore and Start will return without
	// doing anything.
	//
	// In addition, Shutdown blocks until all goroutines have terminated. For that
	// to happen, the close channel(s) that they were started with must be closed,
	// either before Shutdown gets called or while it is waiting.
	//
	// Shutdown may be called multiple times, even concurrently. All such calls will
	// block until all goroutines have terminated.
	Shutdown()

	// WaitForCacheSync blocks until all started informers' caches were synced
	// or the stop channel gets closed.
	WaitForCacheSync(stopCh <-chan struct{}) map[$.ReflectType|raw$]bool

	// ForResource gives generic access to a shared informer of the matching type.
	ForResource(resource $.GroupVersionResource|raw$) (GenericInformer, error)

	// InformerFor returns the SharedIndexInformer for obj using an internal
	// client.
	InformerFor(obj $.RuntimeObject|raw$, newFunc $.II.NewInformerFunc|raw$) $.SharedIndexInformer|raw$

	$ range .Groups -$
	$.GoName$() $.Interface|raw$
	$ end $
}
`

const factoryInterfaceTmpl0_35 = `
// SharedInformerFactory provides shared informers for resources in all known
// API group versions.
//
// It is typically used like this:
//
//	ctx, cancel := context.WithCancel(context.Background())
//	defer cancel()
//	factory := NewSharedInformerFactory(client, resyncPeriod)
//	defer factory.WaitForStop()    // Returns immediately if nothing was started.
//	genericInformer := factory.ForResource(resource)
//	typedInformer := factory.SomeAPIGroup().V1().SomeType()
//	factory.Start(ctx.Done())          // Start processing these informers.
//	synced := factory.WaitForCacheSync(ctx.Done())
//	for v, ok := range synced {
//	    if !ok {
//	        fmt.Fprintf(os.Stderr, "caches failed to sync: %v", v)
//	        return
//	    }
//	}
//
//	// Creating informers can also be created after Start, but then
//	// Start must be called again:
//	anotherGenericInformer := factory.ForResource(resource)
//	factory.Start(ctx.Done())
type SharedInformerFactory interface {
	$.II.Factory|raw$

	// Start initializes all requested informers. They are handled in goroutines
	// which run until the stop channel gets closed.
	// Warning: Start does not block. When run in a go-routine, it will race with a later WaitForCacheSync.
	Start(stopCh <-chan struct{})

	// Shutdown marks a factory as shutting down. At that point no new
	// informers can be started anymore and Start will return without
	// doing anything.
	//
	// In addition, Shutdown blocks until all goroutines have terminated. For that
	// to happen, the close channel(s) that they were started with must be closed,
	// either before Shutdown gets called or while it is waiting.
	//
	// Shutdown may be called multiple times, even concurrently. All such calls will
	// block until all goroutines have terminated.
	Shutdown()

	// WaitForCacheSync blocks until all started informers' caches were synced
	// or the stop channel gets closed.
	WaitForCacheSync(stopCh <-chan struct{}) map[$.ReflectType|raw$]bool

	// ForResource gives generic access to a shared informer of the matching type.
	ForResource(resource $.GroupVersionResource|raw$) (GenericInformer, error)

	// InformerFor returns the SharedIndexInformer for obj using an internal
	// client.
	InformerFor(obj $.RuntimeObject|raw$, newFunc $.II.NewInformerFunc|raw$) $.SharedIndexInformer|raw$

	$ range .Groups -$
	$.GoName$() $.Interface|raw$
	$ end $
}
`

const factoryInterfaceTmpl0_36 = `
// SharedInformerFactory provides shared informers for resources in all known
// API group versions.
//
// It is typically used like this:
//
//	ctx, cancel := context.WithCancel(context.Background())
//	defer cancel()
//	factory := NewSharedInformerFactory(client, resyncPeriod)
//	defer factory.WaitForStop()    // Returns immediately if nothing was started.
//	genericInformer := factory.ForResource(resource)
//	typedInformer := factory.SomeAPIGroup().V1().SomeType()
//	handle, err := typeInformer.Informer().AddEventHandler(...)
//	if err != nil {
//	    return fmt.Errorf("register event handler: %v", err)
//	}
//	defer typeInformer.Informer().RemoveEventHandler(handle) // Avoids leaking goroutines.
//	factory.StartWithContext(ctx)                            // Start processing these informers.
//	synced := factory.WaitForCacheSyncWithContext(ctx)
//	if err := synced.AsError(); err != nil {
//	    return err
//	}
//	for v := range synced {
//	    // Only if desired log some information similar to this.
//	    fmt.Fprintf(os.Stdout, "cache synced: %s", v)
//	}
//
//	// Also make sure that all of the initial cache events have been delivered.
//	if !WaitFor(ctx, "event handler sync", handle.HasSyncedChecker()) {
//	    // Must have failed because of context.
//	    return fmt.Errorf("sync event handler: %w", context.Cause(ctx))
//	}
//
//	// Creating informers can also be created after Start, but then
//	// Start must be called again:
//	anotherGenericInformer := factory.ForResource(resource)
//	factory.StartWithContext(ctx)
type SharedInformerFactory interface {
	$.II.Factory|raw$

	// Start initializes all requested informers. They are handled in goroutines
	// which run until the stop channel gets closed.
	// Warning: Start does not block. When run in a go-routine, it will race with a later WaitForCacheSync.
	//
	// Contextual logging: StartWithContext should be used instead of Start in code which supports contextual logging.
	Start(stopCh <-chan struct{})

	// StartWithContext initializes all requested informers. They are handled in goroutines
	// which run until the context gets canceled.
	// Warning: StartWithContext does not block. When run in a go-routine, it will race with a later WaitForCacheSync.
	StartWithContext(ctx $.Context|raw$)

	// Shutdown marks a factory as shutting down. At that point no new
	// informers can be started anymore and Start will return without
	// doing anything.
	//
	// In addition, Shutdown blocks until all goroutines have terminated. For that
	// to happen, the close channel(s) that they were started with must be closed,
	// either before Shutdown gets called or while it is waiting.
	//
	// Shutdown may be called multiple times, even concurrently. All such calls will
	// block until all goroutines have terminated.
	Shutdown()

	// WaitForCacheSync blocks until all started informers' caches were synced
	// or the stop channel gets closed.
	//
	// Contextual logging: WaitForCacheSync should be used instead of WaitForCacheSync in code which supports contextual logging. It also returns a more useful result.
	WaitForCacheSync(stopCh <-chan struct{}) map[$.ReflectType|raw$]bool

	// WaitForCacheSyncWithContext blocks until all started informers' caches were synced
	// or the context gets canceled.
	WaitForCacheSyncWithContext(ctx $.Context|raw$) $.SyncResult|raw$

	// ForResource gives generic access to a shared informer of the matching type.
	ForResource(resource $.GroupVersionResource|raw$) (GenericInformer, error)

	// InformerFor returns the SharedIndexInformer for obj using an internal
	// client.
	InformerFor(obj $.RuntimeObject|raw$, newFunc $.II.NewInformerFunc|raw$) $.SharedIndexInformer|raw$

	$ range .Groups -$
	$.GoName$() $.Interface|raw$
	$ end $
}
`
