// Package informers_test runs the generated shared informer factory over
// the generated fake clientset: what the clientset stores shows up in the
// generated listers, and the informers' handlers see every change.
package informers_test

import (
	"context"
	"sync"
	"testing"
	"time"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/watch"
	clienttesting "k8s.io/client-go/testing"
	"k8s.io/client-go/tools/cache"

	shopv1 "github.com/kodegen/kodegen/examples/apis/shop/v1"
	"github.com/kodegen/kodegen/examples/generated/clientset/versioned/fake"
	"github.com/kodegen/kodegen/examples/generated/informers/externalversions"
)

const ns = "downtown"

// events records what an informer's handlers saw, as "add name",
// "update name" and "delete name".
type events struct {
	mu   sync.Mutex
	seen []string
}

func (e *events) record(what string, obj any) {
	var name string
	if m, err := metaOf(obj); err == nil {
		name = m.GetName()
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	e.seen = append(e.seen, what+" "+name)
}

func (e *events) has(want string) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, s := range e.seen {
		if s == want {
			return true
		}
	}
	return false
}

func metaOf(obj any) (metav1.Object, error) {
	if d, ok := obj.(cache.DeletedFinalStateUnknown); ok {
		obj = d.Obj
	}
	return meta.Accessor(obj)
}

func (e *events) handler() cache.ResourceEventHandlerFuncs {
	return cache.ResourceEventHandlerFuncs{
		AddFunc:    func(obj any) { e.record("add", obj) },
		UpdateFunc: func(_, obj any) { e.record("update", obj) },
		DeleteFunc: func(obj any) { e.record("delete", obj) },
	}
}

// eventually polls cond until it holds or the test's time is up.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func widget(name string, lbls map[string]string) *shopv1.Widget {
	return &shopv1.Widget{ObjectMeta: metav1.ObjectMeta{Name: name, Namespace: ns, Labels: lbls}}
}

func TestSharedInformerFactory(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	client := fake.NewSimpleClientset(widget("early", map[string]string{"tier": "gold"}))

	// The fake's watches start some time after the initial list: changes
	// made in between would be lost, so wait for both watches to start.
	watching := make(chan schema.GroupVersionResource, 10)
	client.PrependWatchReactor("*", func(action clienttesting.Action) (bool, watch.Interface, error) {
		w, err := client.Tracker().Watch(action.GetResource(), action.GetNamespace())
		watching <- action.GetResource()
		return true, w, err
	})

	factory := externalversions.NewSharedInformerFactory(client, 0)
	defer factory.Shutdown()
	defer cancel()
	widgets := factory.Shop().V1().Widgets()
	stores := factory.Shop().V1().Stores()
	var widgetEvents, storeEvents events
	if _, err := widgets.Informer().AddEventHandler(widgetEvents.handler()); err != nil {
		t.Fatal(err)
	}
	if _, err := stores.Informer().AddEventHandler(storeEvents.handler()); err != nil {
		t.Fatal(err)
	}
	generic, err := factory.ForResource(shopv1.SchemeGroupVersion.WithResource("widgets"))
	if err != nil {
		t.Fatalf("ForResource(widgets): %v", err)
	}
	if _, err := factory.ForResource(shopv1.SchemeGroupVersion.WithResource("gizmos")); err == nil {
		t.Error("ForResource(gizmos): no error")
	}

	factory.Start(ctx.Done())
	for typ, ok := range factory.WaitForCacheSync(ctx.Done()) {
		if !ok {
			t.Fatalf("WaitForCacheSync: %v did not sync", typ)
		}
	}
	for range 2 {
		select {
		case <-watching:
		case <-time.After(20 * time.Second):
			t.Fatal("watches did not start")
		}
	}

	// Objects created through the clientset show up in the listers.
	if _, err := client.ShopV1().Widgets(ns).Create(ctx, widget("late", map[string]string{"tier": "silver"}), metav1.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	store := &shopv1.Store{ObjectMeta: metav1.ObjectMeta{Name: "central"}}
	if _, err := client.ShopV1().Stores().Create(ctx, store, metav1.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	eventually(t, "widget late in the lister", func() bool {
		_, err := widgets.Lister().Widgets(ns).Get("late")
		return err == nil
	})
	eventually(t, "store central in the lister", func() bool {
		_, err := stores.Lister().Get("central")
		return err == nil
	})

	// List with a label selector.
	gold, err := widgets.Lister().Widgets(ns).List(labels.SelectorFromSet(labels.Set{"tier": "gold"}))
	if err != nil || len(gold) != 1 || gold[0].Name != "early" {
		t.Errorf("List(tier=gold) = %v, %v; want [early]", names(gold), err)
	}
	all, err := widgets.Lister().List(labels.Everything())
	if err != nil || len(all) != 2 {
		t.Errorf("List(everything) = %v, %v; want early and late", names(all), err)
	}

	// Get of a missing object is a NotFound error.
	if _, err := widgets.Lister().Widgets(ns).Get("missing"); !apierrors.IsNotFound(err) {
		t.Errorf("Get(missing): err = %v, want NotFound", err)
	}
	if _, err := stores.Lister().Get("missing"); !apierrors.IsNotFound(err) {
		t.Errorf("store Get(missing): err = %v, want NotFound", err)
	}

	// The generic informer is the same informer, with a generic lister.
	if _, err := generic.Lister().ByNamespace(ns).Get("late"); err != nil {
		t.Errorf("generic lister Get(late): %v", err)
	}

	// Update and delete reach the handlers.
	late, err := client.ShopV1().Widgets(ns).Get(ctx, "late", metav1.GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	late.Labels["tier"] = "gold"
	if _, err := client.ShopV1().Widgets(ns).Update(ctx, late, metav1.UpdateOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := client.ShopV1().Widgets(ns).Delete(ctx, "early", metav1.DeleteOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := client.ShopV1().Stores().Delete(ctx, "central", metav1.DeleteOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"add early", "add late", "update late", "delete early"} {
		eventually(t, "widget handler: "+want, func() bool { return widgetEvents.has(want) })
	}
	for _, want := range []string{"add central", "delete central"} {
		eventually(t, "store handler: "+want, func() bool { return storeEvents.has(want) })
	}
	eventually(t, "the update in the lister", func() bool {
		gold, _ := widgets.Lister().Widgets(ns).List(labels.SelectorFromSet(labels.Set{"tier": "gold"}))
		return len(gold) == 1 && gold[0].Name == "late"
	})
}

func names(ws []*shopv1.Widget) []string {
	var out []string
	for _, w := range ws {
		out = append(out, w.Name)
	}
	return out
}
