// Package ext is a dependency of the otherpkg case; deepcopy-gen does not
// run on it.
package ext

// Point is copied by assignment: it has no DeepCopyInto.
type Point struct {
	X, Y int
}

// Blob has a hand-written DeepCopyInto.
type Blob struct {
	Data []byte
}

// DeepCopyInto copies the receiver into out.
func (in *Blob) DeepCopyInto(out *Blob) {
	*out = *in
	out.Data = append([]byte(nil), in.Data...)
}

// DeepCopy copies the receiver.
func (in *Blob) DeepCopy() *Blob {
	if in == nil {
		return nil
	}
	out := new(Blob)
	in.DeepCopyInto(out)
	return out
}
