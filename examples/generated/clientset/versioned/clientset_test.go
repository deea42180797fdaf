package versioned_test

import (
	"context"
	"testing"
	"time"

	autoscalingv1 "k8s.io/api/autoscaling/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/apimachinery/pkg/watch"
	clienttesting "k8s.io/client-go/testing"

	shopv1 "github.com/kodegen/kodegen/examples/apis/shop/v1"
	shopv1beta1 "github.com/kodegen/kodegen/examples/apis/shop/v1beta1"
	applyshopv1 "github.com/kodegen/kodegen/examples/generated/applyconfiguration/shop/v1"
	"github.com/kodegen/kodegen/examples/generated/clientset/versioned"
	"github.com/kodegen/kodegen/examples/generated/clientset/versioned/fake"
)

var _ versioned.Interface = fake.NewSimpleClientset()

func widget(name string, replicas int32) *shopv1.Widget {
	return &shopv1.Widget{
		ObjectMeta: metav1.ObjectMeta{Name: name, Namespace: "default"},
		Spec:       shopv1.WidgetSpec{Replicas: &replicas, Color: shopv1.ColorRed},
	}
}

// TestWidgetVerbs drives every verb of the namespaced Widget client.
func TestWidgetVerbs(t *testing.T) {
	ctx := context.Background()
	cs := fake.NewSimpleClientset()
	widgets := cs.ShopV1().Widgets("default")

	w, err := widgets.Watch(ctx, metav1.ListOptions{})
	if err != nil {
		t.Fatalf("watch: %v", err)
	}
	defer w.Stop()

	created, err := widgets.Create(ctx, widget("w1", 2), metav1.CreateOptions{})
	if err != nil || created.Name != "w1" {
		t.Fatalf("create: %v, %v", created, err)
	}
	expectEvent(t, w, watch.Added, "w1")
	if _, err := widgets.Create(ctx, widget("w2", 1), metav1.CreateOptions{}); err != nil {
		t.Fatalf("create w2: %v", err)
	}
	expectEvent(t, w, watch.Added, "w2")

	got, err := widgets.Get(ctx, "w1", metav1.GetOptions{})
	if err != nil || *got.Spec.Replicas != 2 {
		t.Fatalf("get: %v, %v", got, err)
	}
	list, err := widgets.List(ctx, metav1.ListOptions{})
	if err != nil || len(list.Items) != 2 {
		t.Fatalf("list: %v, %v", list, err)
	}

	got.Spec.Color = shopv1.ColorBlue
	updated, err := widgets.Update(ctx, got, metav1.UpdateOptions{})
	if err != nil || updated.Spec.Color != shopv1.ColorBlue {
		t.Fatalf("update: %v, %v", updated, err)
	}
	expectEvent(t, w, watch.Modified, "w1")

	updated.Status.Ready = true
	status, err := widgets.UpdateStatus(ctx, updated, metav1.UpdateOptions{})
	if err != nil || !status.Status.Ready {
		t.Fatalf("updateStatus: %v, %v", status, err)
	}
	expectEvent(t, w, watch.Modified, "w1")

	patched, err := widgets.Patch(ctx, "w1", types.MergePatchType, []byte(`{"spec":{"color":"Red"}}`), metav1.PatchOptions{})
	if err != nil || patched.Spec.Color != shopv1.ColorRed {
		t.Fatalf("patch: %v, %v", patched, err)
	}
	expectEvent(t, w, watch.Modified, "w1")

	if err := widgets.Delete(ctx, "w2", metav1.DeleteOptions{}); err != nil {
		t.Fatalf("delete: %v", err)
	}
	expectEvent(t, w, watch.Deleted, "w2")

	if err := widgets.DeleteCollection(ctx, metav1.DeleteOptions{}, metav1.ListOptions{LabelSelector: "old=true"}); err != nil {
		t.Fatalf("deleteCollection: %v", err)
	}
	if !hasAction(cs.Actions(), "delete-collection", "widgets", "") {
		t.Errorf("no delete-collection action recorded: %v", cs.Actions())
	}
}

// TestWidgetScale calls the +genclient:method subresource methods GetScale
// and UpdateScale; a reactor serves the scale subresource from the widget.
func TestWidgetScale(t *testing.T) {
	ctx := context.Background()
	cs := fake.NewSimpleClientset(widget("w1", 3))
	cs.PrependReactor("*", "widgets", scaleReactor(t, cs))
	widgets := cs.ShopV1().Widgets("default")

	scale, err := widgets.GetScale(ctx, "w1", metav1.GetOptions{})
	if err != nil || scale.Spec.Replicas != 3 {
		t.Fatalf("getScale: %v, %v", scale, err)
	}
	scale.Spec.Replicas = 5
	scale, err = widgets.UpdateScale(ctx, "w1", scale, metav1.UpdateOptions{})
	if err != nil || scale.Spec.Replicas != 5 {
		t.Fatalf("updateScale: %v, %v", scale, err)
	}
	got, err := widgets.Get(ctx, "w1", metav1.GetOptions{})
	if err != nil || *got.Spec.Replicas != 5 {
		t.Fatalf("widget after updateScale: %v, %v", got, err)
	}
	if !hasAction(cs.Actions(), "get", "widgets", "scale") || !hasAction(cs.Actions(), "update", "widgets", "scale") {
		t.Errorf("scale actions not recorded: %v", cs.Actions())
	}
}

