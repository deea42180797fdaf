package e2e

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	shopv1 "github.com/kodegen/kodegen/examples/apis/shop/v1"
	applyshopv1 "github.com/kodegen/kodegen/examples/generated/applyconfiguration/shop/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// TestClientsetApply uses server-side apply with the generated apply
// configurations: the server records each field manager's fields, a second
// manager conflicts over a field the first owns until it forces, and a
// manager that stops applying a field removes it.
func TestClientsetApply(t *testing.T) {
	ctx := context.Background()
	ns := namespaceFor(t)
	widgets := shopClient(t).ShopV1().Widgets(ns)
	as := func(manager string, force bool) metav1.ApplyOptions {
		return metav1.ApplyOptions{FieldManager: manager, Force: force}
	}
	price := resource.MustParse("3")
	alice := func() *applyshopv1.WidgetApplyConfiguration {
		return applyshopv1.Widget("applied", ns).
			WithLabels(map[string]string{"owner": "alice"}).
			WithSpec(applyshopv1.WidgetSpec().
				WithReplicas(2).
				WithColor(shopv1.ColorRed).
				WithPrice(price).
				WithTags(shopv1.Tags{"new"}).
				WithBlueprint(applyshopv1.Blueprint().WithFormat("svg")))
	}

	got, err := widgets.Apply(ctx, alice(), as("alice", false))
	if err != nil {
		t.Fatalf("Apply (alice, creates): %v", err)
	}
	if *got.Spec.Replicas != 2 || got.Spec.Color != shopv1.ColorRed || got.Spec.Blueprint.Format != "svg" || got.Labels["owner"] != "alice" {
		t.Errorf("Apply (alice): %+v", got.Spec)
	}
	checkOwners(t, got, map[string][]string{
		"alice": {"f:metadata.f:labels.f:owner", "f:spec.f:replicas", "f:spec.f:color", "f:spec.f:price",
			"f:spec.f:tags", "f:spec.f:blueprint.f:format"},
	})
	if m := managerEntry(got, "alice"); m == nil || m.Operation != metav1.ManagedFieldsOperationApply || m.Subresource != "" {
		t.Errorf("alice's managedFields entry = %+v, want an Apply on the main resource", m)
	}

	again, err := widgets.Apply(ctx, alice(), as("alice", false))
	if err != nil {
		t.Fatalf("Apply (alice, again): %v", err)
	}
	if again.ResourceVersion != got.ResourceVersion {
		t.Errorf("applying the same configuration again changed the object: resourceVersion %s → %s",
			got.ResourceVersion, again.ResourceVersion)
	}

	bobColor := applyshopv1.Widget("applied", ns).WithSpec(applyshopv1.WidgetSpec().WithColor(shopv1.ColorBlue).WithPrice(price))
	_, err = widgets.Apply(ctx, bobColor, as("bob", false))
	if !apierrors.IsConflict(err) {
		t.Fatalf("Apply (bob, spec.color owned by alice): err = %v, want Conflict", err)
	}
	if msg := err.Error(); !strings.Contains(msg, `"alice"`) || !strings.Contains(msg, ".spec.color") {
		t.Errorf("conflict does not name the owner and the field: %s", msg)
	}

	got, err = widgets.Apply(ctx, applyshopv1.Widget("applied", ns).
		WithSpec(applyshopv1.WidgetSpec().WithWidth(40).WithPrice(price)), as("bob", false))
	if err != nil {
		t.Fatalf("Apply (bob, a field nobody owns and a shared value): %v", err)
	}
	if got.Spec.Width != 40 {
		t.Errorf("Apply (bob): width %d, want 40", got.Spec.Width)
	}
	checkOwners(t, got, map[string][]string{
		"alice": {"f:spec.f:color", "f:spec.f:price"},
		"bob":   {"f:spec.f:width", "f:spec.f:price"}, // the same value may have several owners
	})

	// bob's whole intent: fields he no longer applies and owns alone go away.
	bobAll := applyshopv1.Widget("applied", ns).
		WithSpec(applyshopv1.WidgetSpec().WithColor(shopv1.ColorBlue).WithWidth(40).WithPrice(price))
	got, err = widgets.Apply(ctx, bobAll, as("bob", true))
	if err != nil {
		t.Fatalf("Apply (bob, forced): %v", err)
	}
	if got.Spec.Color != shopv1.ColorBlue {
		t.Errorf("Apply (bob, forced): color %s, want Blue", got.Spec.Color)
	}
	checkOwners(t, got, map[string][]string{"bob": {"f:spec.f:color"}})
	if owns(managerEntry(got, "alice"), "f:spec.f:color") {
		t.Errorf("alice still owns spec.color after bob forced it")
	}

	// alice stops applying tags: the field she alone owned goes away.
	withoutTags := applyshopv1.Widget("applied", ns).
		WithLabels(map[string]string{"owner": "alice"}).
		WithSpec(applyshopv1.WidgetSpec().WithReplicas(2).WithPrice(price).
			WithBlueprint(applyshopv1.Blueprint().WithFormat("svg")))
	got, err = widgets.Apply(ctx, withoutTags, as("alice", false))
	if err != nil {
		t.Fatalf("Apply (alice, without tags): %v", err)
	}
	if got.Spec.Tags != nil || got.Spec.Color != shopv1.ColorBlue || got.Spec.Width != 40 {
		t.Errorf("Apply (alice, without tags): tags %v color %s width %d, want none, Blue, 40",
			got.Spec.Tags, got.Spec.Color, got.Spec.Width)
	}

	got, err = widgets.ApplyStatus(ctx, applyshopv1.Widget("applied", ns).
		WithStatus(applyshopv1.WidgetStatus().WithReady(true).WithReplicas(2)), as("controller", false))
	if err != nil {
		t.Fatalf("ApplyStatus: %v", err)
	}
	if !got.Status.Ready || got.Status.Replicas != 2 {
		t.Errorf("ApplyStatus: status %+v", got.Status)
	}
	m := managerEntry(got, "controller")
	if m == nil || m.Subresource != "status" || !owns(m, "f:status.f:ready") || !owns(m, "f:status.f:replicas") {
		t.Errorf("controller's managedFields entry = %+v, want status.ready and status.replicas on the status subresource", m)
	}

	t.Run("extract", func(t *testing.T) {
		testExtractWidget(t, widgets, got, price)
	})
}

