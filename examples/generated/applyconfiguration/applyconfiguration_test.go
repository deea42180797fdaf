package applyconfiguration_test

import (
	"context"
	"encoding/json"
	"testing"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/runtime/serializer"
	clienttesting "k8s.io/client-go/testing"

	shopv1 "github.com/kodegen/kodegen/examples/apis/shop/v1"
	shopv1beta1 "github.com/kodegen/kodegen/examples/apis/shop/v1beta1"
	"github.com/kodegen/kodegen/examples/generated/applyconfiguration"
	acshopv1 "github.com/kodegen/kodegen/examples/generated/applyconfiguration/shop/v1"
	acshopv1beta1 "github.com/kodegen/kodegen/examples/generated/applyconfiguration/shop/v1beta1"
	"github.com/kodegen/kodegen/examples/generated/clientset/versioned/fake"
)

// widget is the apply configuration the tests send: builders for a
// pointer, an inlined embedded struct, a map, a list of structs and an
// external (meta/v1) apply configuration.
func widget() *acshopv1.WidgetApplyConfiguration {
	return acshopv1.Widget("w", "ns").
		WithLabels(map[string]string{"team": "a"}).
		WithSpec(acshopv1.WidgetSpec().
			WithReplicas(3).
			WithColor(shopv1.ColorRed).
			WithWidth(10).
			WithSuppliers(map[string][]string{"eu": {"acme"}}).
			WithTiers(map[string][]*shopv1.Threshold{"gold": {{From: 10, Discount: "5%"}}}))
}

func TestBuilders(t *testing.T) {
	got, err := json.Marshal(widget())
	if err != nil {
		t.Fatal(err)
	}
	want := `{"kind":"Widget","apiVersion":"shop.example.com/v1","metadata":{"name":"w","namespace":"ns","labels":{"team":"a"}},` +
		`"spec":{"replicas":3,"color":"Red","width":10,"suppliers":{"eu":["acme"]},"tiers":{"gold":[{"from":10,"discount":"5%"}]}}}`
	if string(got) != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if _, ok := applyconfiguration.ForKind(shopv1.SchemeGroupVersion.WithKind("Widget")).(*acshopv1.WidgetApplyConfiguration); !ok {
		t.Error("ForKind(shop.example.com/v1, Widget) is not a *WidgetApplyConfiguration")
	}
}

// TestApplyExtract applies with server-side apply semantics (client-go's
// field-managed tracker, using NewTypeConverter and the schema in
// internal.go), then extracts what each field manager owns. It uses
// v1beta1: v1's Widget has a [4]byte field, and structured-merge-diff
// cannot walk arrays.
func TestApplyExtract(t *testing.T) {
	scheme := runtime.NewScheme()
	if err := shopv1beta1.AddToScheme(scheme); err != nil {
		t.Fatal(err)
	}
	tracker := clienttesting.NewFieldManagedObjectTracker(scheme, serializer.NewCodecFactory(scheme).UniversalDecoder(),
		applyconfiguration.NewTypeConverter(scheme))
	gvr := shopv1beta1.SchemeGroupVersion.WithResource("widgets")
	mine := acshopv1beta1.Widget("w", "ns").
		WithLabels(map[string]string{"team": "a"}).
		WithSpec(acshopv1beta1.WidgetSpec().
			WithReplicas(3).
			WithParts(acshopv1beta1.Part().WithName("bolt").WithQuantity(4)).
			WithSuppliers(map[string][]string{"eu": {"acme"}}))
	theirs := acshopv1beta1.Widget("w", "ns").WithSpec(acshopv1beta1.WidgetSpec().WithColour("blue"))
	apply(t, tracker, gvr, "mine", mine)
	apply(t, tracker, gvr, "theirs", theirs)

	obj, err := tracker.Get(gvr, "ns", "w", metav1.GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	live := obj.(*shopv1beta1.Widget)
	if live.Spec.Colour != "blue" || live.Spec.Replicas == nil || *live.Spec.Replicas != 3 {
		t.Fatalf("live object lacks applied fields: %+v", live)
	}
	for manager, want := range map[string]*acshopv1beta1.WidgetApplyConfiguration{"mine": mine, "theirs": theirs} {
		got, err := acshopv1beta1.ExtractWidget(live, manager)
		if err != nil {
			t.Fatal(err)
		}
		assertJSON(t, got, want)
	}
	// Nothing was applied to the status subresource.
	status, err := acshopv1beta1.ExtractWidgetStatus(live, "mine")
	if err != nil {
		t.Fatal(err)
	}
	assertJSON(t, status, acshopv1beta1.Widget("w", "ns"))
}

// TestFakeClientsetApplyExtract applies through the generated fake
// clientset (field-managed, NewTypeConverter under the hood) and extracts
// each manager's configuration back from the object it returns.
func TestFakeClientsetApplyExtract(t *testing.T) {
	ctx := context.Background()
	cs := fake.NewClientset()
	mine := acshopv1beta1.Widget("w", "ns").WithSpec(acshopv1beta1.WidgetSpec().WithReplicas(2).
		WithParts(acshopv1beta1.Part().WithName("bolt").WithQuantity(4)))
	theirs := acshopv1beta1.Widget("w", "ns").WithLabels(map[string]string{"team": "b"})
	widgets := cs.ShopV1beta1().Widgets("ns")
	if _, err := widgets.Apply(ctx, mine, metav1.ApplyOptions{FieldManager: "mine"}); err != nil {
		t.Fatal(err)
	}
	live, err := widgets.Apply(ctx, theirs, metav1.ApplyOptions{FieldManager: "theirs"})
	if err != nil {
		t.Fatal(err)
	}
	for manager, want := range map[string]*acshopv1beta1.WidgetApplyConfiguration{"mine": mine, "theirs": theirs} {
		got, err := acshopv1beta1.ExtractWidget(live, manager)
		if err != nil {
			t.Fatal(err)
		}
		assertJSON(t, got, want)
	}

	// A cluster-scoped type: no namespace in the constructor or Extract.
	store := acshopv1.Store("main").WithSpec(acshopv1.StoreSpec().
		WithAddress(acshopv1.Address().WithStreet("Main St 1").WithCity("Oslo")).
		WithStock(map[string]int32{"bolt": 3}))
	got, err := cs.ShopV1().Stores().Apply(ctx, store, metav1.ApplyOptions{FieldManager: "mine"})
	if err != nil {
		t.Fatal(err)
	}
	extracted, err := acshopv1.ExtractStore(got, "mine")
	if err != nil {
		t.Fatal(err)
	}
	assertJSON(t, extracted, store)
}

func apply(t *testing.T, tracker clienttesting.ObjectTracker, gvr schema.GroupVersionResource, manager string, ac any) {
	t.Helper()
	data, err := json.Marshal(ac)
	if err != nil {
		t.Fatal(err)
	}
	u := &unstructured.Unstructured{}
	if err := json.Unmarshal(data, &u.Object); err != nil {
		t.Fatal(err)
	}
	if err := tracker.Apply(gvr, u, "ns", metav1.PatchOptions{FieldManager: manager}); err != nil {
		t.Fatalf("apply as %s: %v", manager, err)
	}
}

func assertJSON(t *testing.T, got, want any) {
	t.Helper()
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if string(g) != string(w) {
		t.Errorf("got  %s\nwant %s", g, w)
	}
}
