package crd

import (
	"regexp"
	"testing"
)

// TestMayMatter holds the line scan to the regular expression it
// replaced: the same answer on every case.
func TestMayMatter(t *testing.T) {
	reference := regexp.MustCompile(`(?m)^(type|const)\b|^\s*//\s*\+`)
	cases := []string{
		"",
		"package v1\n",
		"package v1\ntype Widget struct{}\n",
		"package v1\ntype\n",
		"package v1\ntypes := 1\n",
		"package v1\ntype_ = 1\n",
		"package v1\n\ttype Inner int\n", // indented: not a declaration line
		"package v1\nconst (\n\tA = 1\n)\n",
		"package v1\nconstant := 2\n",
		"package v1\nconst",
		"// +groupName=example.com\npackage v1\n",
		"package v1\n\t//   +kubebuilder:validation:Minimum=1\n",
		"package v1\n// not a marker\nfunc f() {}\n",
		"package v1\n//\n+x\n",
		"package v1\n//\n\n  \t+x\n",
		"package v1\n//\n\nfunc f() {}\n",
		"package v1\n// a + b\n",
		"package v1\nvar x = 1 // +k8s:optional\n",
		"package v1\r\n// +optional\r\n",
		"package v1\nfunc f() {\n\ttype local int\n}\n",
		"package v1\ntypeé x\n",
	}
	for _, c := range cases {
		if got, want := mayMatter([]byte(c)), reference.MatchString(c); got != want {
			t.Errorf("mayMatter(%q) = %v, the regular expression says %v", c, got, want)
		}
	}
}
