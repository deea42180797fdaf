package e2e

import (
	"context"
	"testing"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/client-go/dynamic"
)

var (
	widgetsGVR = schema.GroupVersionResource{Group: shopGroup, Version: shopVersion, Resource: "widgets"}
	storesGVR  = schema.GroupVersionResource{Group: shopGroup, Version: shopVersion, Resource: "stores"}
)

// TestServerServesShopGroup proves the server and the CRDs with a dynamic
// client, independently of any generated code: both kinds are served with
// their scope, the schema prunes and validates, status and scale are
// subresources.
func TestServerServesShopGroup(t *testing.T) {
	ctx := context.Background()
	dyn, err := dynamic.NewForConfig(cluster.config)
	if err != nil {
		t.Fatal(err)
	}
	widgets := dyn.Resource(widgetsGVR).Namespace("dynamic")

	w := &unstructured.Unstructured{Object: map[string]interface{}{
		"apiVersion": shopGroup + "/" + shopVersion,
		"kind":       "Widget",
		"metadata":   map[string]interface{}{"name": "w1"},
		"spec": map[string]interface{}{
			"replicas": int64(2),
			"color":    "Red",
			"price":    "1500m",
			"port":     "http",
			"unknown":  "pruned",
		},
		"status": map[string]interface{}{"replicas": int64(9)},
	}}
	got, err := widgets.Create(ctx, w, metav1.CreateOptions{})
	if err != nil {
		t.Fatalf("create widget: %v", err)
	}
	if _, found, _ := unstructured.NestedString(got.Object, "spec", "unknown"); found {
		t.Errorf("spec.unknown was not pruned: %v", got.Object["spec"])
	}
	if _, found, _ := unstructured.NestedInt64(got.Object, "status", "replicas"); found {
		t.Errorf("create set status although status is a subresource: %v", got.Object["status"])
	}

	scale, err := widgets.Get(ctx, "w1", metav1.GetOptions{}, "scale")
	if err != nil {
		t.Fatalf("get widget scale: %v", err)
	}
	if r, _, _ := unstructured.NestedInt64(scale.Object, "spec", "replicas"); scale.GetKind() != "Scale" || r != 2 {
		t.Errorf("scale = %s with spec.replicas %d, want Scale with 2", scale.GetKind(), r)
	}

	bad := w.DeepCopy()
	bad.SetName("w2")
	_ = unstructured.SetNestedField(bad.Object, "lots", "spec", "price")
	if _, err := widgets.Create(ctx, bad, metav1.CreateOptions{}); !apierrors.IsInvalid(err) {
		t.Errorf("create with price %q: err = %v, want Invalid", "lots", err)
	}

	store := &unstructured.Unstructured{Object: map[string]interface{}{
		"apiVersion": shopGroup + "/" + shopVersion,
		"kind":       "Store",
		"metadata":   map[string]interface{}{"name": "dynamic-store"},
		"spec": map[string]interface{}{
			"address": map[string]interface{}{"street": "1 Main St", "city": "Springfield"},
		},
	}}
	if _, err := dyn.Resource(storesGVR).Create(ctx, store, metav1.CreateOptions{}); err != nil {
		t.Fatalf("create store: %v", err)
	}
	if _, err := dyn.Resource(storesGVR).Namespace("dynamic").Get(ctx, "dynamic-store", metav1.GetOptions{}); !apierrors.IsNotFound(err) {
		t.Errorf("get cluster-scoped store in a namespace: err = %v, want NotFound", err)
	}
	if err := dyn.Resource(storesGVR).Delete(ctx, "dynamic-store", metav1.DeleteOptions{}); err != nil {
		t.Errorf("delete store: %v", err)
	}
	if err := widgets.DeleteCollection(ctx, metav1.DeleteOptions{}, metav1.ListOptions{}); err != nil {
		t.Errorf("delete widgets: %v", err)
	}
}
