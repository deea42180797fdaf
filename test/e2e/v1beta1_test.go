package e2e

import (
	"context"
	"slices"
	"testing"

	shopv1beta1 "github.com/kodegen/kodegen/examples/apis/shop/v1beta1"
	applyshopv1beta1 "github.com/kodegen/kodegen/examples/generated/applyconfiguration/shop/v1beta1"
	"github.com/kodegen/kodegen/examples/generated/clientset/versioned"
	informers "github.com/kodegen/kodegen/examples/generated/informers/externalversions"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/types"
)

// TestV1beta1 drives the second version of the group through the same
// clientset, apply configurations and informer factory, against a second
// API server (same etcd, another prefix) that serves widgets as v1beta1.
func TestV1beta1(t *testing.T) {
	ctx := context.Background()
	crds, err := shopV1beta1CRDs()
	if err != nil {
		t.Fatal(err)
	}
	config, stop, err := startAPIServer(serverLog{}, cluster.root, cluster.etcdURL, "/kodegen-e2e-v1beta1", crds)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	cs, err := versioned.NewForConfig(config)
	if err != nil {
		t.Fatal(err)
	}
	ns := namespaceFor(t)
	widgets := cs.ShopV1beta1().Widgets(ns)

	replicas := int32(2)
	in := &shopv1beta1.Widget{
		ObjectMeta: metav1.ObjectMeta{Name: "beta", Labels: map[string]string{"v": "beta"}},
		Spec: shopv1beta1.WidgetSpec{
			Replicas:  &replicas,
			Colour:    "Red",
			Parts:     []shopv1beta1.Part{{Name: "axle", Quantity: 2}},
			Suppliers: map[string][]string{"eu": {"acme"}},
		},
	}
	created, err := widgets.Create(ctx, in, metav1.CreateOptions{})
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	if created.Spec.Colour != "Red" || !slices.Equal(created.Spec.Parts, in.Spec.Parts) || created.Spec.Suppliers["eu"][0] != "acme" {
		t.Errorf("Create returned spec %+v", created.Spec)
	}
	list, err := widgets.List(ctx, metav1.ListOptions{LabelSelector: "v=beta"})
	if err != nil || len(list.Items) != 1 {
		t.Fatalf("List(v=beta) = %v items, %v", len(list.Items), err)
	}
	created.Status.Ready = true
	if got, err := widgets.UpdateStatus(ctx, created, metav1.UpdateOptions{}); err != nil || !got.Status.Ready {
		t.Fatalf("UpdateStatus: %v, %v", got, err)
	}
	got, err := widgets.Patch(ctx, "beta", types.JSONPatchType, []byte(`[{"op":"add","path":"/spec/parts/-","value":{"name":"wheel","quantity":4}}]`), metav1.PatchOptions{})
	if err != nil || len(got.Spec.Parts) != 2 || got.Spec.Parts[1].Name != "wheel" {
		t.Fatalf("Patch (JSON): %v, %v", got, err)
	}

	applied, err := widgets.Apply(ctx, applyshopv1beta1.Widget("applied", ns).
		WithSpec(applyshopv1beta1.WidgetSpec().WithColour("Blue").
			WithParts(applyshopv1beta1.Part().WithName("bolt").WithQuantity(8))),
		metav1.ApplyOptions{FieldManager: "alice"})
	if err != nil {
		t.Fatalf("Apply: %v", err)
	}
	if applied.APIVersion != "" && applied.APIVersion != "shop.example.com/v1beta1" || applied.Spec.Colour != "Blue" || len(applied.Spec.Parts) != 1 {
		t.Errorf("Apply returned %s %+v", applied.APIVersion, applied.Spec)
	}
	extracted, err := applyshopv1beta1.ExtractWidget(applied, "alice")
	if err != nil || extracted.Spec == nil || extracted.Spec.Colour == nil || *extracted.Spec.Colour != "Blue" || len(extracted.Spec.Parts) != 1 {
		t.Errorf("ExtractWidget(alice) = %+v, %v", extracted, err)
	}

	f := informers.NewSharedInformerFactoryWithOptions(cs, 0, informers.WithNamespace(ns))
	lister := f.Shop().V1beta1().Widgets().Lister()
	stopInformers := make(chan struct{})
	defer f.Shutdown()
	defer close(stopInformers)
	f.Start(stopInformers)
	for typ, ok := range f.WaitForCacheSync(stopInformers) {
		if !ok {
			t.Fatalf("cache of %v did not sync", typ)
		}
	}
	cached, err := lister.Widgets(ns).List(labels.Everything())
	if err != nil || len(cached) != 2 {
		t.Errorf("v1beta1 lister List = %d widgets, %v; want beta and applied", len(cached), err)
	}
	if err := widgets.Delete(ctx, "beta", metav1.DeleteOptions{}); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the v1beta1 lister to drop beta", func() (bool, error) {
		_, err := lister.Widgets(ns).Get("beta")
		return apierrors.IsNotFound(err), nil
	})
}
