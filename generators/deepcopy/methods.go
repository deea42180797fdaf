package deepcopy

import (
	"fmt"

	"k8s.io/gengo/v2/types"
)

// handWritten describes the deepcopy methods a type already has, written
// by hand (or, for types of other packages, found on the type).
type handWritten struct {
	// copy is the DeepCopy method's signature, nil when there is none.
	copy *types.Signature
	// into is the DeepCopyInto method's signature, nil when there is none.
	into *types.Signature
}

// any reports whether the type has either method.
func (h handWritten) any() bool { return h.copy != nil || h.into != nil }

// copyReturnsPointer reports whether DeepCopy returns a pointer; without
// a DeepCopy (one is generated next to a hand-written DeepCopyInto) it
// returns a pointer unless the type is itself a reference.
func (h handWritten) copyReturnsPointer(t *types.Type) bool {
	if h.copy != nil {
		return h.copy.Results[0].Type.Kind == types.Pointer
	}
	return !isReference(t)
}

// copyHasPointerReceiver reports whether DeepCopy is declared on *T.
func (h handWritten) copyHasPointerReceiver() bool {
	return h.copy != nil && h.copy.Receiver != nil && h.copy.Receiver.Kind == types.Pointer
}

// methodsOf finds t's DeepCopy and DeepCopyInto and checks their
// signatures: func (T|*T) DeepCopy() T|*T (a *T receiver returns *T, a T
// receiver T) and func (T|*T) DeepCopyInto(*T).
func methodsOf(t *types.Type) (handWritten, error) {
	var h handWritten
	if m := t.Methods["DeepCopy"]; m != nil && m.Signature != nil {
		if err := checkDeepCopy(t, m.Signature); err != nil {
			return h, err
		}
		h.copy = m.Signature
	}
	if m := t.Methods["DeepCopyInto"]; m != nil && m.Signature != nil {
		if err := checkDeepCopyInto(t, m.Signature); err != nil {
			return h, err
		}
		h.into = m.Signature
	}
	return h, nil
}

func isPointerTo(p *types.Type, t *types.Type) bool {
	return p != nil && p.Kind == types.Pointer && p.Elem != nil && p.Elem.Name == t.Name
}

func checkDeepCopy(t *types.Type, sig *types.Signature) error {
	want := fmt.Sprintf("want func (in *%[1]s) DeepCopy() *%[1]s or func (in %[1]s) DeepCopy() %[1]s", t.Name.Name)
	if len(sig.Parameters) != 0 || len(sig.Results) != 1 {
		return fmt.Errorf("%v: hand-written DeepCopy has the wrong signature: %s", t.Name, want)
	}
	res := sig.Results[0].Type
	ptrResult, valResult := isPointerTo(res, t), res.Name == t.Name
	if !ptrResult && !valResult {
		return fmt.Errorf("%v: hand-written DeepCopy returns %v: %s", t.Name, res.Name, want)
	}
	switch {
	case isPointerTo(sig.Receiver, t) && !ptrResult:
		return fmt.Errorf("%v: hand-written DeepCopy on *%s returns %s: return *%s", t.Name, t.Name.Name, t.Name.Name, t.Name.Name)
	case sig.Receiver != nil && sig.Receiver.Name == t.Name && !valResult:
		return fmt.Errorf("%v: hand-written DeepCopy on %s returns *%s: return %s", t.Name, t.Name.Name, t.Name.Name, t.Name.Name)
	}
	return nil
}

func checkDeepCopyInto(t *types.Type, sig *types.Signature) error {
	want := fmt.Sprintf("want func (in *%[1]s) DeepCopyInto(out *%[1]s)", t.Name.Name)
	if len(sig.Parameters) != 1 || len(sig.Results) != 0 || !isPointerTo(sig.Parameters[0].Type, t) {
		return fmt.Errorf("%v: hand-written DeepCopyInto has the wrong signature: %s", t.Name, want)
	}
	if !isPointerTo(sig.Receiver, t) && (sig.Receiver == nil || sig.Receiver.Name != t.Name) {
		return fmt.Errorf("%v: hand-written DeepCopyInto has the wrong receiver: %s", t.Name, want)
	}
	return nil
}

// underlying follows aliases down to the type they name.
func underlying(t *types.Type) *types.Type {
	for t.Kind == types.Alias {
		t = t.Underlying
	}
	return t
}

// isReference reports whether t is a pointer, map or slice, or names one:
// its deepcopy methods take value receivers.
func isReference(t *types.Type) bool {
	switch underlying(t).Kind {
	case types.Pointer, types.Map, types.Slice:
		return true
	}
	return false
}
