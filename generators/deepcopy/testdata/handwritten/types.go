package handwritten

// IntoOnly has a hand-written DeepCopyInto; DeepCopy is generated.
type IntoOnly struct {
	Data []byte
}

// DeepCopyInto copies the receiver into out.
func (in *IntoOnly) DeepCopyInto(out *IntoOnly) {
	*out = *in
	out.Data = append([]byte(nil), in.Data...)
}

// CopyOnly has a hand-written DeepCopy on the pointer; DeepCopyInto is
// generated and calls it.
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

// Both has both methods written by hand; nothing is generated for it.
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

// Amount is a named builtin with a value DeepCopy, like resource.Quantity's.
type Amount string

// DeepCopy copies the receiver.
func (a Amount) DeepCopy() Amount { return a }

// Bag is a named map with a hand-written DeepCopy.
type Bag map[string][]byte

// DeepCopy copies the receiver.
func (in Bag) DeepCopy() Bag {
	if in == nil {
		return nil
	}
	out := make(Bag, len(in))
	for k, v := range in {
		out[k] = append([]byte(nil), v...)
	}
	return out
}

// User has fields of the types above in every position.
type User struct {
	Into       IntoOnly
	IntoPtr    *IntoOnly
	Copy       CopyOnly
	CopyPtr    *CopyOnly
	Value      ValueCopy
	ValuePtr   *ValueCopy
	Both       Both
	Amount     Amount
	AmountPtr  *Amount
	Bag        Bag
	Intos      []IntoOnly
	Values     []ValueCopy
	Amounts    []Amount
	IntoMap    map[string]IntoOnly
	IntoPtrMap map[string]*IntoOnly
	ValueMap   map[string]ValueCopy
	AmountMap  map[string]Amount
	Bags       map[string]Bag
}
