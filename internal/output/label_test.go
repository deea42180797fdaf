package output

import (
	"path/filepath"
	"testing"
)

func TestDiffLabeller(t *testing.T) {
	base := t.TempDir()
	label := diffLabeller(base, nil)
	for in, want := range map[string]string{
		filepath.Join(base, "pkg/apis/v1/zz_generated.deepcopy.go"): "pkg/apis/v1/zz_generated.deepcopy.go",
		filepath.Join(base, "x.go"):                                 "x.go",
		"/elsewhere/y.go":                                           "/elsewhere/y.go",
	} {
		if got := label(in); got != want {
			t.Errorf("label(%q) = %q, want %q", in, got, want)
		}
	}
}
