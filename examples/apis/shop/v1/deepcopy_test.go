package v1

import (
	"reflect"
	"testing"
	"time"

	"k8s.io/apimachinery/pkg/api/equality"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/util/intstr"
)

func ptr[T any](v T) *T { return &v }

// fullWidget sets every field of a Widget, nested ones included, to a
// value that is not zero (checked by TestFixturesAreFull).
func fullWidget() *Widget {
	when := metav1.NewTime(time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC))
	return &Widget{
		TypeMeta: metav1.TypeMeta{Kind: "Widget", APIVersion: "shop.example.com/v1"},
		ObjectMeta: metav1.ObjectMeta{
			Name: "w", Namespace: "ns",
			Labels:          map[string]string{"tier": "gold"},
			OwnerReferences: []metav1.OwnerReference{{Name: "store", Controller: ptr(true)}},
			Finalizers:      []string{"shop.example.com/cleanup"},
		},
		Spec: WidgetSpec{
			Replicas:   ptr(int32(3)),
			Color:      ColorRed,
			Dimensions: Dimensions{Width: 10, Height: 20, Depth: ptr(int64(30))},
			Parts: map[string]*Part{
				"wheel": {Name: "wheel", Quantity: 4, Labels: map[string]string{"size": "L"}, Replaces: &Part{Name: "old-wheel", Quantity: 1, Labels: map[string]string{"a": "b"}}},
			},
			Suppliers:  map[string][]string{"eu": {"acme", "globex"}},
			Alternates: []*Part{{Name: "spare", Quantity: 1, Labels: map[string]string{"c": "d"}}, nil},
			Variants:   []map[string]string{{"color": "red"}},
			Price:      resource.MustParse("1500m"),
			Port:       ptr(intstr.FromString("http")),
			Blueprint:  &Blueprint{Format: "svg", Data: []byte("<svg/>")},
			Tags:       Tags{"new", "shiny"},
			Selector: &metav1.LabelSelector{
				MatchLabels:      map[string]string{"app": "shop"},
				MatchExpressions: []metav1.LabelSelectorRequirement{{Key: "env", Operator: metav1.LabelSelectorOpIn, Values: []string{"prod"}}},
			},
			Tiers: map[string][]*Threshold{"gold": {{From: 10, Discount: "5%"}, nil}},
		},
		Status: WidgetStatus{
			Ready: true, Replicas: 2, ObservedGeneration: 7,
			Conditions: []metav1.Condition{{Type: "Ready", Status: metav1.ConditionTrue, LastTransitionTime: when, Message: "ok"}},
			LastSold:   &when,
		},
	}
}

func fullStore() *Store {
	return &Store{
		TypeMeta:   metav1.TypeMeta{Kind: "Store", APIVersion: "shop.example.com/v1"},
		ObjectMeta: metav1.ObjectMeta{Name: "s", Annotations: map[string]string{"k": "v"}},
		Spec: StoreSpec{
			Address:      Address{Street: "Main St 1", City: "Springfield", Country: ptr("US")},
			OpeningHours: map[string]string{"mon": "9-17"},
			Stock:        map[string]int32{"w": 5},
			Policy:       &FixedRestock{Level: 10, Except: []string{"rare"}, Weekdays: [7]bool{true, false, true}},
		},
		Status: StoreStatus{Open: true, WidgetCount: 5},
	}
}

// mutations change one thing each through the copy, reaching into every
// kind of field.
var widgetMutations = map[string]func(w *Widget){
	"pointer":             func(w *Widget) { *w.Spec.Replicas = 99 },
	"embedded pointer":    func(w *Widget) { *w.Spec.Depth = 99 },
	"embedded value":      func(w *Widget) { w.Spec.Width = 99 },
	"map of pointers":     func(w *Widget) { w.Spec.Parts["wheel"].Quantity = 99 },
	"map in map value":    func(w *Widget) { w.Spec.Parts["wheel"].Labels["size"] = "XL" },
	"pointer in map":      func(w *Widget) { w.Spec.Parts["wheel"].Replaces.Name = "changed" },
	"map key added":       func(w *Widget) { w.Spec.Parts["bolt"] = &Part{} },
	"map of slices":       func(w *Widget) { w.Spec.Suppliers["eu"][0] = "changed" },
	"slice of pointers":   func(w *Widget) { w.Spec.Alternates[0].Name = "changed" },
	"map in slice":        func(w *Widget) { w.Spec.Alternates[0].Labels["c"] = "changed" },
	"slice of maps":       func(w *Widget) { w.Spec.Variants[0]["color"] = "blue" },
	"quantity":            func(w *Widget) { w.Spec.Price.Add(resource.MustParse("1")) },
	"int or string":       func(w *Widget) { w.Spec.Port.StrVal = "https" },
	"hand-written copy":   func(w *Widget) { w.Spec.Blueprint.Data[0] = 'X' },
	"named slice":         func(w *Widget) { w.Spec.Tags[0] = "old" },
	"metav1 pointer":      func(w *Widget) { w.Spec.Selector.MatchLabels["app"] = "changed" },
	"slice in metav1":     func(w *Widget) { w.Spec.Selector.MatchExpressions[0].Values[0] = "dev" },
	"map of slice of ptr": func(w *Widget) { w.Spec.Tiers["gold"][0].Discount = "50%" },
	"object meta map":     func(w *Widget) { w.Labels["tier"] = "changed" },
	"object meta slice":   func(w *Widget) { w.Finalizers[0] = "changed" },
	"owner ref pointer":   func(w *Widget) { *w.OwnerReferences[0].Controller = false },
	"type meta":           func(w *Widget) { w.Kind = "changed" },
	"condition":           func(w *Widget) { w.Status.Conditions[0].Message = "changed" },
	"metav1.Time pointer": func(w *Widget) { w.Status.LastSold.Time = time.Time{} },
}

