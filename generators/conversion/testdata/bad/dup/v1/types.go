package v1

import (
	"k8s.io/apimachinery/pkg/conversion"

	"github.com/kodegen/kodegen/generators/conversion/testdata/shapes/api"
)

type Part struct {
	ID    string
	Count int32
}

func Convert_v1_Part_To_api_Part(in *Part, out *api.Part, s conversion.Scope) error {
	return nil
}
