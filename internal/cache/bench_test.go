package cache

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkLookup times a no-change Lookup on the module in
// $KODEGEN_CACHE_BENCH_DIR, with every file below $KODEGEN_CACHE_BENCH_OUT
// (optional) as the recorded outputs; without the first it is skipped.
func BenchmarkLookup(b *testing.B) {
	dir := os.Getenv("KODEGEN_CACHE_BENCH_DIR")
	if dir == "" {
		b.Skip("set KODEGEN_CACHE_BENCH_DIR (and KODEGEN_CACHE_BENCH_OUT)")
	}
	var outputs []string
	if out := os.Getenv("KODEGEN_CACHE_BENCH_OUT"); out != "" {
		err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				outputs = append(outputs, p)
			}
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	setSettle(b, 0)
	cacheDir := b.TempDir()
	identity := []string{"bench"}
	rec, _ := Lookup(cacheDir, dir, identity)
	if err := Store(rec, dir, identity, outputs, nil); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, hit := Lookup(cacheDir, dir, identity); !hit {
			b.Fatal("miss")
		}
	}
}
