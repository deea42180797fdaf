package app

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestGenValidationOptIn: kodegen gen runs validation-gen over the
// packages with +k8s:validation-gen= when --generators names it, with
// gen_helpers' --readonly-pkg list, and not by default.
func TestGenValidationOptIn(t *testing.T) {
	dir := t.TempDir()
	doc := "// +k8s:validation-gen=TypesWithField=TypeMeta\npackage v1\n"
	if err := os.WriteFile(filepath.Join(dir, "doc.go"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	pkgs := []listedDir{{importPath: "example.com/m/apis/v1", dir: dir}}
	has := func(o genOptions) bool {
		for _, l := range o.helperLines(pkgs) {
			if l[0] == "validation-gen" {
				want := []string{"validation-gen", "--output-file", "zz_generated.validations.go", "--go-header-file", ""}
				for _, p := range genReadonlyPkgs {
					want = append(want, "--readonly-pkg", p)
				}
				want = append(want, "example.com/m/apis/v1")
				if !slices.Equal(l, want) {
					t.Errorf("line %q, want %q", l, want)
				}
				return true
			}
		}
		return false
	}
	if has(genOptions{generators: []string{"deepcopy", "defaulter"}}) {
		t.Error("validation-gen runs without --generators naming it")
	}
	if !has(genOptions{generators: []string{"deepcopy", "validation"}}) {
		t.Error("--generators validation: no validation-gen line")
	}
}
