package v1alpha1

import (
	"k8s.io/apimachinery/pkg/runtime"
)

func init() {
	// The generated zz_generated.register.go registers only the types; the
	// package adds its defaulters, as an API server's register.go does.
	localSchemeBuilder.Register(addDefaultingFuncs)
}

// addDefaultingFuncs registers the generated SetObjectDefaults_ functions,
// which apply the +default markers and call SetDefaults_RecipeSpec.
func addDefaultingFuncs(scheme *runtime.Scheme) error {
	return RegisterDefaults(scheme)
}

// SetDefaults_RecipeSpec names an unnamed recipe after its first
// ingredient ("untitled" without one): a default that depends on other
// fields, which no +default marker can express. The generated
// SetObjectDefaults_Recipe calls it before applying the markers.
func SetDefaults_RecipeSpec(obj *RecipeSpec) {
	if obj.Name != "" {
		return
	}
	obj.Name = "untitled"
	if len(obj.Ingredients) > 0 && obj.Ingredients[0].Name != "" {
		obj.Name = obj.Ingredients[0].Name + " dish"
	}
}
