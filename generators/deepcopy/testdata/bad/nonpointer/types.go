package nonpointer

// Widget has a bad nonpointer-interfaces value.
// +k8s:deepcopy-gen=true
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object
// +k8s:deepcopy-gen:nonpointer-interfaces=yes
type Widget struct {
	Parts []string
}
