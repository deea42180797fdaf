package e2e

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"sync"
	"testing"

	shopv1 "github.com/kodegen/kodegen/examples/apis/shop/v1"
	informers "github.com/kodegen/kodegen/examples/generated/informers/externalversions"
	listersshopv1 "github.com/kodegen/kodegen/examples/generated/listers/shop/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/client-go/tools/cache"
)

// TestInformers runs the generated shared informer factory against the
// server: caches sync, listers follow creations, updates and deletions made
// through the clientset, handlers fire, a namespaced factory only sees its
// namespace, and a new factory after a shutdown relists cleanly.
func TestInformers(t *testing.T) {
	ctx := context.Background()
	cs := shopClient(t)
	ns, other := namespaceFor(t), namespaceFor(t, "other")
	widgets := cs.ShopV1().Widgets(ns)
	mustCreate(t, widgets, widget("before", map[string]string{"phase": "early"}, shopv1.ColorRed, 1))
	mustCreate(t, cs.ShopV1().Widgets(other), widget("elsewhere", nil, shopv1.ColorBlue, 1))
	if _, err := cs.ShopV1().Stores().Create(ctx, store("informed-store", nil), metav1.CreateOptions{}); err != nil {
		t.Fatal(err)
	}

	run := startFactory(t, informers.NewSharedInformerFactory(cs, 0), ns, other)
	lister := run.widgets.Lister()

	t.Run("initial list", func(t *testing.T) {
		checkListed(t, lister.Widgets(ns), "before")
		checkListed(t, lister.Widgets(other), "elsewhere")
		run.events.waitFor(t, event{"add", ns + "/before", "[]", true}, event{"add", other + "/elsewhere", "[]", true})
		s, err := run.factory.Shop().V1().Stores().Lister().Get("informed-store")
		if err != nil || s.Spec.Address.City != "Springfield" {
			t.Errorf("store lister Get(informed-store) = %v, %v", s, err)
		}
		generic, err := run.factory.ForResource(widgetsGVR)
		if err != nil {
			t.Fatalf("ForResource(%s): %v", widgetsGVR, err)
		}
		if obj, err := generic.Lister().ByNamespace(ns).Get("before"); err != nil || obj.(*shopv1.Widget).Name != "before" {
			t.Errorf("generic lister Get(before) = %v, %v", obj, err)
		}
	})

	t.Run("create", func(t *testing.T) {
		mustCreate(t, widgets, widget("new", map[string]string{"phase": "late"}, shopv1.ColorBlue, 1))
		run.events.waitFor(t, event{"add", ns + "/new", "[]", false})
		eventually(t, "the lister to see new", func() (bool, error) {
			_, err := lister.Widgets(ns).Get("new")
			return err == nil, nil
		})
		got, err := lister.Widgets(ns).List(labels.SelectorFromSet(labels.Set{"phase": "late"}))
		if err != nil || len(got) != 1 || got[0].Name != "new" {
			t.Errorf("lister List(phase=late) = %v, %v; want [new]", got, err)
		}
	})

	t.Run("update", func(t *testing.T) {
		if _, err := widgets.Patch(ctx, "new", types.MergePatchType, []byte(`{"spec":{"tags":["hot"]}}`), metav1.PatchOptions{}); err != nil {
			t.Fatal(err)
		}
		run.events.waitFor(t, event{"update", ns + "/new", "[] → [hot]", false})
		w, err := lister.Widgets(ns).Get("new")
		if err != nil || !slices.Equal(w.Spec.Tags, shopv1.Tags{"hot"}) {
			t.Errorf("lister Get(new) after the handler fired: %v, %v; want tags [hot]", w, err)
		}
		w = w.DeepCopy() // never modify what the cache holds
		w.Status.Ready = true
		if _, err := widgets.UpdateStatus(ctx, w, metav1.UpdateOptions{}); err != nil {
			t.Fatal(err)
		}
		eventually(t, "the lister to see new's status", func() (bool, error) {
			w, err := lister.Widgets(ns).Get("new")
			return err == nil && w.Status.Ready, nil
		})
	})

	t.Run("delete", func(t *testing.T) {
		if err := widgets.Delete(ctx, "before", metav1.DeleteOptions{}); err != nil {
			t.Fatal(err)
		}
		run.events.waitFor(t, event{"delete", ns + "/before", "[]", false})
		if _, err := lister.Widgets(ns).Get("before"); !apierrors.IsNotFound(err) {
			t.Errorf("lister Get(before) after its deletion: err = %v, want NotFound", err)
		}
		checkListed(t, lister.Widgets(ns), "new")
	})

	t.Run("namespaced factory", func(t *testing.T) {
		nsRun := startFactory(t, informers.NewSharedInformerFactoryWithOptions(cs, 0, informers.WithNamespace(other)), ns, other)
		defer nsRun.stop()
		all, err := nsRun.widgets.Lister().List(labels.Everything())
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range all {
			if w.Namespace != other {
				t.Errorf("a factory for namespace %s cached %s/%s", other, w.Namespace, w.Name)
			}
		}
		checkListed(t, nsRun.widgets.Lister().Widgets(other), "elsewhere")
		checkListed(t, nsRun.widgets.Lister().Widgets(ns))
	})

	t.Run("tweaked list options", func(t *testing.T) {
		tweak := informers.WithTweakListOptions(func(o *metav1.ListOptions) { o.LabelSelector = "phase=late" })
		labelRun := startFactory(t, informers.NewSharedInformerFactoryWithOptions(cs, 0, tweak), ns, other)
		defer labelRun.stop()
		checkListed(t, labelRun.widgets.Lister().Widgets(ns), "new")
		checkListed(t, labelRun.widgets.Lister().Widgets(other))
	})

	t.Run("restart relists", func(t *testing.T) {
		run.stop()
		// Changes while no informer runs.
		mustCreate(t, widgets, widget("while-down", nil, shopv1.ColorRed, 1))
		if err := widgets.Delete(ctx, "new", metav1.DeleteOptions{}); err != nil {
			t.Fatal(err)
		}
		restarted := startFactory(t, informers.NewSharedInformerFactory(cs, 0), ns, other)
		defer restarted.stop()
		checkListed(t, restarted.widgets.Lister().Widgets(ns), "while-down")
		checkListed(t, restarted.widgets.Lister().Widgets(other), "elsewhere")
		got := restarted.events.all()
		want := []event{{"add", ns + "/while-down", "[]", true}, {"add", other + "/elsewhere", "[]", true}}
		sortEvents(got)
		sortEvents(want)
		if !slices.Equal(got, want) {
			t.Errorf("events after the restart = %v, want exactly the relist %v", got, want)
		}
		mustCreate(t, widgets, widget("after-restart", nil, shopv1.ColorRed, 1))
		restarted.events.waitFor(t, event{"add", ns + "/after-restart", "[]", false})
	})
}

