package v1beta1

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"k8s.io/apimachinery/pkg/runtime"
)

func newScheme(t *testing.T) *runtime.Scheme {
	t.Helper()
	scheme := runtime.NewScheme()
	if err := AddToScheme(scheme); err != nil {
		t.Fatal(err)
	}
	return scheme
}

// TestDefaultsThroughScheme defaults through a runtime.Scheme, as an API
// server does: every +default marker (scalars, a struct pointer and the
// fields inside it, a slice, the elements of a slice) and the hand-written
// SetDefaults_RecipeSpec apply, and values already set are kept.
func TestDefaultsThroughScheme(t *testing.T) {
	for _, tc := range []struct {
		name     string
		in, want RecipeSpec
	}{{
		name: "empty",
		want: RecipeSpec{
			Title:    "untitled",
			Servings: 2,
			Steps:    []string{"prepare", "cook", "serve"},
			Oven:     &OvenSettings{TemperatureCelsius: 180, Minutes: 30},
		},
	}, {
		name: "ingredients",
		in:   RecipeSpec{Ingredients: []Ingredient{{Name: "salt"}, {Name: "flour", Quantity: "200g"}}},
		want: RecipeSpec{
			Title:       "salt dish",
			Servings:    2,
			Ingredients: []Ingredient{{Name: "salt", Quantity: "to taste"}, {Name: "flour", Quantity: "200g"}},
			Steps:       []string{"prepare", "cook", "serve"},
			Oven:        &OvenSettings{TemperatureCelsius: 180, Minutes: 30},
		},
	}, {
		name: "set values are kept",
		in: RecipeSpec{
			Title: "bread", Servings: 8, Steps: []string{"knead", "bake"},
			Oven: &OvenSettings{TemperatureCelsius: 220, Fan: true},
		},
		want: RecipeSpec{
			Title: "bread", Servings: 8, Steps: []string{"knead", "bake"},
			Oven: &OvenSettings{TemperatureCelsius: 220, Minutes: 30, Fan: true},
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			obj := &Recipe{Spec: tc.in}
			newScheme(t).Default(obj)
			if diff := cmp.Diff(tc.want, obj.Spec); diff != "" {
				t.Errorf("defaulted spec (-want +got):\n%s", diff)
			}
		})
	}
}

// TestListDefaultsThroughScheme defaults every item of a list.
func TestListDefaultsThroughScheme(t *testing.T) {
	list := &RecipeList{Items: []Recipe{{}, {Spec: RecipeSpec{Servings: 4}}}}
	newScheme(t).Default(list)
	for i, want := range []int32{2, 4} {
		if got := list.Items[i].Spec.Servings; got != want {
			t.Errorf("items[%d].spec.servings = %d, want %d", i, got, want)
		}
		if list.Items[i].Spec.Title != "untitled" {
			t.Errorf("items[%d]: SetDefaults_RecipeSpec was not called", i)
		}
	}
}

// TestRegistration checks the generated registration: the group and
// version, and the kinds addKnownTypes registers.
func TestRegistration(t *testing.T) {
	if SchemeGroupVersion.Group != "kitchen.example.com" || SchemeGroupVersion.Version != "v1beta1" {
		t.Errorf("SchemeGroupVersion = %v", SchemeGroupVersion)
	}
	scheme := newScheme(t)
	for _, kind := range []string{"Recipe", "RecipeList"} {
		if !scheme.Recognizes(SchemeGroupVersion.WithKind(kind)) {
			t.Errorf("scheme does not recognize %s", kind)
		}
	}
}
