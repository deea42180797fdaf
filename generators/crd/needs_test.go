package crd

import "testing"

// NeedsTypes decides which packages a run of crd type-checks: those with
// +groupName or a kind (an embedded pkg.TypeMeta), not a controller that
// builds objects in function bodies.
func TestNeedsTypes(t *testing.T) {
	g := &tool{}
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{"// +groupName=shop.example.com\npackage v1\n", true},
		{"package v1\n\ntype Widget struct {\n\tmetav1.TypeMeta `json:\",inline\"`\n}\n", true},
		{"package v1\n\ntype Widget struct {\n\tmetav1.TypeMeta\n}\n", true},
		{"package ctrl\n\nfunc f() {\n\t_ = x{\n\t\tTypeMeta: metav1.TypeMeta{Kind: \"Pod\"},\n\t}\n}\n", false},
		{"package ctrl\n\ntype Reconciler struct {\n\tclient.Client\n}\n", false},
	} {
		if got := g.NeedsTypes([]byte(tc.src)); got != tc.want {
			t.Errorf("NeedsTypes(%q) = %v, want %v", tc.src, got, tc.want)
		}
	}
}
