package shop

import "k8s.io/apimachinery/pkg/runtime"

// DeepCopyObject copies the Widget (written by hand: these test types have no deepcopy-gen run).
func (in *Widget) DeepCopyObject() runtime.Object {
	out := *in
	in.ObjectMeta.DeepCopyInto(&out.ObjectMeta)
	return &out
}
