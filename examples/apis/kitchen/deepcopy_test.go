package kitchen

import (
	"reflect"
	"testing"
	"time"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
)

func fullRecipe() *Recipe {
	cooked := metav1.NewTime(time.Date(2024, 5, 1, 18, 0, 0, 0, time.UTC))
	return &Recipe{
		TypeMeta:   metav1.TypeMeta{Kind: "Recipe"},
		ObjectMeta: metav1.ObjectMeta{Name: "soup", Labels: map[string]string{"course": "starter"}},
		Spec: RecipeSpec{
			Title:       "Soup",
			Servings:    4,
			Ingredients: []Ingredient{{Name: "leek", Quantity: "2", Optional: false}},
			Steps:       []string{"chop", "boil"},
			Oven:        &OvenSettings{TemperatureCelsius: 180, Minutes: 20, Fan: true},
			Notes:       "salt to taste",
		},
		Status: RecipeStatus{TimesCooked: 3, LastCooked: &cooked},
	}
}

func TestRecipeDeepCopy(t *testing.T) {
	for name, mutate := range map[string]func(*Recipe){
		"slice of structs":    func(r *Recipe) { r.Spec.Ingredients[0].Name = "onion" },
		"slice of strings":    func(r *Recipe) { r.Spec.Steps[0] = "peel" },
		"pointer to struct":   func(r *Recipe) { r.Spec.Oven.Minutes = 99 },
		"metav1.Time pointer": func(r *Recipe) { r.Status.LastCooked.Time = time.Time{} },
		"object meta":         func(r *Recipe) { r.Labels["course"] = "main" },
		"value":               func(r *Recipe) { r.Spec.Servings = 1 },
	} {
		t.Run(name, func(t *testing.T) {
			orig := fullRecipe()
			c := orig.DeepCopy()
			if !reflect.DeepEqual(orig, c) {
				t.Fatal("copy differs from the original")
			}
			mutate(c)
			if !reflect.DeepEqual(orig, fullRecipe()) {
				t.Error("changing the copy changed the original")
			}
		})
	}
}

func TestRecipeListDeepCopyObject(t *testing.T) {
	orig := &RecipeList{Items: []Recipe{*fullRecipe()}}
	var obj runtime.Object = orig
	c := obj.DeepCopyObject().(*RecipeList)
	c.Items[0].Spec.Oven.Fan = false
	c.Items[0].Spec.Ingredients[0].Quantity = "3"
	if !reflect.DeepEqual(orig, &RecipeList{Items: []Recipe{*fullRecipe()}}) {
		t.Error("changing the copy changed the original")
	}
	if (*Recipe)(nil).DeepCopy() != nil {
		t.Error("nil recipe copied to non-nil")
	}
}
