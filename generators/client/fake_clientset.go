package client

import (
	"fmt"
	"io"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/snippet"
	"github.com/kodegen/kodegen/internal/kversion"
)

func (r *run) fakeClientsetTarget() generator.Target {
	doc := "// This package has the automatically generated fake clientset.\n"
	return r.target("fake", "fake", doc, nil, func(*generator.Context) []generator.Generator {
		return []generator.Generator{
			&genFakeClientset{
				File: snippet.NewFile("clientset_generated.go", r.clientsetPkg),
				run:  r,
			},
			&genScheme{
				File: snippet.NewFile("register.go", r.clientsetPkg),
				run:  r,
			},
		}
	})
}

// genFakeClientset writes fake/clientset_generated.go: a Clientset backed
// by an object tracker, returning the typed fakes.
type genFakeClientset struct {
	snippet.File
	run *run
	once
}

func (g *genFakeClientset) Filter(*generator.Context, *types.Type) bool { return g.first() }

// The templates spell these packages by name, so they are imported here.
var fakeClientsetImports = []string{
	`"k8s.io/client-go/testing"`,
	`"k8s.io/client-go/discovery"`,
	`fakediscovery "k8s.io/client-go/discovery/fake"`,
	`"k8s.io/apimachinery/pkg/runtime"`,
	`"k8s.io/apimachinery/pkg/watch"`,
}

// fakeClientsetMetaImport: from v0.33 the watch reactor reads the list
// options.
var fakeClientsetMetaImport = kversion.From("", kversion.V0_33, `metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"`)

func (g *genFakeClientset) Imports(*generator.Context) []string {
	lines := append(g.Tracker().ImportLines(), g.run.typedImports(true)...)
	lines = append(lines, fmt.Sprintf("clientset %q", g.run.clientsetPkg))
	lines = append(lines, fakeClientsetImports...)
	if meta := fakeClientsetMetaImport.At(g.run.cfg.Target); meta != "" {
		lines = append(lines, meta)
	}
	return lines
}

type fakeClientsetArgs struct {
	GVs              []clientsetGV
	NewTypeConverter *types.Type
	// Discovery is the name of discovery's interface (fakeDiscoveryNames).
	Discovery string
}

func (g *genFakeClientset) GenerateType(c *generator.Context, _ *types.Type, w io.Writer) error {
	sw := snippet.NewWriter(w, c, "$", "$")
	target := g.run.cfg.Target
	args := fakeClientsetArgs{GVs: g.run.clientsetGVs(), Discovery: fakeDiscoveryNames.At(target)}
	for _, tmpl := range []string{fakeSimpleDocTmpls.At(target), fakeSimpleOpenTmpl, fakeSimpleReactorTmpls.At(target), fakeClientsetStructTmpl, fakeWatchListTmpls.At(target)} {
		sw.Do(tmpl, args)
	}
	if pkg := g.run.cfg.ApplyConfigurationPackage; pkg != "" {
		args.NewTypeConverter = types.Ref(pkg, "NewTypeConverter")
		for _, tmpl := range []string{fakeNewDocTmpls.At(target), fakeNewClientsetOpenTmpl, fakeNewReactorTmpls.At(target)} {
			sw.Do(tmpl, args)
		}
	}
	sw.Do(fakeClientsetChecksTmpl, args)
	return sw.Error()
}

// The fake clientset's pieces, by the release that brought each variant:
// v0.33 passed the watch's list options to the tracker, v0.34 fixed the
// name of their variable in NewClientset and v0.35 in NewSimpleClientset
// (code-generator v0.34.13's source has that fix too, but the published
// client-go and sample-apiserver v0.34.13 do not: kodegen writes what they
// publish), v0.35 undeprecated NewSimpleClientset, said how
// NewClientset differs and added IsWatchListSemanticsUnSupported (its
// comment fixed in v0.36), v0.37 returns discovery.DiscoveryInterfaces.
var (
	fakeSimpleDocTmpls     = kversion.From(fakeSimpleDocTmpl0_31, kversion.V0_35, fakeSimpleDocTmpl)
	fakeSimpleReactorTmpls = kversion.Table[string]{
		{From: kversion.V0_31, Value: fakeWatchReactorTmpl0_31},
		{From: kversion.V0_33, Value: fakeWatchReactorTmpl0_33},
		{From: kversion.V0_35, Value: fakeWatchReactorTmpl},
	}
	fakeNewReactorTmpls = kversion.Table[string]{
		{From: kversion.V0_31, Value: fakeWatchReactorTmpl0_31},
		{From: kversion.V0_33, Value: fakeWatchReactorTmpl0_33},
		{From: kversion.V0_34, Value: fakeWatchReactorTmpl},
	}
	fakeDiscoveryNames = kversion.From("DiscoveryInterface", kversion.V0_37, "DiscoveryInterfaces")
	fakeWatchListTmpls = kversion.Table[string]{
		{From: kversion.V0_31, Value: ""},
		{From: kversion.V0_35, Value: fakeWatchListTmpl0_35},
		{From: kversion.V0_36, Value: fakeWatchListTmpl},
	}
	fakeNewDocTmpls = kversion.From(fakeNewClientsetDocTmpl0_31, kversion.V0_35, fakeNewClientsetDocTmpl)
)

const fakeSimpleDocTmpl = `
// NewSimpleClientset returns a clientset that will respond with the provided objects.
// It's backed by a very simple object tracker that processes creates, updates and deletions as-is,
// without applying any field management, validations and/or defaults. It shouldn't be considered a replacement
// for a real clientset and is mostly useful in simple unit tests.
`

