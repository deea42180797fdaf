package client

import (
	"fmt"
	"io"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/snippet"
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
	`metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"`,
}

func (g *genFakeClientset) Imports(*generator.Context) []string {
	lines := append(g.Tracker().ImportLines(), g.run.typedImports(true)...)
	lines = append(lines, fmt.Sprintf("clientset %q", g.run.clientsetPkg))
	return append(lines, fakeClientsetImports...)
}

type fakeClientsetArgs struct {
	GVs              []clientsetGV
	NewTypeConverter *types.Type
}

func (g *genFakeClientset) GenerateType(c *generator.Context, _ *types.Type, w io.Writer) error {
	sw := snippet.NewWriter(w, c, "$", "$")
	args := fakeClientsetArgs{GVs: g.run.clientsetGVs()}
	sw.Do(fakeNewSimpleClientsetTmpl, args)
	if pkg := g.run.cfg.ApplyConfigurationPackage; pkg != "" {
		args.NewTypeConverter = types.Ref(pkg, "NewTypeConverter")
		sw.Do(fakeNewClientsetTmpl, args)
	}
	sw.Do(fakeClientsetChecksTmpl, args)
	return sw.Error()
}

const fakeNewSimpleClientsetTmpl = `
// NewSimpleClientset returns a clientset that will respond with the provided objects.
// It's backed by a very simple object tracker that processes creates, updates and deletions as-is,
// without applying any field management, validations and/or defaults. It shouldn't be considered a replacement
// for a real clientset and is mostly useful in simple unit tests.
func NewSimpleClientset(objects ...runtime.Object) *Clientset {
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
		var opts metav1.ListOptions
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

// Clientset implements clientset.Interface. Meant to be embedded into a
// struct to get a default implementation. This makes faking out just the method
// you want to test easier.
type Clientset struct {
	testing.Fake
	discovery *fakediscovery.FakeDiscovery
	tracker   testing.ObjectTracker
}

func (c *Clientset) Discovery() discovery.DiscoveryInterfaces {
	return c.discovery
}

func (c *Clientset) Tracker() testing.ObjectTracker {
	return c.tracker
}

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

const fakeNewClientsetTmpl = `
// NewClientset returns a clientset that will respond with the provided objects.
// It's backed by a very simple object tracker that processes creates, updates and deletions as-is,
// without applying any validations and/or defaults. It shouldn't be considered a replacement
// for a real clientset and is mostly useful in simple unit tests.
//
// Compared to NewSimpleClientset, the Clientset returned here supports field tracking and thus
// server-side apply. Beware though that support in that for CRDs is missing
// (https://github.com/kubernetes/kubernetes/issues/126850).
func NewClientset(objects ...runtime.Object) *Clientset {
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
		var opts metav1.ListOptions
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
