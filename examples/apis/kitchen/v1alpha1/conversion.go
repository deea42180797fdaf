package v1alpha1

import (
	"k8s.io/apimachinery/pkg/conversion"

	"github.com/kodegen/kodegen/examples/apis/kitchen"
)

// Convert_v1alpha1_RecipeSpec_To_kitchen_RecipeSpec converts what the
// generated autoConvert_ cannot: v1alpha1 calls the internal Title Name.
func Convert_v1alpha1_RecipeSpec_To_kitchen_RecipeSpec(in *RecipeSpec, out *kitchen.RecipeSpec, s conversion.Scope) error {
	if err := autoConvert_v1alpha1_RecipeSpec_To_kitchen_RecipeSpec(in, out, s); err != nil {
		return err
	}
	out.Title = in.Name
	return nil
}

// Convert_kitchen_RecipeSpec_To_v1alpha1_RecipeSpec renames Title back to
// Name. v1alpha1 has no Notes: they are lost, which is why clients that
// care about them must use v1beta1.
func Convert_kitchen_RecipeSpec_To_v1alpha1_RecipeSpec(in *kitchen.RecipeSpec, out *RecipeSpec, s conversion.Scope) error {
	if err := autoConvert_kitchen_RecipeSpec_To_v1alpha1_RecipeSpec(in, out, s); err != nil {
		return err
	}
	out.Name = in.Title
	return nil
}