// testExtractWidget runs the extract, modify, apply workflow on the widget
// TestClientsetApply left behind: alice (spec), bob (color, width, price) and
// controller (status) own fields of it.
func testExtractWidget(t *testing.T, widgets widgetApplier, got *shopv1.Widget, price resource.Quantity) {
	ctx := context.Background()
	status, err := applyshopv1.ExtractWidgetStatus(got, "controller")
	if err != nil {
		t.Fatalf("ExtractWidgetStatus(controller): %v", err)
	}
	if st := status.Status; st == nil || st.Ready == nil || !*st.Ready || st.Replicas == nil || *st.Replicas != 2 || status.Spec != nil {
		t.Errorf("ExtractWidgetStatus(controller) = %+v; want status ready and replicas 2, no spec", status)
	}
	extracted, err := applyshopv1.ExtractWidget(got, "alice")
	if err != nil {
		t.Fatalf("ExtractWidget(alice): %v", err)
	}
	if s := extracted.Spec; s == nil || s.Replicas == nil || *s.Replicas != 2 || s.Color != nil || s.Width != nil ||
		s.Blueprint == nil || s.Blueprint.Format == nil || *s.Blueprint.Format != "svg" || extracted.Labels["owner"] != "alice" {
		t.Errorf("ExtractWidget(alice) = %+v with spec %+v; want replicas 2, blueprint.format svg, label owner, no color or width",
			extracted, extracted.Spec)
	}
	got, err = widgets.Apply(ctx, extracted.WithSpec(extracted.Spec.WithReplicas(4).WithPrice(price)), metav1.ApplyOptions{FieldManager: "alice"})
	if err != nil {
		t.Fatalf("Apply (alice, extracted and modified): %v", err)
	}
	if *got.Spec.Replicas != 4 || got.Spec.Color != shopv1.ColorBlue || got.Spec.Blueprint == nil || got.Labels["owner"] != "alice" {
		t.Errorf("Apply (alice, extracted and modified): replicas %d color %s blueprint %v labels %v",
			*got.Spec.Replicas, got.Spec.Color, got.Spec.Blueprint, got.Labels)
	}
}

// widgetApplier is the part of the generated Widget client the extract test uses.
type widgetApplier interface {
	Apply(context.Context, *applyshopv1.WidgetApplyConfiguration, metav1.ApplyOptions) (*shopv1.Widget, error)
}

