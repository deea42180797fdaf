package valuecopyiface

// Widget has a value DeepCopy and asks for DeepCopyObject.
// +k8s:deepcopy-gen=true
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object
type Widget struct {
	Parts []string
}

// DeepCopy returns a copy.
func (in Widget) DeepCopy() Widget {
	return Widget{Parts: append([]string(nil), in.Parts...)}
}
