package kitchen_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"

	"github.com/kodegen/kodegen/examples/apis/kitchen"
	"github.com/kodegen/kodegen/examples/apis/kitchen/v1alpha1"
	"github.com/kodegen/kodegen/examples/apis/kitchen/v1beta1"
)

// newScheme registers the internal version and both versions (types,
// defaulters and the generated conversions), as an API server does.
func newScheme(t *testing.T) *runtime.Scheme {
	t.Helper()
	scheme := runtime.NewScheme()
	for _, add := range []func(*runtime.Scheme) error{kitchen.AddToScheme, v1alpha1.AddToScheme, v1beta1.AddToScheme} {
		if err := add(scheme); err != nil {
			t.Fatal(err)
		}
	}
	return scheme
}

func convert(t *testing.T, scheme *runtime.Scheme, in, out any) {
	t.Helper()
	if err := scheme.Convert(in, out, nil); err != nil {
		t.Fatalf("converting %T to %T: %v", in, out, err)
	}
}

var cooked = metav1.Date(2026, 11, 22, 12, 0, 0, 0, metav1.Now().Location())

func alphaRecipe() *v1alpha1.Recipe {
	return &v1alpha1.Recipe{
		ObjectMeta: metav1.ObjectMeta{Name: "bread", Namespace: "bakery", Labels: map[string]string{"kind": "loaf"}},
		Spec: v1alpha1.RecipeSpec{
			Name:     "Sourdough",
			Servings: 8,
			Ingredients: []v1alpha1.Ingredient{
				{Name: "flour", Quantity: "500g"},
				{Name: "seeds", Quantity: "a handful", Optional: true},
			},
			Steps: []string{"mix", "proof", "bake"},
			Oven:  &v1alpha1.OvenSettings{TemperatureCelsius: 230, Minutes: 40, Fan: true},
		},
		Status: v1alpha1.RecipeStatus{TimesCooked: 3, LastCooked: &cooked},
	}
}

func betaRecipe() *v1beta1.Recipe {
	return &v1beta1.Recipe{
		ObjectMeta: metav1.ObjectMeta{Name: "soup", Namespace: "bistro"},
		Spec: v1beta1.RecipeSpec{
			Title:       "Leek soup",
			Servings:    4,
			Ingredients: []v1beta1.Ingredient{{Name: "leek", Quantity: "3"}, {Name: "cream", Optional: true}},
			Steps:       []string{"chop", "simmer", "blend"},
			Oven:        &v1beta1.OvenSettings{TemperatureCelsius: 90, Minutes: 5},
			Notes:       "better the next day",
		},
		Status: v1beta1.RecipeStatus{TimesCooked: 12, LastCooked: &cooked},
	}
}

// v1alpha1 → internal → v1beta1 → internal keeps every field both versions
// share, and the hand-written conversion maps v1alpha1's Name to Title.
func TestRoundTripAlphaThroughBeta(t *testing.T) {
	scheme := newScheme(t)
	alpha := alphaRecipe()
	var hub, hubAgain kitchen.Recipe
	var beta v1beta1.Recipe
	convert(t, scheme, alpha, &hub)
	convert(t, scheme, &hub, &beta)
	convert(t, scheme, &beta, &hubAgain)

	if hub.Spec.Title != "Sourdough" || beta.Spec.Title != "Sourdough" {
		t.Errorf("Title: internal %q, v1beta1 %q; want v1alpha1's Name %q", hub.Spec.Title, beta.Spec.Title, alpha.Spec.Name)
	}
	if diff := cmp.Diff(hub, hubAgain); diff != "" {
		t.Errorf("internal after v1beta1 (-before +after):\n%s", diff)
	}
	want := kitchen.RecipeSpec{
		Title:    "Sourdough",
		Servings: 8,
		Ingredients: []kitchen.Ingredient{
			{Name: "flour", Quantity: "500g"},
			{Name: "seeds", Quantity: "a handful", Optional: true},
		},
		Steps: []string{"mix", "proof", "bake"},
		Oven:  &kitchen.OvenSettings{TemperatureCelsius: 230, Minutes: 40, Fan: true},
	}
	if diff := cmp.Diff(want, hubAgain.Spec); diff != "" {
		t.Errorf("internal spec (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(alpha.ObjectMeta, hubAgain.ObjectMeta); diff != "" {
		t.Errorf("metadata (-want +got):\n%s", diff)
	}
	if hubAgain.Status.TimesCooked != 3 || !hubAgain.Status.LastCooked.Equal(&cooked) {
		t.Errorf("status: got %+v", hubAgain.Status)
	}
}

// v1beta1 → internal → v1beta1 keeps everything, the v1beta1-only Notes
// included; going down to v1alpha1 loses only Notes.
func TestRoundTripBeta(t *testing.T) {
	scheme := newScheme(t)
	beta := betaRecipe()
	var hub kitchen.Recipe
	var back v1beta1.Recipe
	convert(t, scheme, beta, &hub)
	convert(t, scheme, &hub, &back)
	if diff := cmp.Diff(beta, &back); diff != "" {
		t.Errorf("v1beta1 after the internal version (-want +got):\n%s", diff)
	}
	if hub.Spec.Notes != "better the next day" {
		t.Errorf("internal Notes = %q", hub.Spec.Notes)
	}

	var alpha v1alpha1.Recipe
	var hubFromAlpha kitchen.Recipe
	convert(t, scheme, &hub, &alpha)
	convert(t, scheme, &alpha, &hubFromAlpha)
	hub.Spec.Notes = ""
	if diff := cmp.Diff(hub, hubFromAlpha); diff != "" {
		t.Errorf("only Notes may be lost through v1alpha1 (-want +got):\n%s", diff)
	}
}

// Lists convert element by element.
func TestConvertList(t *testing.T) {
	scheme := newScheme(t)
	in := &v1alpha1.RecipeList{Items: []v1alpha1.Recipe{*alphaRecipe(), *alphaRecipe()}}
	in.Items[1].Spec.Name = "Rye"
	var hub kitchen.RecipeList
	convert(t, scheme, in, &hub)
	if len(hub.Items) != 2 || hub.Items[0].Spec.Title != "Sourdough" || hub.Items[1].Spec.Title != "Rye" {
		t.Errorf("items: %+v", hub.Items)
	}
}

// Versions convert only through the internal version: a direct conversion,
// or one whose version was never registered, is the scheme's error.
func TestUnregisteredConversion(t *testing.T) {
	scheme := newScheme(t)
	err := scheme.Convert(alphaRecipe(), &v1beta1.Recipe{}, nil)
	if err == nil || !strings.Contains(err.Error(), "unknown conversion") {
		t.Errorf("v1alpha1 to v1beta1: got %v, want the scheme's unknown conversion error", err)
	}

	partial := runtime.NewScheme()
	if err := kitchen.AddToScheme(partial); err != nil {
		t.Fatal(err)
	}
	err = partial.Convert(betaRecipe(), &kitchen.Recipe{}, nil)
	if err == nil || !strings.Contains(err.Error(), "unknown conversion") {
		t.Errorf("without v1beta1 registered: got %v, want the scheme's unknown conversion error", err)
	}
}
