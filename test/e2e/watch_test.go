package e2e

import (
	"context"
	"fmt"
	"strconv"
	"testing"
	"time"

	shopv1 "github.com/kodegen/kodegen/examples/apis/shop/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/apimachinery/pkg/watch"
)

// seen is one watch event reduced to what the test compares.
type seen struct {
	Type watch.EventType
	Name string
	Note string // the widget's tags or the store's city, to tell modifications apart
}

func (s seen) String() string { return fmt.Sprintf("%s %s %s", s.Type, s.Name, s.Note) }

// TestClientsetWatch watches widgets from a resourceVersion and sees every
// change made through the generated client, typed and in order; a label
// selector filters the stream and an object that stops matching leaves it.
func TestClientsetWatch(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
	defer cancel()
	widgets := shopClient(t).ShopV1().Widgets(namespaceFor(t))

	list, err := widgets.List(ctx, metav1.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	w, err := widgets.Watch(ctx, metav1.ListOptions{ResourceVersion: list.ResourceVersion, LabelSelector: "watched=yes"})
	if err != nil {
		t.Fatalf("Watch: %v", err)
	}
	defer w.Stop()

	labels := map[string]string{"watched": "yes"}
	mustDo(t, "create a", func() error {
		_, err := widgets.Create(ctx, widget("a", labels, shopv1.ColorRed, 1), metav1.CreateOptions{})
		return err
	})
	mustDo(t, "create unwatched", func() error {
		_, err := widgets.Create(ctx, widget("unwatched", nil, shopv1.ColorRed, 1), metav1.CreateOptions{})
		return err
	})
	mustDo(t, "create b", func() error {
		_, err := widgets.Create(ctx, widget("b", labels, shopv1.ColorBlue, 1), metav1.CreateOptions{})
		return err
	})
	mustDo(t, "patch a", func() error {
		_, err := widgets.Patch(ctx, "a", types.MergePatchType, []byte(`{"spec":{"tags":["one"]}}`), metav1.PatchOptions{})
		return err
	})
	mustDo(t, "update status of a", func() error {
		got, err := widgets.Get(ctx, "a", metav1.GetOptions{})
		if err != nil {
			return err
		}
		got.Status.Ready = true
		_, err = widgets.UpdateStatus(ctx, got, metav1.UpdateOptions{})
		return err
	})
	mustDo(t, "patch a again", func() error {
		_, err := widgets.Patch(ctx, "a", types.MergePatchType, []byte(`{"spec":{"tags":["two"]}}`), metav1.PatchOptions{})
		return err
	})
	mustDo(t, "delete b", func() error { return widgets.Delete(ctx, "b", metav1.DeleteOptions{}) })
	mustDo(t, "unlabel a", func() error {
		_, err := widgets.Patch(ctx, "a", types.MergePatchType, []byte(`{"metadata":{"labels":{"watched":null}}}`), metav1.PatchOptions{})
		return err
	})

	want := []seen{
		{watch.Added, "a", "[]"},
		{watch.Added, "b", "[]"},
		{watch.Modified, "a", "[one]"},
		{watch.Modified, "a", "[one]"}, // status
		{watch.Modified, "a", "[two]"},
		{watch.Deleted, "b", "[]"},
		{watch.Deleted, "a", "[two]"}, // no longer matches the selector
	}
	got := collect(t, w.ResultChan(), len(want), func(obj runtime.Object) (string, string, string, error) {
		wd, ok := obj.(*shopv1.Widget)
		if !ok {
			return "", "", "", fmt.Errorf("event object is %T, want *v1.Widget", obj)
		}
		return wd.Name, wd.ResourceVersion, fmt.Sprint(wd.Spec.Tags), nil
	})
	compareEvents(t, got, want)
	select {
	case ev, ok := <-w.ResultChan():
		if ok {
			t.Errorf("unexpected event after the last one: %s %v", ev.Type, ev.Object)
		}
	case <-time.After(200 * time.Millisecond):
	}
}

// TestClientsetWatchStores watches the cluster-scoped stores by name.
func TestClientsetWatchStores(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
	defer cancel()
	stores := shopClient(t).ShopV1().Stores()
	w, err := stores.Watch(ctx, metav1.ListOptions{FieldSelector: "metadata.name=watched-store"})
	if err != nil {
		t.Fatalf("Watch: %v", err)
	}
	defer w.Stop()
	mustDo(t, "create", func() error {
		_, err := stores.Create(ctx, store("watched-store", nil), metav1.CreateOptions{})
		return err
	})
	mustDo(t, "create another", func() error {
		_, err := stores.Create(ctx, store("unwatched-store", nil), metav1.CreateOptions{})
		return err
	})
	mustDo(t, "patch", func() error {
		_, err := stores.Patch(ctx, "watched-store", types.MergePatchType,
			[]byte(`{"spec":{"address":{"city":"Shelbyville"}}}`), metav1.PatchOptions{})
		return err
	})
	mustDo(t, "delete", func() error { return stores.Delete(ctx, "watched-store", metav1.DeleteOptions{}) })
	mustDo(t, "delete another", func() error { return stores.Delete(ctx, "unwatched-store", metav1.DeleteOptions{}) })

	want := []seen{
		{watch.Added, "watched-store", "Springfield"},
		{watch.Modified, "watched-store", "Shelbyville"},
		{watch.Deleted, "watched-store", "Shelbyville"},
	}
	got := collect(t, w.ResultChan(), len(want), func(obj runtime.Object) (string, string, string, error) {
		s, ok := obj.(*shopv1.Store)
		if !ok {
			return "", "", "", fmt.Errorf("event object is %T, want *v1.Store", obj)
		}
		return s.Name, s.ResourceVersion, s.Spec.Address.City, nil
	})
	compareEvents(t, got, want)
}

// collect reads n events, checking that resourceVersions increase.
func collect(t *testing.T, ch <-chan watch.Event, n int, describe func(runtime.Object) (name, rv, note string, err error)) []seen {
	t.Helper()
	var out []seen
	lastRV := int64(0)
	timeout := time.After(waitTimeout)
	for len(out) < n {
		select {
		case ev, ok := <-ch:
			if !ok {
				t.Fatalf("watch closed after %d of %d events: %v", len(out), n, out)
			}
			if ev.Type == watch.Error {
				t.Fatalf("watch error: %v", ev.Object)
			}
			name, rv, note, err := describe(ev.Object)
			if err != nil {
				t.Fatal(err)
			}
			v, err := strconv.ParseInt(rv, 10, 64)
			if err != nil || v <= lastRV {
				t.Errorf("event %d (%s %s): resourceVersion %q after %d", len(out), ev.Type, name, rv, lastRV)
			}
			lastRV = v
			out = append(out, seen{ev.Type, name, note})
		case <-timeout:
			t.Fatalf("got %d of %d events in %s: %v", len(out), n, waitTimeout, out)
		}
	}
	return out
}

func compareEvents(t *testing.T, got, want []seen) {
	t.Helper()
	for i := range max(len(got), len(want)) {
		var g, w seen
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Errorf("event %d = %v, want %v\n got %v\nwant %v", i, g, w, got, want)
			return
		}
	}
}

func mustDo(t *testing.T, what string, f func() error) {
	t.Helper()
	if err := f(); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}
