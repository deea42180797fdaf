package input

import "github.com/kodegen/kodegen/generators/defaulter/testdata/input/api"

// SetDefaults_Knob defaults a Knob of the api package.
func SetDefaults_Knob(obj *api.Knob) {
	if obj.Turns == 0 {
		obj.Turns = 1
	}
}