// factoryRun is a started informer factory with the Widget informer, whose
// handler records the events of the test's namespaces.
type factoryRun struct {
	factory informers.SharedInformerFactory
	widgets interface {
		Informer() cache.SharedIndexInformer
		Lister() listersshopv1.WidgetLister
	}
	events *recorder
	stop   func()
}

// startFactory requests the Widget, Store and generic informers, starts the
// factory and waits until every cache has synced.
func startFactory(t *testing.T, f informers.SharedInformerFactory, namespaces ...string) *factoryRun {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	run := &factoryRun{factory: f, widgets: f.Shop().V1().Widgets(), events: &recorder{}}
	var once sync.Once
	run.stop = func() { once.Do(func() { cancel(); f.Shutdown() }) }
	t.Cleanup(run.stop)

	reg, err := run.widgets.Informer().AddEventHandler(cache.FilteringResourceEventHandler{
		FilterFunc: func(obj interface{}) bool {
			if d, ok := obj.(cache.DeletedFinalStateUnknown); ok {
				obj = d.Obj
			}
			w, ok := obj.(*shopv1.Widget)
			return ok && slices.Contains(namespaces, w.Namespace)
		},
		Handler: run.events,
	})
	if err != nil {
		t.Fatalf("AddEventHandler: %v", err)
	}
	f.Shop().V1().Stores().Informer()
	if _, err := f.ForResource(widgetsGVR); err != nil {
		t.Fatalf("ForResource(%s): %v", widgetsGVR, err)
	}

	f.Start(ctx.Done())
	for typ, ok := range f.WaitForCacheSync(ctx.Done()) {
		if !ok {
			t.Fatalf("cache of %v did not sync", typ)
		}
	}
	// The handler has seen the initial list once its registration synced.
	if !cache.WaitForCacheSync(ctx.Done(), reg.HasSynced) {
		t.Fatalf("Widget event handler did not sync")
	}
	return run
}

