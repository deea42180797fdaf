package v1alpha1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// +genclient
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// Recipe is how to cook a dish.
type Recipe struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec   RecipeSpec   `json:"spec,omitempty"`
	Status RecipeStatus `json:"status,omitempty"`
}

// RecipeSpec is what the author wrote down.
type RecipeSpec struct {
	// Name is the dish's name (the internal version calls it Title).
	Name string `json:"name"`
	// Servings is how many people it feeds.
	// +optional
	// +default=2
	Servings int32 `json:"servings,omitempty"`
	// Ingredients in the order they are used.
	// +optional
	Ingredients []Ingredient `json:"ingredients,omitempty"`
	// Steps, in order.
	// +optional
	// +default=["prepare", "cook", "serve"]
	Steps []string `json:"steps,omitempty"`
	// Oven is set when the dish is baked; an unset oven is a moderate one.
	// +optional
	// +default={"temperatureCelsius": 180}
	Oven *OvenSettings `json:"oven,omitempty"`
}

// Ingredient is an amount of one thing.
type Ingredient struct {
	Name string `json:"name"`
	// +optional
	// +default="to taste"
	Quantity string `json:"quantity,omitempty"`
	// +optional
	Optional bool `json:"optional,omitempty"`
}

// OvenSettings says how to bake.
type OvenSettings struct {
	// +optional
	TemperatureCelsius int32 `json:"temperatureCelsius,omitempty"`
	// +optional
	// +default=30
	Minutes int32 `json:"minutes,omitempty"`
	// +optional
	Fan bool `json:"fan,omitempty"`
}

// RecipeStatus is what the kitchen observed.
type RecipeStatus struct {
	// +optional
	TimesCooked int32 `json:"timesCooked,omitempty"`
	// +optional
	LastCooked *metav1.Time `json:"lastCooked,omitempty"`
}

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// RecipeList is a list of recipes.
type RecipeList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`

	Items []Recipe `json:"items"`
}
