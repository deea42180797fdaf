package basic

import "k8s.io/apimachinery/pkg/runtime"

// The runtime.Object methods the registration needs; a real package has
// them from deepcopy-gen.

func (in *Widget) DeepCopyObject() runtime.Object     { c := *in; return &c }
func (in *WidgetList) DeepCopyObject() runtime.Object { c := *in; return &c }
func (in *Skipped) DeepCopyObject() runtime.Object    { c := *in; return &c }
func (in *Plain) DeepCopyObject() runtime.Object      { c := *in; return &c }
