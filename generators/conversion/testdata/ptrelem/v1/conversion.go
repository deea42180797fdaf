package v1

import (
	"k8s.io/apimachinery/pkg/conversion"

	"github.com/kodegen/kodegen/generators/conversion/testdata/ptrelem/api"
)

// Convert_v1_Gear_To_api_Gear is hand-written.
func Convert_v1_Gear_To_api_Gear(in *Gear, out *api.Gear, s conversion.Scope) error {
	out.Teeth = int64(in.Teeth)
	return nil
}

// Convert_api_Gear_To_v1_Gear is hand-written.
func Convert_api_Gear_To_v1_Gear(in *api.Gear, out *Gear, s conversion.Scope) error {
	out.Teeth = int32(in.Teeth)
	return nil
}
