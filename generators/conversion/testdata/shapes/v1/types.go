package v1

// Phase is a string kind.
type Phase string

// Widget has every shape of field.
type Widget struct {
	Name        string
	Size        int32
	Phase       Phase
	Labels      map[string]string
	Parts       []Part
	Main        *Part
	Gears       []Gear
	GearsByName map[string]Gear
	Spare       *Gear
	Palette     Palette
	Frame       Frame
	Gizmo       Gizmo
	// +k8s:conversion-gen=false
	Secret string
	// Label is the internal Title.
	Label string
}

// Part is memory-identical to api.Part.
type Part struct {
	ID    string
	Count int32
}

// Gear differs from api.Gear in the size of Teeth.
type Gear struct {
	Teeth int32
	Ratio string
}

// Color has a copy-only hand-written conversion.
type Color struct {
	RGB string
}

// Palette stays castable: Color's conversion is copy-only.
type Palette struct {
	Primary Color
	Others  []Color
}

// Shade has an ordinary hand-written conversion.
type Shade struct {
	Level int32
}

// Frame is not castable: Shade's conversion must run.
type Frame struct {
	Shade Shade
	Width int32
}

// Gizmo's v1-to-internal conversion is dropped.
type Gizmo struct {
	Model string
}

// Hidden is opted out.
//
// +k8s:conversion-gen=false
type Hidden struct {
	Reason string
}

// settings is private: no conversion.
type settings struct {
	debug bool
}