// event is a handler call reduced to what the test compares.
type event struct {
	Kind    string // add, update, delete
	Key     string // namespace/name
	Tags    string // the tags, "old → new" for an update
	Initial bool   // an add from the initial list
}

func (e event) String() string {
	return fmt.Sprintf("%s %s %s initial=%v", e.Kind, e.Key, e.Tags, e.Initial)
}

// recorder is a ResourceEventHandler that keeps every call.
type recorder struct {
	mu     sync.Mutex
	events []event
}

func (r *recorder) add(e event) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, e)
}

func (r *recorder) OnAdd(obj interface{}, initial bool) {
	w := obj.(*shopv1.Widget)
	r.add(event{"add", w.Namespace + "/" + w.Name, fmt.Sprint(w.Spec.Tags), initial})
}

func (r *recorder) OnUpdate(oldObj, newObj interface{}) {
	o, n := oldObj.(*shopv1.Widget), newObj.(*shopv1.Widget)
	r.add(event{"update", n.Namespace + "/" + n.Name, fmt.Sprint(o.Spec.Tags) + " → " + fmt.Sprint(n.Spec.Tags), false})
}

func (r *recorder) OnDelete(obj interface{}) {
	if d, ok := obj.(cache.DeletedFinalStateUnknown); ok {
		obj = d.Obj
	}
	w := obj.(*shopv1.Widget)
	r.add(event{"delete", w.Namespace + "/" + w.Name, fmt.Sprint(w.Spec.Tags), false})
}

func (r *recorder) all() []event {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.events)
}

// waitFor waits until every one of want has been recorded.
func (r *recorder) waitFor(t *testing.T, want ...event) {
	t.Helper()
	eventually(t, fmt.Sprintf("handler calls %v", want), func() (bool, error) {
		got := r.all()
		for _, w := range want {
			if !slices.Contains(got, w) {
				return false, nil
			}
		}
		return true, nil
	})
}

func sortEvents(es []event) {
	sort.Slice(es, func(i, j int) bool { return es[i].String() < es[j].String() })
}

// checkListed fails unless the namespaced lister holds exactly the names.
func checkListed(t *testing.T, l listersshopv1.WidgetNamespaceLister, want ...string) {
	t.Helper()
	ws, err := l.List(labels.Everything())
	if err != nil {
		t.Fatalf("lister List: %v", err)
	}
	got := make([]string, len(ws))
	for i, w := range ws {
		got[i] = w.Name
	}
	sort.Strings(got)
	if want == nil {
		want = []string{}
	}
	if !slices.Equal(got, want) {
		t.Errorf("lister holds %v, want %v", got, want)
	}
}

func mustCreate(t *testing.T, c interface {
	Create(context.Context, *shopv1.Widget, metav1.CreateOptions) (*shopv1.Widget, error)
}, w *shopv1.Widget) {
	t.Helper()
	if _, err := c.Create(context.Background(), w, metav1.CreateOptions{}); err != nil {
		t.Fatalf("Create %s: %v", w.Name, err)
	}
}
