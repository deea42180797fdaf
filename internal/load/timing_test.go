package load

import (
	"os"
	"strings"
	"testing"

	"k8s.io/gengo/v2"
	"k8s.io/gengo/v2/parser"
)

// benchTarget is the module directory and patterns the load benchmarks
// read from $KODEGEN_LOAD_DIR and $KODEGEN_LOAD_PATTERNS; without them the
// benchmark is skipped. (load_test.go checks that both loaders build the
// same universe.)
func benchTarget(b *testing.B) (string, []string) {
	dir, pats := os.Getenv("KODEGEN_LOAD_DIR"), os.Getenv("KODEGEN_LOAD_PATTERNS")
	if dir == "" || pats == "" {
		b.Skip("set KODEGEN_LOAD_DIR and KODEGEN_LOAD_PATTERNS")
	}
	return dir, strings.Fields(pats)
}

// BenchmarkLoad times this package's loader.
func BenchmarkLoad(b *testing.B) {
	dir, patterns := benchTarget(b)
	for b.Loop() {
		if _, err := NewIn(dir).Load(patterns...); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGengoParser times gengo's parser on the same packages, for
// comparison; it loads relative to the working directory.
func BenchmarkGengoParser(b *testing.B) {
	dir, patterns := benchTarget(b)
	b.Chdir(dir)
	for b.Loop() {
		p := parser.NewWithOptions(parser.Options{BuildTags: []string{gengo.StdBuildTag}})
		if err := p.LoadPackages(patterns...); err != nil {
			b.Fatal(err)
		}
		if _, err := p.NewUniverse(); err != nil {
			b.Fatal(err)
		}
	}
}
