package e2e

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	shopv1 "github.com/kodegen/kodegen/examples/apis/shop/v1"
)

// TestCRDMarkers: the server enforces what the +kubebuilder markers put in
// the generated CRD (an enum, bounds, a minimum length) with the field
// errors the markers imply, and lists widgets with their printer columns.
func TestCRDMarkers(t *testing.T) {
	ctx := context.Background()
	cs := shopClient(t)
	ns := namespaceFor(t)
	widgets := cs.ShopV1().Widgets(ns)
	for _, c := range []struct {
		name   string
		change func(*shopv1.Widget)
		want   string
	}{
		{"color", func(w *shopv1.Widget) { w.Spec.Color = "Green" }, `spec.color: Unsupported value: "Green": supported values: "Red", "Blue"`},
		{"replicas", func(w *shopv1.Widget) { n := int32(-1); w.Spec.Replicas = &n }, "spec.replicas: Invalid value: -1: spec.replicas in body should be greater than or equal to 0"},
		{"parts", func(w *shopv1.Widget) { w.Spec.Parts = map[string]*shopv1.Part{"x": {Name: "", Quantity: 0}} }, "spec.parts.x.quantity: Invalid value: 0: spec.parts.x.quantity in body should be greater than or equal to 1"},
	} {
		w := widget("bad-"+c.name, nil, shopv1.ColorRed, 1)
		c.change(w)
		_, err := widgets.Create(ctx, w, metav1.CreateOptions{})
		if !apierrors.IsInvalid(err) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: Create gave %v, want Invalid with %q", c.name, err, c.want)
		}
	}
	if _, err := widgets.Create(ctx, widget("good", nil, shopv1.ColorBlue, 3), metav1.CreateOptions{}); err != nil {
		t.Fatalf("Create of a valid widget: %v", err)
	}
	raw, err := cs.ShopV1().RESTClient().Get().Namespace(ns).Resource("widgets").
		SetHeader("Accept", "application/json;as=Table;v=v1;g=meta.k8s.io").Do(ctx).Raw()
	if err != nil {
		t.Fatalf("list as Table: %v", err)
	}
	var table metav1.Table
	if err := json.Unmarshal(raw, &table); err != nil {
		t.Fatal(err)
	}
	var cols []string
	for _, c := range table.ColumnDefinitions {
		cols = append(cols, c.Name)
	}
	if want := []string{"Name", "Color", "Replicas", "Ready"}; !slices.Equal(cols, want) {
		t.Errorf("printer columns %v, want %v", cols, want)
	}
	if len(table.Rows) != 1 || len(table.Rows[0].Cells) < 3 || table.Rows[0].Cells[1] != "Blue" || table.Rows[0].Cells[2] != float64(3) {
		t.Errorf("table rows %+v, want good with Blue and 3", table.Rows)
	}
}