const fakeSimpleDocTmpl0_31 = `
// NewSimpleClientset returns a clientset that will respond with the provided objects.
// It's backed by a very simple object tracker that processes creates, updates and deletions as-is,
// without applying any field management, validations and/or defaults. It shouldn't be considered a replacement
// for a real clientset and is mostly useful in simple unit tests.
//
// DEPRECATED: NewClientset replaces this with support for field management, which significantly improves
// server side apply testing. NewClientset is only available when apply configurations are generated (e.g.
// via --with-applyconfig).
`

const fakeSimpleOpenTmpl = `func NewSimpleClientset(objects ...runtime.Object) *Clientset {
	o := testing.NewObjectTracker(scheme, codecs.UniversalDecoder())
	for _, obj := range objects {
		if err := o.Add(obj); err != nil {
			panic(err)
		}
	}

	cs := &Clientset{tracker: o}
	cs.discovery = &fakediscovery.FakeDiscovery{Fake: &cs.Fake}
	cs.AddReactor("*", "*", testing.ObjectReaction(o))
	cs.AddWatchReactor("*", func(action testing.Action) (handled bool, ret watch.Interface, err error) {
`

const fakeWatchReactorTmpl = `		var opts metav1.ListOptions
		if watchAction, ok := action.(testing.WatchActionImpl); ok {
			opts = watchAction.ListOptions
		}
		gvr := action.GetResource()
		ns := action.GetNamespace()
		watch, err := o.Watch(gvr, ns, opts)
		if err != nil {
			return false, nil, err
		}
		return true, watch, nil
	})

	return cs
}
`

const fakeWatchReactorTmpl0_33 = `		var opts metav1.ListOptions
		if watchActcion, ok := action.(testing.WatchActionImpl); ok {
			opts = watchActcion.ListOptions
		}
		gvr := action.GetResource()
		ns := action.GetNamespace()
		watch, err := o.Watch(gvr, ns, opts)
		if err != nil {
			return false, nil, err
		}
		return true, watch, nil
	})

	return cs
}
`

const fakeWatchReactorTmpl0_31 = `		gvr := action.GetResource()
		ns := action.GetNamespace()
		watch, err := o.Watch(gvr, ns)
		if err != nil {
			return false, nil, err
		}
		return true, watch, nil
	})

	return cs
}
`

const fakeClientsetStructTmpl = `
// Clientset implements clientset.Interface. Meant to be embedded into a
// struct to get a default implementation. This makes faking out just the method
// you want to test easier.
type Clientset struct {
	testing.Fake
	discovery *fakediscovery.FakeDiscovery
	tracker   testing.ObjectTracker
}

func (c *Clientset) Discovery() discovery.$.Discovery$ {
	return c.discovery
}

func (c *Clientset) Tracker() testing.ObjectTracker {
	return c.tracker
}
`

const fakeWatchListTmpl = `
// IsWatchListSemanticsUnSupported informs the reflector that this client
// doesn't support WatchList semantics.
//
// This is a synthetic method whose sole purpose is to satisfy the optional
// interface check performed by the reflector.
// Returning true signals that WatchList can NOT be used.
// No additional logic is implemented here.
func (c *Clientset) IsWatchListSemanticsUnSupported() bool {
	return true
}
`

const fakeWatchListTmpl0_35 = `
// IsWatchListSemanticsSupported informs the reflector that this client
// doesn't support WatchList semantics.
//
// This is a synthetic method whose sole purpose is to satisfy the optional
// interface check performed by the reflector.
// Returning true signals that WatchList can NOT be used.
// No additional logic is implemented here.
func (c *Clientset) IsWatchListSemanticsUnSupported() bool {
	return true
}
`

const fakeNewClientsetDocTmpl = `
// NewClientset returns a clientset that will respond with the provided objects.
// It's backed by a very simple object tracker that processes creates, updates and deletions as-is,
// without applying any validations and/or defaults. It shouldn't be considered a replacement
// for a real clientset and is mostly useful in simple unit tests.
//
// Compared to NewSimpleClientset, the Clientset returned here supports field tracking and thus
// server-side apply. Beware though that support in that for CRDs is missing
// (https://github.com/kubernetes/kubernetes/issues/126850).
`

const fakeNewClientsetDocTmpl0_31 = `
// NewClientset returns a clientset that will respond with the provided objects.
// It's backed by a very simple object tracker that processes creates, updates and deletions as-is,
// without applying any validations and/or defaults. It shouldn't be considered a replacement
// for a real clientset and is mostly useful in simple unit tests.
`

const fakeNewClientsetOpenTmpl = `func NewClientset(objects ...runtime.Object) *Clientset {
	o := testing.NewFieldManagedObjectTracker(
		scheme,
		codecs.UniversalDecoder(),
		$.NewTypeConverter|raw$(scheme),
	)
	for _, obj := range objects {
		if err := o.Add(obj); err != nil {
			panic(err)
		}
	}

	cs := &Clientset{tracker: o}
	cs.discovery = &fakediscovery.FakeDiscovery{Fake: &cs.Fake}
	cs.AddReactor("*", "*", testing.ObjectReaction(o))
	cs.AddWatchReactor("*", func(action testing.Action) (handled bool, ret watch.Interface, err error) {
`

const fakeClientsetChecksTmpl = `
var (
	_ clientset.Interface = &Clientset{}
	_ testing.FakeClient  = &Clientset{}
)
$- range .GVs$

// $.Name$ retrieves the $.Name$Client
func (c *Clientset) $.Name$() $.Alias$.$.Name$Interface {
	return &fake$.Alias$.Fake$.Name${Fake: &c.Fake}
}
$- end$
`
