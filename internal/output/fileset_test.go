package output

import (
	"os"
	"path/filepath"
	"testing"
)

// A file named by a relative and an absolute path is one file: the prune
// walk (relative roots) must recognise what a generator added (absolute).
func TestSetPathsAreAbsolute(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	s := NewSet()
	if err := s.Add("gen", filepath.Join(wd, "a", "b.go"), []byte("x")); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.Get("a/b.go"); !ok {
		t.Error("relative lookup of an absolute entry failed")
	}
	if err := s.Add("other", "a/./b.go", []byte("y")); err == nil {
		t.Error("two different contents for one file were accepted")
	}
	s.AddRoot("a")
	if got := s.Roots(); len(got) != 1 || got[0] != filepath.Join(wd, "a") {
		t.Errorf("Roots() = %q", got)
	}
}
