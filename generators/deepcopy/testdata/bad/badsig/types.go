package badsig

// Widget has a DeepCopy of the wrong shape.
type Widget struct {
	Parts []string
}

// DeepCopy returns a copy.
func (in *Widget) DeepCopy() Widget { return *in }