var storeMutations = map[string]func(s *Store){
	"pointer in struct":  func(s *Store) { *s.Spec.Address.Country = "changed" },
	"map of strings":     func(s *Store) { s.Spec.OpeningHours["mon"] = "closed" },
	"map of ints":        func(s *Store) { s.Spec.Stock["w"] = 0 },
	"interface field":    func(s *Store) { s.Spec.Policy.(*FixedRestock).Level = 0 },
	"slice in interface": func(s *Store) { s.Spec.Policy.(*FixedRestock).Except[0] = "changed" },
	"array in interface": func(s *Store) { s.Spec.Policy.(*FixedRestock).Weekdays[1] = true },
	"annotations":        func(s *Store) { s.Annotations["k"] = "changed" },
}

func TestWidgetDeepCopy(t *testing.T) {
	for name, mutate := range widgetMutations {
		t.Run(name, func(t *testing.T) {
			orig := fullWidget()
			c := orig.DeepCopy()
			if !equality.Semantic.DeepEqual(orig, c) {
				t.Fatalf("copy differs from the original")
			}
			mutate(c)
			if !equality.Semantic.DeepEqual(orig, fullWidget()) {
				t.Errorf("changing the copy changed the original")
			}
			if equality.Semantic.DeepEqual(orig, c) {
				t.Errorf("the mutation changed nothing")
			}
		})
	}
}

func TestStoreDeepCopy(t *testing.T) {
	for name, mutate := range storeMutations {
		t.Run(name, func(t *testing.T) {
			orig := fullStore()
			c := orig.DeepCopy()
			if !reflect.DeepEqual(orig, c) {
				t.Fatalf("copy differs from the original")
			}
			mutate(c)
			if !reflect.DeepEqual(orig, fullStore()) {
				t.Errorf("changing the copy changed the original")
			}
		})
	}
}

// TestNoSharedMemory walks the original and the copy together: no
// pointer, map or slice of the copy may share memory with the original.
func TestNoSharedMemory(t *testing.T) {
	for name, orig := range map[string]runtime.Object{
		"Widget":     fullWidget(),
		"WidgetList": &WidgetList{Items: []Widget{*fullWidget()}},
		"Store":      fullStore(),
		"StoreList":  &StoreList{Items: []Store{*fullStore()}},
	} {
		c := orig.DeepCopyObject()
		if c == orig {
			t.Errorf("%s: DeepCopyObject returned the receiver", name)
		}
		for _, p := range shared(reflect.ValueOf(orig), reflect.ValueOf(c), name) {
			t.Errorf("copy shares memory with the original at %s", p)
		}
	}
}

// shared returns the paths at which a and b share memory. Strings are
// immutable and unexported fields (inside Quantity and Time) are skipped.
func shared(a, b reflect.Value, path string) []string {
	var out []string
	switch a.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice:
		if a.IsNil() {
			return nil
		}
		if a.Kind() != reflect.Slice || a.Len() > 0 {
			if a.UnsafePointer() == b.UnsafePointer() {
				return []string{path}
			}
		}
	}
	switch a.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !a.IsNil() {
			out = shared(a.Elem(), b.Elem(), path)
		}
	case reflect.Map:
		for _, k := range a.MapKeys() {
			out = append(out, shared(a.MapIndex(k), b.MapIndex(k), path+"["+k.String()+"]")...)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < a.Len(); i++ {
			out = append(out, shared(a.Index(i), b.Index(i), path+"[]")...)
		}
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if a.Type().Field(i).IsExported() {
				out = append(out, shared(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name)...)
			}
		}
	}
	return out
}

// TestFixturesAreFull: every field of the fixtures' own types is set, so a
// field added later is covered by TestNoSharedMemory once it is filled in.
func TestFixturesAreFull(t *testing.T) {
	for _, v := range []any{fullWidget().Spec, fullWidget().Status, fullStore().Spec, fullStore().Status, *fullWidget().Spec.Parts["wheel"]} {
		rv := reflect.ValueOf(v)
		for i := 0; i < rv.NumField(); i++ {
			if rv.Field(i).IsZero() {
				t.Errorf("%s.%s is not set in the fixture", rv.Type().Name(), rv.Type().Field(i).Name)
			}
		}
	}
}

func TestNilAndEmpty(t *testing.T) {
	if (*Widget)(nil).DeepCopy() != nil {
		t.Error("nil *Widget copied to non-nil")
	}
	if (*Widget)(nil).DeepCopyObject() != nil {
		t.Error("nil *Widget DeepCopyObject is not nil")
	}
	if Tags(nil).DeepCopy() != nil {
		t.Error("nil Tags copied to non-nil")
	}
	if got := (Tags{}).DeepCopy(); got == nil || len(got) != 0 {
		t.Errorf("empty Tags copied to %#v", got)
	}
	var s Store
	if c := s.DeepCopy(); c.Spec.Policy != nil || c.Spec.Stock != nil {
		t.Errorf("zero Store copied to %#v", c)
	}
}

// TestRestockPolicyCopy: FixedRestock implements RestockPolicy by its
// generated DeepCopyRestockPolicy.
func TestRestockPolicyCopy(t *testing.T) {
	var p RestockPolicy = &FixedRestock{Level: 3, Except: []string{"a"}}
	c := p.DeepCopyRestockPolicy().(*FixedRestock)
	c.Except[0] = "b"
	if p.(*FixedRestock).Except[0] != "a" {
		t.Error("copy shares Except with the original")
	}
	if got := p.DeepCopyRestockPolicy().Reorder(1); got != 2 {
		t.Errorf("Reorder(1) = %d, want 2", got)
	}
}
