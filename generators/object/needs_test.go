package object

import "testing"

// NeedsTypes decides which packages a run of object type-checks: those
// with a marker that may turn deepcopy on.
func TestNeedsTypes(t *testing.T) {
	g := &tool{}
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{"// +kubebuilder:object:generate=true\npackage v1\n", true},
		{"package v1\n\n// +kubebuilder:object:root=true\ntype Widget struct{}\n", true},
		{"// +k8s:deepcopy-gen=package\npackage v1\n", true},
		{"package v1\n\n// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object\ntype W struct{}\n", true},
		{"// +groupName=shop.example.com\npackage v1\n\ntype Widget struct{}\n", false},
		{"package ctrl\n\ntype Reconciler struct{}\n", false},
	} {
		if got := g.NeedsTypes([]byte(tc.src)); got != tc.want {
			t.Errorf("NeedsTypes(%q) = %v, want %v", tc.src, got, tc.want)
		}
	}
}