// scaleReactor answers get and update on widgets/scale from the tracker.
func scaleReactor(t *testing.T, cs *fake.Clientset) clienttesting.ReactionFunc {
	gvr := shopv1.SchemeGroupVersion.WithResource("widgets")
	return func(action clienttesting.Action) (bool, runtime.Object, error) {
		if action.GetSubresource() != "scale" {
			return false, nil, nil
		}
		switch a := action.(type) {
		case clienttesting.GetAction:
			obj, err := cs.Tracker().Get(gvr, a.GetNamespace(), a.GetName())
			if err != nil {
				return true, nil, err
			}
			w := obj.(*shopv1.Widget)
			return true, &autoscalingv1.Scale{
				ObjectMeta: metav1.ObjectMeta{Name: w.Name, Namespace: w.Namespace},
				Spec:       autoscalingv1.ScaleSpec{Replicas: *w.Spec.Replicas},
				Status:     autoscalingv1.ScaleStatus{Replicas: w.Status.Replicas},
			}, nil
		case clienttesting.UpdateAction:
			scale := a.GetObject().(*autoscalingv1.Scale)
			obj, err := cs.Tracker().Get(gvr, a.GetNamespace(), scale.Name)
			if err != nil {
				return true, nil, err
			}
			w := obj.(*shopv1.Widget).DeepCopy()
			w.Spec.Replicas = &scale.Spec.Replicas
			return true, scale, cs.Tracker().Update(gvr, w, a.GetNamespace())
		}
		t.Errorf("unexpected scale action %v", action)
		return false, nil, nil
	}
}

// TestWidgetApply applies a widget and its status. The field-managed
// NewClientset cannot hold a Widget (structured-merge-diff has no arrays,
// and WidgetSpec.Checksum is one), so this uses NewSimpleClientset, whose
// apply patches an existing object; the Store goes through NewClientset.
func TestWidgetApply(t *testing.T) {
	ctx := context.Background()
	cs := fake.NewSimpleClientset(widget("w1", 1))
	widgets := cs.ShopV1().Widgets("default")
	ac := applyshopv1.Widget("w1", "default").
		WithSpec(applyshopv1.WidgetSpec().WithReplicas(2).WithColor(shopv1.ColorBlue))
	got, err := widgets.Apply(ctx, ac, metav1.ApplyOptions{FieldManager: "test"})
	if err != nil || *got.Spec.Replicas != 2 || got.Spec.Color != shopv1.ColorBlue {
		t.Fatalf("apply: %v, %v", got, err)
	}
	status := applyshopv1.Widget("w1", "default").WithStatus(applyshopv1.WidgetStatus().WithReady(true))
	got, err = widgets.ApplyStatus(ctx, status, metav1.ApplyOptions{FieldManager: "test"})
	if err != nil || !got.Status.Ready {
		t.Fatalf("applyStatus: %v, %v", got, err)
	}
	if !hasAction(cs.Actions(), "patch", "widgets", "status") {
		t.Errorf("no status patch recorded: %v", cs.Actions())
	}
	if _, err := widgets.Apply(ctx, nil, metav1.ApplyOptions{}); err == nil {
		t.Error("apply of nil: no error")
	}
}

func TestStoreApplyFieldManaged(t *testing.T) {
	ctx := context.Background()
	cs := fake.NewClientset()
	stores := cs.ShopV1().Stores()
	ac := applyshopv1.Store("main").WithSpec(applyshopv1.StoreSpec().WithAddress(applyshopv1.Address().WithCity("Oslo")))
	got, err := stores.Apply(ctx, ac, metav1.ApplyOptions{FieldManager: "test"})
	if err != nil || got.Spec.Address.City != "Oslo" {
		t.Fatalf("apply: %v, %v", got, err)
	}
	if len(got.ManagedFields) == 0 {
		t.Errorf("no managed fields after apply: %+v", got.ObjectMeta)
	}
}

// TestStoreAndV1beta1 uses the cluster-scoped Store and the v1beta1 client.
func TestStoreAndV1beta1(t *testing.T) {
	ctx := context.Background()
	cs := fake.NewSimpleClientset()
	store := &shopv1.Store{ObjectMeta: metav1.ObjectMeta{Name: "main"}, Spec: shopv1.StoreSpec{Address: shopv1.Address{City: "Oslo"}}}
	if _, err := cs.ShopV1().Stores().Create(ctx, store, metav1.CreateOptions{}); err != nil {
		t.Fatalf("create store: %v", err)
	}
	got, err := cs.ShopV1().Stores().Get(ctx, "main", metav1.GetOptions{})
	if err != nil || got.Spec.Address.City != "Oslo" || got.Namespace != "" {
		t.Fatalf("get store: %v, %v", got, err)
	}
	old := &shopv1beta1.Widget{ObjectMeta: metav1.ObjectMeta{Name: "legacy", Namespace: "attic"}}
	if _, err := cs.ShopV1beta1().Widgets("attic").Create(ctx, old, metav1.CreateOptions{}); err != nil {
		t.Fatalf("create v1beta1 widget: %v", err)
	}
	list, err := cs.ShopV1beta1().Widgets("attic").List(ctx, metav1.ListOptions{})
	if err != nil || len(list.Items) != 1 {
		t.Fatalf("list v1beta1: %v, %v", list, err)
	}
}

func expectEvent(t *testing.T, w watch.Interface, typ watch.EventType, name string) {
	t.Helper()
	select {
	case ev := <-w.ResultChan():
		obj, ok := ev.Object.(metav1.Object)
		if ev.Type != typ || !ok || obj.GetName() != name {
			t.Fatalf("event %s %v, want %s %s", ev.Type, ev.Object, typ, name)
		}
	case <-time.After(5 * time.Second):
		t.Fatalf("no %s event for %s", typ, name)
	}
}

func hasAction(actions []clienttesting.Action, verb, resource, sub string) bool {
	for _, a := range actions {
		if a.GetVerb() == verb && a.GetResource().Resource == resource && a.GetSubresource() == sub {
			return true
		}
	}
	return false
}
