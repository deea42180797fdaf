package v1

// DeepCopyInto copies the receiver into out. It is written by hand (the
// generator reuses it) to show that hand-written copies are respected.
func (in *Blueprint) DeepCopyInto(out *Blueprint) {
	out.Format = in.Format
	if in.Data != nil {
		out.Data = append([]byte(nil), in.Data...)
	}
}
