package v1

import "k8s.io/apimachinery/pkg/runtime"

// DeepCopyObject copies the Widget (written by hand: these test types have no deepcopy-gen run).
func (in *Widget) DeepCopyObject() runtime.Object {
	out := *in
	in.ObjectMeta.DeepCopyInto(&out.ObjectMeta)
	return &out
}

// DeepCopyObject copies the Store (written by hand: these test types have no deepcopy-gen run).
func (in *Store) DeepCopyObject() runtime.Object {
	out := *in
	in.ObjectMeta.DeepCopyInto(&out.ObjectMeta)
	return &out
}

// DeepCopyObject copies the Shelf (written by hand: these test types have no deepcopy-gen run).
func (in *Shelf) DeepCopyObject() runtime.Object {
	out := *in
	in.ObjectMeta.DeepCopyInto(&out.ObjectMeta)
	return &out
}

// DeepCopyObject copies the Gadget (written by hand: these test types have no deepcopy-gen run).
func (in *Gadget) DeepCopyObject() runtime.Object {
	out := *in
	in.ObjectMeta.DeepCopyInto(&out.ObjectMeta)
	return &out
}
