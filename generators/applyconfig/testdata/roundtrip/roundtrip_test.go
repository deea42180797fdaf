package roundtrip

import (
	"encoding/json"
	"testing"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	shopv1 "github.com/kodegen/kodegen/generators/applyconfig/testdata/basic/apis/shop/v1"
	"github.com/kodegen/kodegen/generators/applyconfig/testdata/basic/out"
	acv1 "github.com/kodegen/kodegen/generators/applyconfig/testdata/basic/out/shop/v1"
)

// TestBuilders builds a Widget with the generated With builders and checks
// the JSON apply would send.
func TestBuilders(t *testing.T) {
	w := acv1.Widget("w", "ns").
		WithLabels(map[string]string{"a": "b"}).
		WithSpec(acv1.WidgetSpec().
			WithReplicas(3).
			WithWidth(10).
			WithNote("fragile").
			WithParts(acv1.Part().WithName("bolt").WithQuantity(4)).
			WithSpares(acv1.Part().WithName("nut")).
			WithTags("x", "y"))
	got, err := json.Marshal(w)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"kind":"Widget","apiVersion":"shop.example.com/v1","metadata":{"name":"w","namespace":"ns","labels":{"a":"b"}},` +
		`"spec":{"replicas":3,"width":10,"extra":{"note":"fragile"},"parts":[{"name":"bolt","quantity":4}],"spares":[{"name":"nut"}],"tags":["x","y"]}}`
	if string(got) != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if *w.GetName() != "w" || *w.GetNamespace() != "ns" || *w.GetKind() != "Widget" {
		t.Errorf("getters: %v %v %v", *w.GetName(), *w.GetNamespace(), *w.GetKind())
	}
	if _, ok := out.ForKind(shopv1.SchemeGroupVersion.WithKind("Widget")).(*acv1.WidgetApplyConfiguration); !ok {
		t.Error("ForKind(Widget) is not a *WidgetApplyConfiguration")
	}
}

// TestExtract round-trips what a field manager owns through the schema in
// internal.go: ExtractWidget keeps its fields and drops everyone else's.
func TestExtract(t *testing.T) {
	w := &shopv1.Widget{
		ObjectMeta: metav1.ObjectMeta{
			Name: "w", Namespace: "ns",
			ManagedFields: []metav1.ManagedFieldsEntry{
				managed("mine", "", `{"f:spec":{"f:color":{},"f:parts":{"k:{\"name\":\"bolt\"}":{".":{},"f:name":{},"f:quantity":{}}}}}`),
				managed("theirs", "", `{"f:spec":{"f:replicas":{}}}`),
				managed("mine", "status", `{"f:status":{"f:ready":{}}}`),
			},
		},
		Spec: shopv1.WidgetSpec{
			Replicas: ptr(int32(2)), Color: "Red",
			Parts: []shopv1.Part{{Name: "bolt", Quantity: 4}, {Name: "nut", Quantity: 1}},
		},
		Status: shopv1.WidgetStatus{Ready: true},
	}
	got, err := acv1.ExtractWidget(w, "mine")
	if err != nil {
		t.Fatal(err)
	}
	want := acv1.Widget("w", "ns").WithSpec(acv1.WidgetSpec().WithColor("Red").
		WithParts(acv1.Part().WithName("bolt").WithQuantity(4)))
	assertJSON(t, got, want)

	status, err := acv1.ExtractWidgetStatus(w, "mine")
	if err != nil {
		t.Fatal(err)
	}
	assertJSON(t, status, acv1.Widget("w", "ns").WithStatus(acv1.WidgetStatus().WithReady(true)))
}

func managed(manager, subresource, fields string) metav1.ManagedFieldsEntry {
	return metav1.ManagedFieldsEntry{
		Manager: manager, Operation: metav1.ManagedFieldsOperationApply, APIVersion: "shop.example.com/v1",
		FieldsType: "FieldsV1", FieldsV1: &metav1.FieldsV1{Raw: []byte(fields)}, Subresource: subresource,
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

func ptr[T any](v T) *T { return &v }
