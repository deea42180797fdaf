package snippet

import (
	"slices"
	"testing"

	"k8s.io/gengo/v2/types"
)

// TestFile: the raw namer of a File names outside types through the
// imports it records, and names the file's own package's types bare.
func TestFile(t *testing.T) {
	f := NewFile("x.go", "example.com/a")
	raw := f.Namers(nil)["raw"]
	if got := raw.Name(types.Ref("example.com/b", "T")); got != "b.T" {
		t.Errorf("outside type named %q, want b.T", got)
	}
	if got := raw.Name(types.Ref("example.com/a", "U")); got != "U" {
		t.Errorf("own type named %q, want U", got)
	}
	want := []string{`b "example.com/b"`}
	if got := f.Imports(nil); !slices.Equal(got, want) {
		t.Errorf("Imports = %q, want %q", got, want)
	}
	if got := f.ImportsNotSelf(); !slices.Equal(got, want) {
		t.Errorf("ImportsNotSelf = %q, want %q", got, want)
	}
	if f.OutputFilename != "x.go" || f.PkgPath() != "example.com/a" {
		t.Errorf("file %q in %q", f.OutputFilename, f.PkgPath())
	}
}
