package e2e

import (
	"context"
	"reflect"
	"slices"
	"testing"
	"time"

	shopv1 "github.com/kodegen/kodegen/examples/apis/shop/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// TestClientsetWidgetRoundTrip creates a Widget with every kind of field the
// example type has and reads it back unchanged through the generated client.
func TestClientsetWidgetRoundTrip(t *testing.T) {
	ctx := context.Background()
	widgets := shopClient(t).ShopV1().Widgets(namespaceFor(t))

	depth := int64(30)
	port := intstr.FromString("http")
	in := widget("full", map[string]string{"app": "shop"}, shopv1.ColorBlue, 3)
	in.Spec.Dimensions = shopv1.Dimensions{Width: 10, Height: 20, Depth: &depth}
	in.Spec.Parts = map[string]*shopv1.Part{
		"axle": {Name: "axle", Quantity: 2, Labels: map[string]string{"steel": "yes"},
			Replaces: &shopv1.Part{Name: "old-axle", Quantity: 1, Replaces: &shopv1.Part{Name: "older", Quantity: 1}}},
	}
	in.Spec.Suppliers = map[string][]string{"eu": {"acme", "globex"}}
	in.Spec.Alternates = []*shopv1.Part{{Name: "spare", Quantity: 1}}
	in.Spec.Variants = []map[string]string{{"size": "s"}, {"size": "m"}}
	in.Spec.Port = &port
	in.Spec.Blueprint = &shopv1.Blueprint{Format: "svg", Data: []byte("<svg/>")}
	in.Spec.Tags = shopv1.Tags{"new", "sale"}
	in.Spec.Selector = &metav1.LabelSelector{MatchLabels: map[string]string{"app": "shop"}}
	in.Spec.Tiers = map[string][]*shopv1.Threshold{"gold": {{From: 10, Discount: "5%"}}}

	created, err := widgets.Create(ctx, in, metav1.CreateOptions{})
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	if created.UID == "" || created.ResourceVersion == "" || created.Generation != 1 {
		t.Errorf("Create returned uid %q, resourceVersion %q, generation %d: want them set by the server",
			created.UID, created.ResourceVersion, created.Generation)
	}
	got, err := widgets.Get(ctx, "full", metav1.GetOptions{})
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if got.APIVersion != "" && got.APIVersion != "shop.example.com/v1" {
		t.Errorf("Get: apiVersion %q", got.APIVersion)
	}
	// Quantities compare by value, not by their cached string.
	if got.Spec.Price.Cmp(in.Spec.Price) != 0 {
		t.Errorf("price = %s, want %s", got.Spec.Price.String(), in.Spec.Price.String())
	}
	want := in.Spec.DeepCopy()
	want.Price, got.Spec.Price = resource.Quantity{}, resource.Quantity{}
	if !reflect.DeepEqual(got.Spec, *want) {
		t.Errorf("spec after a round trip:\n got %#v\nwant %#v", got.Spec, *want)
	}
}

// TestClientsetWidgetVerbs drives the generated Widget client through create,
// get, list with label and field selectors, update, updateStatus, merge and
// JSON patches, delete and deleteCollection.
func TestClientsetWidgetVerbs(t *testing.T) {
	ctx := context.Background()
	cs := shopClient(t)
	ns := namespaceFor(t)
	widgets := cs.ShopV1().Widgets(ns)

	for _, w := range []*shopv1.Widget{
		widget("red-1", map[string]string{"color": "red", "tier": "a"}, shopv1.ColorRed, 1),
		widget("red-2", map[string]string{"color": "red", "tier": "b"}, shopv1.ColorRed, 2),
		widget("blue-1", map[string]string{"color": "blue", "tier": "a"}, shopv1.ColorBlue, 3),
	} {
		if _, err := widgets.Create(ctx, w, metav1.CreateOptions{}); err != nil {
			t.Fatalf("Create %s: %v", w.Name, err)
		}
	}
	// Another namespace's widget must not show up in this namespace's lists.
	if _, err := cs.ShopV1().Widgets(ns+"-other").Create(ctx,
		widget("red-1", map[string]string{"color": "red"}, shopv1.ColorRed, 1), metav1.CreateOptions{}); err != nil {
		t.Fatalf("Create in a second namespace: %v", err)
	}
	if _, err := widgets.Create(ctx, widget("red-1", nil, shopv1.ColorRed, 1), metav1.CreateOptions{}); !apierrors.IsAlreadyExists(err) {
		t.Errorf("Create of an existing name: err = %v, want AlreadyExists", err)
	}

	t.Run("list", func(t *testing.T) {
		for _, c := range []struct {
			opts metav1.ListOptions
			want []string
		}{
			{metav1.ListOptions{}, []string{"blue-1", "red-1", "red-2"}},
			{metav1.ListOptions{LabelSelector: "color=red"}, []string{"red-1", "red-2"}},
			{metav1.ListOptions{LabelSelector: "color=red,tier in (b,c)"}, []string{"red-2"}},
			{metav1.ListOptions{LabelSelector: "tier!=a"}, []string{"red-2"}},
			{metav1.ListOptions{FieldSelector: "metadata.name=blue-1"}, []string{"blue-1"}},
			{metav1.ListOptions{FieldSelector: "metadata.namespace=" + ns + ",metadata.name!=blue-1"}, []string{"red-1", "red-2"}},
			{metav1.ListOptions{FieldSelector: "spec.color=Red"}, []string{"red-1", "red-2"}},
			{metav1.ListOptions{FieldSelector: "spec.color=Red", LabelSelector: "tier=a"}, []string{"red-1"}},
		} {
			list, err := widgets.List(ctx, c.opts)
			if err != nil {
				t.Errorf("List(label %q, field %q): %v", c.opts.LabelSelector, c.opts.FieldSelector, err)
				continue
			}
			if got := names(list.Items); !slices.Equal(got, c.want) {
				t.Errorf("List(label %q, field %q) = %v, want %v", c.opts.LabelSelector, c.opts.FieldSelector, got, c.want)
			}
			if list.ResourceVersion == "" {
				t.Errorf("List(label %q, field %q): no resourceVersion", c.opts.LabelSelector, c.opts.FieldSelector)
			}
		}
		page, err := widgets.List(ctx, metav1.ListOptions{Limit: 2})
		if err != nil || len(page.Items) != 2 || page.Continue == "" {
			t.Fatalf("List(limit 2) = %v items, continue %q, err %v; want 2 and a continue token", len(page.Items), page.Continue, err)
		}
		rest, err := widgets.List(ctx, metav1.ListOptions{Limit: 2, Continue: page.Continue})
		if err != nil || len(rest.Items) != 1 || rest.Continue != "" {
			t.Errorf("List(continue) = %v items, continue %q, err %v; want the last one", len(rest.Items), rest.Continue, err)
		}
	})

	t.Run("update", func(t *testing.T) {
		w, err := widgets.Get(ctx, "red-1", metav1.GetOptions{})
		if err != nil {
			t.Fatal(err)
		}
		w.Spec.Tags = shopv1.Tags{"updated"}
		w.Status.Ready = true // ignored: status is a subresource
		got, err := widgets.Update(ctx, w, metav1.UpdateOptions{})
		if err != nil {
			t.Fatalf("Update: %v", err)
		}
		if !slices.Equal(got.Spec.Tags, shopv1.Tags{"updated"}) || got.Status.Ready || got.Generation != 2 {
			t.Errorf("Update: tags %v, status.ready %v, generation %d; want [updated], false, 2",
				got.Spec.Tags, got.Status.Ready, got.Generation)
		}
		// The resourceVersion read before the update is stale now.
		if _, err := widgets.Update(ctx, w, metav1.UpdateOptions{}); !apierrors.IsConflict(err) {
			t.Errorf("Update with a stale resourceVersion: err = %v, want Conflict", err)
		}
	})

	t.Run("updateStatus", func(t *testing.T) {
		w, err := widgets.Get(ctx, "red-1", metav1.GetOptions{})
		if err != nil {
			t.Fatal(err)
		}
		sold := metav1.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
		w.Status = shopv1.WidgetStatus{
			Ready: true, Replicas: 1, ObservedGeneration: w.Generation, LastSold: &sold,
			Conditions: []metav1.Condition{{
				Type: "Stocked", Status: metav1.ConditionTrue, Reason: "Delivered", Message: "on the shelf",
				LastTransitionTime: sold,
			}},
		}
		w.Spec.Tags = shopv1.Tags{"ignored"} // ignored: only status is written
		got, err := widgets.UpdateStatus(ctx, w, metav1.UpdateOptions{})
		if err != nil {
			t.Fatalf("UpdateStatus: %v", err)
		}
		if !got.Status.Ready || got.Status.Replicas != 1 || len(got.Status.Conditions) != 1 ||
			!got.Status.LastSold.Equal(&sold) || !slices.Equal(got.Spec.Tags, shopv1.Tags{"updated"}) {
			t.Errorf("UpdateStatus: status %+v, tags %v; want the new status and tags [updated]", got.Status, got.Spec.Tags)
		}
		if got.Generation != w.Generation {
			t.Errorf("UpdateStatus changed the generation: %d → %d", w.Generation, got.Generation)
		}
	})

	t.Run("patch", func(t *testing.T) {
		got, err := widgets.Patch(ctx, "red-2", types.MergePatchType,
			[]byte(`{"metadata":{"labels":{"patched":"merge"}},"spec":{"color":"Blue","replicas":7}}`), metav1.PatchOptions{})
		if err != nil {
			t.Fatalf("Patch (merge): %v", err)
		}
		if got.Labels["patched"] != "merge" || got.Labels["tier"] != "b" || got.Spec.Color != shopv1.ColorBlue || *got.Spec.Replicas != 7 {
			t.Errorf("Patch (merge): labels %v, color %s, replicas %d", got.Labels, got.Spec.Color, *got.Spec.Replicas)
		}
		got, err = widgets.Patch(ctx, "red-2", types.JSONPatchType, []byte(`[
			{"op":"test","path":"/spec/replicas","value":7},
			{"op":"replace","path":"/spec/replicas","value":8},
			{"op":"add","path":"/spec/tags","value":["json"]},
			{"op":"remove","path":"/metadata/labels/patched"}]`), metav1.PatchOptions{})
		if err != nil {
			t.Fatalf("Patch (JSON): %v", err)
		}
		if *got.Spec.Replicas != 8 || !slices.Equal(got.Spec.Tags, shopv1.Tags{"json"}) || got.Labels["patched"] != "" {
			t.Errorf("Patch (JSON): replicas %d, tags %v, labels %v", *got.Spec.Replicas, got.Spec.Tags, got.Labels)
		}
		_, err = widgets.Patch(ctx, "red-2", types.JSONPatchType, []byte(`[{"op":"test","path":"/spec/replicas","value":7}]`), metav1.PatchOptions{})
		if err == nil {
			t.Errorf("Patch (JSON) with a failing test op: no error")
		}
		got, err = widgets.Patch(ctx, "red-2", types.MergePatchType, []byte(`{"status":{"ready":true,"replicas":8}}`),
			metav1.PatchOptions{}, "status")
		if err != nil {
			t.Fatalf("Patch (merge) of the status subresource: %v", err)
		}
		if !got.Status.Ready || got.Status.Replicas != 8 {
			t.Errorf("Patch of status: status %+v", got.Status)
		}
	})

	t.Run("delete", func(t *testing.T) {
		if err := widgets.Delete(ctx, "blue-1", metav1.DeleteOptions{}); err != nil {
			t.Fatalf("Delete: %v", err)
		}
		if _, err := widgets.Get(ctx, "blue-1", metav1.GetOptions{}); !apierrors.IsNotFound(err) {
			t.Errorf("Get after Delete: err = %v, want NotFound", err)
		}
		if err := widgets.Delete(ctx, "blue-1", metav1.DeleteOptions{}); !apierrors.IsNotFound(err) {
			t.Errorf("Delete twice: err = %v, want NotFound", err)
		}
		stale := "1"
		err := widgets.Delete(ctx, "red-1", metav1.DeleteOptions{Preconditions: &metav1.Preconditions{ResourceVersion: &stale}})
		if !apierrors.IsConflict(err) {
			t.Errorf("Delete with a stale resourceVersion precondition: err = %v, want Conflict", err)
		}
	})

	t.Run("deleteCollection", func(t *testing.T) {
		if _, err := widgets.Create(ctx, widget("keep", map[string]string{"color": "green"}, shopv1.ColorRed, 1), metav1.CreateOptions{}); err != nil {
			t.Fatal(err)
		}
		if err := widgets.DeleteCollection(ctx, metav1.DeleteOptions{}, metav1.ListOptions{LabelSelector: "color=red"}); err != nil {
			t.Fatalf("DeleteCollection: %v", err)
		}
		list, err := widgets.List(ctx, metav1.ListOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if got := names(list.Items); !slices.Equal(got, []string{"keep"}) {
			t.Errorf("after DeleteCollection(color=red): %v, want [keep]", got)
		}
		other, err := cs.ShopV1().Widgets(ns+"-other").List(ctx, metav1.ListOptions{})
		if err != nil || len(other.Items) != 1 {
			t.Errorf("DeleteCollection reached into another namespace: %v items, err %v", len(other.Items), err)
		}
	})
}

// TestClientsetScale uses the custom GetScale and UpdateScale methods
// (+genclient:method=) on the scale subresource.
func TestClientsetScale(t *testing.T) {
	ctx := context.Background()
	widgets := shopClient(t).ShopV1().Widgets(namespaceFor(t))
	w, err := widgets.Create(ctx, widget("scaled", nil, shopv1.ColorRed, 2), metav1.CreateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	w.Status.Replicas = 1
	if _, err := widgets.UpdateStatus(ctx, w, metav1.UpdateOptions{}); err != nil {
		t.Fatal(err)
	}

	scale, err := widgets.GetScale(ctx, "scaled", metav1.GetOptions{})
	if err != nil {
		t.Fatalf("GetScale: %v", err)
	}
	if scale.Name != "scaled" || scale.Spec.Replicas != 2 || scale.Status.Replicas != 1 {
		t.Errorf("GetScale = %s spec.replicas %d status.replicas %d, want scaled 2 1",
			scale.Name, scale.Spec.Replicas, scale.Status.Replicas)
	}

	scale.Spec.Replicas = 5
	updated, err := widgets.UpdateScale(ctx, "scaled", scale, metav1.UpdateOptions{})
	if err != nil {
		t.Fatalf("UpdateScale: %v", err)
	}
	if updated.Spec.Replicas != 5 {
		t.Errorf("UpdateScale returned spec.replicas %d, want 5", updated.Spec.Replicas)
	}
	got, err := widgets.Get(ctx, "scaled", metav1.GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if *got.Spec.Replicas != 5 || got.Status.Replicas != 1 {
		t.Errorf("after UpdateScale: spec.replicas %d status.replicas %d, want 5 1", *got.Spec.Replicas, got.Status.Replicas)
	}
	// The scale carries the widget's resourceVersion: an old one conflicts.
	if _, err := widgets.UpdateScale(ctx, "scaled", scale, metav1.UpdateOptions{}); !apierrors.IsConflict(err) {
		t.Errorf("UpdateScale with a stale resourceVersion: err = %v, want Conflict", err)
	}
	if _, err := widgets.GetScale(ctx, "missing", metav1.GetOptions{}); !apierrors.IsNotFound(err) {
		t.Errorf("GetScale of a missing widget: err = %v, want NotFound", err)
	}
}

// TestClientsetStoreVerbs drives the cluster-scoped Store client.
func TestClientsetStoreVerbs(t *testing.T) {
	ctx := context.Background()
	stores := shopClient(t).ShopV1().Stores()
	label := map[string]string{"test": "store-verbs"}
	sel := metav1.ListOptions{LabelSelector: "test=store-verbs"}

	for _, name := range []string{"verbs-north", "verbs-south"} {
		if _, err := stores.Create(ctx, store(name, label), metav1.CreateOptions{}); err != nil {
			t.Fatalf("Create %s: %v", name, err)
		}
	}
	s, err := stores.Get(ctx, "verbs-north", metav1.GetOptions{})
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if s.Namespace != "" || s.Spec.Address.City != "Springfield" {
		t.Errorf("Get: namespace %q, city %q", s.Namespace, s.Spec.Address.City)
	}
	s.Spec.Stock = map[string]int32{"red-1": 4}
	if s, err = stores.Update(ctx, s, metav1.UpdateOptions{}); err != nil || s.Spec.Stock["red-1"] != 4 {
		t.Fatalf("Update: stock %v, err %v", s.Spec.Stock, err)
	}
	s.Status = shopv1.StoreStatus{Open: true, WidgetCount: 4}
	if s, err = stores.UpdateStatus(ctx, s, metav1.UpdateOptions{}); err != nil || !s.Status.Open {
		t.Fatalf("UpdateStatus: status %+v, err %v", s.Status, err)
	}
	if s, err = stores.Patch(ctx, s.Name, types.MergePatchType, []byte(`{"spec":{"openingHours":{"mon":"9-17"}}}`), metav1.PatchOptions{}); err != nil || s.Spec.OpeningHours["mon"] != "9-17" {
		t.Fatalf("Patch: opening hours %v, err %v", s.Spec.OpeningHours, err)
	}
	list, err := stores.List(ctx, metav1.ListOptions{LabelSelector: sel.LabelSelector, FieldSelector: "metadata.name=verbs-south"})
	if err != nil || len(list.Items) != 1 {
		t.Fatalf("List(name=verbs-south) = %d items, err %v", len(list.Items), err)
	}
	if err := stores.Delete(ctx, "verbs-south", metav1.DeleteOptions{}); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if err := stores.DeleteCollection(ctx, metav1.DeleteOptions{}, sel); err != nil {
		t.Fatalf("DeleteCollection: %v", err)
	}
	if list, err = stores.List(ctx, sel); err != nil || len(list.Items) != 0 {
		t.Errorf("after DeleteCollection: %d stores, err %v", len(list.Items), err)
	}
}
