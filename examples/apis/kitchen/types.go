package kitchen

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// +genclient
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// Recipe is how to cook a dish.
type Recipe struct {
	metav1.TypeMeta
	metav1.ObjectMeta

	Spec   RecipeSpec
	Status RecipeStatus
}

// RecipeSpec is what the author wrote down.
type RecipeSpec struct {
	// Title is the dish's name (v1alpha1 calls it Name).
	Title string
	// Servings is how many people it feeds.
	Servings int32
	// Ingredients in the order they are used.
	Ingredients []Ingredient
	// Steps, in order.
	Steps []string
	// Oven is set when the dish is baked.
	Oven *OvenSettings
	// Notes exist only from v1beta1 on.
	Notes string
}

// Ingredient is an amount of one thing.
type Ingredient struct {
	Name     string
	Quantity string
	Optional bool
}

// OvenSettings says how to bake.
type OvenSettings struct {
	TemperatureCelsius int32
	Minutes            int32
	Fan                bool
}

// RecipeStatus is what the kitchen observed.
type RecipeStatus struct {
	TimesCooked int32
	LastCooked  *metav1.Time
}

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// RecipeList is a list of recipes.
type RecipeList struct {
	metav1.TypeMeta
	metav1.ListMeta

	Items []Recipe
}
