// +kubebuilder:object:generate=true
package handwritten

import (
	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// IntoOnly has a hand-written DeepCopyInto; DeepCopy is generated.
type IntoOnly struct {
	Data []byte
}

// DeepCopyInto copies the receiver into out.
func (in *IntoOnly) DeepCopyInto(out *IntoOnly) {
	*out = *in
	out.Data = append([]byte(nil), in.Data...)
}

// CopyOnly has a hand-written DeepCopy on the pointer.
type CopyOnly struct {
	Data []byte
}

// DeepCopy copies the receiver.
func (in *CopyOnly) DeepCopy() *CopyOnly {
	if in == nil {
		return nil
	}
	return &CopyOnly{Data: append([]byte(nil), in.Data...)}
}

// ValueCopy has a hand-written DeepCopy on the value.
type ValueCopy struct {
	Data []byte
}

// DeepCopy copies the receiver.
func (in ValueCopy) DeepCopy() ValueCopy {
	return ValueCopy{Data: append([]byte(nil), in.Data...)}
}

// Both has both methods written by hand: nothing is generated.
type Both struct {
	Data []byte
}

// DeepCopyInto copies the receiver into out.
func (in *Both) DeepCopyInto(out *Both) {
	*out = *in
	out.Data = append([]byte(nil), in.Data...)
}

// DeepCopy copies the receiver.
func (in *Both) DeepCopy() *Both {
	if in == nil {
		return nil
	}
	out := new(Both)
	in.DeepCopyInto(out)
	return out
}

// Amount is a named builtin with a value DeepCopy: it is copied.
type Amount string

// DeepCopy copies the receiver.
func (in Amount) DeepCopy() Amount { return in }

// Uses has fields of types with hand-written methods.
type Uses struct {
	Into       IntoOnly
	IntoPtr    *IntoOnly
	Copy       CopyOnly
	CopyPtr    *CopyOnly
	Value      ValueCopy
	ValuePtr   *ValueCopy
	Amount     Amount
	AmountPtr  *Amount
	Quantity   resource.Quantity
	QuantPtr   *resource.Quantity
	Resources  map[string]resource.Quantity
	ResPtrs    map[string]*resource.Quantity
	Values     map[string]ValueCopy
	ValuePtrs  map[string]*ValueCopy
	Copies     []CopyOnly
	Port       intstr.IntOrString
	PortPtr    *intstr.IntOrString
	Amounts    map[string]Amount
	AmountList []Amount
}
