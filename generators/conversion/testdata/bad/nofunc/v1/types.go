package v1

type Gear struct {
	Teeth int32
	Ratio string
}

// Machine.GearPtrs needs Convert_Pointer_v1_Gear_To_Pointer_api_Gear.
type Machine struct {
	GearPtrs []*Gear
}
