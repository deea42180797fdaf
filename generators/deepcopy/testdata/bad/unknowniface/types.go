package unknowniface

// Widget names an interface that does not exist.
// +k8s:deepcopy-gen=true
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Objekt
type Widget struct {
	Parts []string
}
