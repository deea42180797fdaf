// Package api is the internal version of the shapes test group.
package api

// Phase is a string kind.
type Phase string

// Widget has every shape of field.
type Widget struct {
	Name        string
	Size        int64
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
	Secret      string
	Title       string
	Internal    string
}

// Part is memory-identical to v1.Part.
type Part struct {
	ID    string
	Count int32
}

// Gear differs from v1.Gear in the size of Teeth.
type Gear struct {
	Teeth int64
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

// Hidden is opted out on the v1 side.
type Hidden struct {
	Reason string
}

// Bundle is used by the skipunsafe case.
type Bundle struct {
	Parts  []Part
	Main   *Part
	Labels map[string]string
	Tags   []string
	Gears  []Gear
}

// Machine is used by the bad/nofunc case: nothing converts *Gear.
type Machine struct {
	GearPtrs []*Gear
}
