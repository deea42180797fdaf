// +kubebuilder:object:generate=true
package ptrslice

// Copier has a hand-written DeepCopy.
type Copier struct {
	Data []byte
}

// DeepCopy copies the receiver.
func (in *Copier) DeepCopy() *Copier {
	if in == nil {
		return nil
	}
	return &Copier{Data: append([]byte(nil), in.Data...)}
}

// Widget has a slice of pointers to it: controller-gen passes a **Copier
// to DeepCopyInto.
type Widget struct {
	Copiers []*Copier
}
