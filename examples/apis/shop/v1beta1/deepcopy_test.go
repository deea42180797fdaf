package v1beta1

import (
	"reflect"
	"testing"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
)

func fullWidget() *Widget {
	replicas := int32(3)
	return &Widget{
		TypeMeta:   metav1.TypeMeta{Kind: "Widget", APIVersion: "shop.example.com/v1beta1"},
		ObjectMeta: metav1.ObjectMeta{Name: "w", Labels: map[string]string{"a": "b"}},
		Spec: WidgetSpec{
			Replicas:  &replicas,
			Colour:    "red",
			Parts:     []Part{{Name: "wheel", Quantity: 4}},
			Suppliers: map[string][]string{"eu": {"acme"}},
		},
		Status: WidgetStatus{Ready: true},
	}
}

func TestWidgetDeepCopy(t *testing.T) {
	for name, mutate := range map[string]func(*Widget){
		"pointer":          func(w *Widget) { *w.Spec.Replicas = 0 },
		"slice of structs": func(w *Widget) { w.Spec.Parts[0].Name = "changed" },
		"map of slices":    func(w *Widget) { w.Spec.Suppliers["eu"][0] = "changed" },
		"map key added":    func(w *Widget) { w.Spec.Suppliers["us"] = nil },
		"object meta":      func(w *Widget) { w.Labels["a"] = "changed" },
		"type meta":        func(w *Widget) { w.Kind = "changed" },
		"status":           func(w *Widget) { w.Status.Ready = false },
		"pointer cleared":  func(w *Widget) { w.Spec.Replicas = nil },
	} {
		t.Run(name, func(t *testing.T) {
			orig := fullWidget()
			c := orig.DeepCopy()
			if !reflect.DeepEqual(orig, c) {
				t.Fatal("copy differs from the original")
			}
			mutate(c)
			if !reflect.DeepEqual(orig, fullWidget()) {
				t.Error("changing the copy changed the original")
			}
		})
	}
}

func TestWidgetListDeepCopyObject(t *testing.T) {
	orig := &WidgetList{Items: []Widget{*fullWidget()}}
	var obj runtime.Object = orig
	c := obj.DeepCopyObject().(*WidgetList)
	c.Items[0].Spec.Parts[0].Quantity = 0
	*c.Items[0].Spec.Replicas = 0
	if !reflect.DeepEqual(orig, &WidgetList{Items: []Widget{*fullWidget()}}) {
		t.Error("changing the copy changed the original")
	}
	if (*WidgetList)(nil).DeepCopyObject() != nil {
		t.Error("nil list copied to non-nil")
	}
}