// TestClientsetApplyStore applies a cluster-scoped Store, nested apply
// configurations included.
func TestClientsetApplyStore(t *testing.T) {
	ctx := context.Background()
	stores := shopClient(t).ShopV1().Stores()
	cfg := applyshopv1.Store("applied-store").
		WithSpec(applyshopv1.StoreSpec().
			WithAddress(applyshopv1.Address().WithStreet("2 High Street").WithCity("Ogdenville").WithCountry("US")).
			WithStock(map[string]int32{"red-1": 3}))
	got, err := stores.Apply(ctx, cfg, metav1.ApplyOptions{FieldManager: "alice"})
	if err != nil {
		t.Fatalf("Apply: %v", err)
	}
	if got.Spec.Address.Country == nil || *got.Spec.Address.Country != "US" || got.Spec.Stock["red-1"] != 3 {
		t.Errorf("Apply: spec %+v", got.Spec)
	}
	checkOwners(t, got, map[string][]string{"alice": {"f:spec.f:address.f:country", "f:spec.f:stock.f:red-1"}})
	got, err = stores.ApplyStatus(ctx, applyshopv1.Store("applied-store").
		WithStatus(applyshopv1.StoreStatus().WithOpen(true).WithWidgetCount(3)), metav1.ApplyOptions{FieldManager: "counter"})
	if err != nil || !got.Status.Open || got.Status.WidgetCount != 3 {
		t.Fatalf("ApplyStatus: status %+v, err %v", got.Status, err)
	}

	// Extract, modify, apply.
	status, err := applyshopv1.ExtractStoreStatus(got, "counter")
	if err != nil || status.Status == nil || status.Status.WidgetCount == nil || *status.Status.WidgetCount != 3 || status.Spec != nil {
		t.Errorf("ExtractStoreStatus(counter) = %+v, %v; want widgetCount 3 and no spec", status, err)
	}
	extracted, err := applyshopv1.ExtractStore(got, "alice")
	if err != nil {
		t.Fatalf("ExtractStore(alice): %v", err)
	}
	if s := extracted.Spec; s == nil || s.Address == nil || s.Address.City == nil || *s.Address.City != "Ogdenville" || s.Stock["red-1"] != 3 || extracted.Status != nil {
		t.Fatalf("ExtractStore(alice) = %+v with spec %+v; want alice's address and stock, no status", extracted, extracted.Spec)
	}
	got, err = stores.Apply(ctx, extracted.WithSpec(extracted.Spec.WithStock(map[string]int32{"red-1": 5})), metav1.ApplyOptions{FieldManager: "alice"})
	if err != nil {
		t.Fatalf("Apply (extracted and modified): %v", err)
	}
	if got.Spec.Stock["red-1"] != 5 || got.Spec.Address.Street != "2 High Street" || !got.Status.Open {
		t.Errorf("Apply (extracted and modified): spec %+v status %+v", got.Spec, got.Status)
	}
	if err := stores.Delete(ctx, "applied-store", metav1.DeleteOptions{}); err != nil {
		t.Errorf("Delete: %v", err)
	}
}

// managedObject is what managedFields are read from.
type managedObject interface {
	GetManagedFields() []metav1.ManagedFieldsEntry
}

// managerEntry returns the managedFields entry of manager, or nil.
func managerEntry(obj managedObject, manager string) *metav1.ManagedFieldsEntry {
	for _, m := range obj.GetManagedFields() {
		if m.Manager == manager {
			return &m
		}
	}
	return nil
}

// checkOwners fails unless each manager owns each of its field paths.
func checkOwners(t *testing.T, obj managedObject, want map[string][]string) {
	t.Helper()
	var managers []string
	for _, m := range obj.GetManagedFields() {
		managers = append(managers, m.Manager)
	}
	for manager, paths := range want {
		m := managerEntry(obj, manager)
		if m == nil {
			t.Errorf("no managedFields entry for %q (managers: %v)", manager, managers)
			continue
		}
		for _, p := range paths {
			if !owns(m, p) {
				t.Errorf("%q does not own %s; its fields: %s", manager, p, m.FieldsV1.Raw)
			}
		}
	}
}

// owns reports whether the entry lists the dotted fieldsV1 path, such as
// "f:spec.f:replicas".
func owns(m *metav1.ManagedFieldsEntry, path string) bool {
	if m == nil || m.FieldsV1 == nil {
		return false
	}
	var node map[string]interface{}
	if err := json.Unmarshal(m.FieldsV1.Raw, &node); err != nil {
		return false
	}
	keys := strings.Split(path, ".")
	for i, k := range keys {
		next, ok := node[k]
		if !ok {
			return false
		}
		if i == len(keys)-1 {
			return true
		}
		if node, ok = next.(map[string]interface{}); !ok {
			return false
		}
	}
	return false
}
