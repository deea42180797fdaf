package v1

import (
	"k8s.io/apimachinery/pkg/conversion"

	"github.com/kodegen/kodegen/generators/conversion/testdata/shapes/api"
)

// Convert_v1_Widget_To_api_Widget renames Label to Title.
func Convert_v1_Widget_To_api_Widget(in *Widget, out *api.Widget, s conversion.Scope) error {
	if err := autoConvert_v1_Widget_To_api_Widget(in, out, s); err != nil {
		return err
	}
	out.Title = in.Label
	return nil
}

// Convert_api_Widget_To_v1_Widget renames Title to Label and drops Internal.
func Convert_api_Widget_To_v1_Widget(in *api.Widget, out *Widget, s conversion.Scope) error {
	if err := autoConvert_api_Widget_To_v1_Widget(in, out, s); err != nil {
		return err
	}
	out.Label = in.Title
	return nil
}

// Convert_v1_Color_To_api_Color only copies.
//
// +k8s:conversion-fn=copy-only
func Convert_v1_Color_To_api_Color(in *Color, out *api.Color, s conversion.Scope) error {
	out.RGB = in.RGB
	return nil
}

// Convert_api_Color_To_v1_Color only copies.
//
// +k8s:conversion-fn=copy-only
func Convert_api_Color_To_v1_Color(in *api.Color, out *Color, s conversion.Scope) error {
	out.RGB = in.RGB
	return nil
}

// Convert_v1_Shade_To_api_Shade doubles the level.
func Convert_v1_Shade_To_api_Shade(in *Shade, out *api.Shade, s conversion.Scope) error {
	out.Level = in.Level * 2
	return nil
}

// Convert_api_Shade_To_v1_Shade halves the level.
func Convert_api_Shade_To_v1_Shade(in *api.Shade, out *Shade, s conversion.Scope) error {
	out.Level = in.Level / 2
	return nil
}

// Convert_v1_Gizmo_To_api_Gizmo is never called for a field.
//
// +k8s:conversion-fn=drop
func Convert_v1_Gizmo_To_api_Gizmo(in *Gizmo, out *api.Gizmo, s conversion.Scope) error {
	out.Model = in.Model
	return nil
}

var _ = settings{}.debug
