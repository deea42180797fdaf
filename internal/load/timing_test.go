package load

import (
	"os"
	"strings"
	"testing"
	"time"

	"k8s.io/gengo/v2"
	"k8s.io/gengo/v2/parser"
)

// TestTiming compares load time with gengo's parser on $KODEGEN_LOAD_DIR /
// $KODEGEN_LOAD_PATTERNS; it only runs when they are set.
func TestTiming(t *testing.T) {
	dir, pats := os.Getenv("KODEGEN_LOAD_DIR"), os.Getenv("KODEGEN_LOAD_PATTERNS")
	if dir == "" || pats == "" {
		t.Skip("set KODEGEN_LOAD_DIR and KODEGEN_LOAD_PATTERNS")
	}
	patterns := strings.Fields(pats)
	start := time.Now()
	l := NewIn(dir)
	if _, err := l.Load(patterns...); err != nil {
		t.Fatal(err)
	}
	ours := time.Since(start)
	wd, _ := os.Getwd()
	os.Chdir(dir)
	defer os.Chdir(wd)
	start = time.Now()
	p := parser.NewWithOptions(parser.Options{BuildTags: []string{gengo.StdBuildTag}})
	if err := p.LoadPackages(patterns...); err != nil {
		t.Fatal(err)
	}
	want, err := p.NewUniverse()
	if err != nil {
		t.Fatal(err)
	}
	theirs := time.Since(start)
	t.Logf("ours %v, gengo %v", ours, theirs)
	compareUniverses(t, want, l.Universe())
}
