package basic

// SetDefaults_Frame is a base defaulter: called before Frame's markers.
func SetDefaults_Frame(obj *Frame) {
	if obj.Sides == 0 {
		obj.Sides = 4
	}
}

// SetDefaults_WidgetSpec_Covered is an additional defaulter of WidgetSpec.
func SetDefaults_WidgetSpec_Covered(obj *WidgetSpec) {
	obj.Covered.Inner.Kind = "covered"
}

// SetDefaults_Covered defaults all of Covered.
//
// +k8s:defaulter-gen=covers
func SetDefaults_Covered(obj *Covered) {}
