// Package extra is a peer dir with a second conversion for the same pair.
package extra

import (
	"k8s.io/apimachinery/pkg/conversion"

	v1 "github.com/kodegen/kodegen/generators/conversion/testdata/bad/dup/v1"
	"github.com/kodegen/kodegen/generators/conversion/testdata/shapes/api"
)

func Convert_v1_Part_To_api_Part(in *v1.Part, out *api.Part, s conversion.Scope) error {
	return nil
}
