package app

import (
	"fmt"
	"strings"

	"k8s.io/klog/v2"

	"github.com/kodegen/kodegen/internal/cache"
	"github.com/kodegen/kodegen/internal/output"
)

func cacheDir(bf *batchFlags) string {
	if bf.cacheDir != "" {
		return bf.cacheDir
	}
	return cache.DefaultDir()
}

// cacheIdentity is what a run's record is for: the command lines and the
// flags of kodegen's own that change what a run does to the disk.
func cacheIdentity(lines [][]string, bf *batchFlags) []string {
	var identity []string
	for _, l := range lines {
		identity = append(identity, strings.Join(l, "\x00"))
	}
	flags := []string{"kodegen", fmt.Sprintf("--no-prune=%v", bf.noPrune), "--target-version=" + bf.target.String()}
	for _, r := range bf.pruneRoots {
		flags = append(flags, "--prune-root", r)
	}
	if bf.run.CompileCheck != "auto" {
		// A run that checked less does not vouch for the next one.
		flags = append(flags, "--compile-check="+bf.run.CompileCheck)
	}
	return append(identity, strings.Join(flags, "\x00"))
}

// cacheLookup says whether a run with this identity can be skipped.
func cacheLookup(bf *batchFlags, identity []string) (*cache.Record, bool) {
	if bf.noCache {
		return nil, false
	}
	return cache.Lookup(cacheDir(bf), ".", identity)
}

// cacheStore records a successful run with the identity it was looked up
// with; failing to is not an error.
func cacheStore(rec *cache.Record, identity []string, files *output.Set, pruned []string) {
	if rec == nil {
		return
	}
	if err := cache.Store(rec, ".", identity, files.Paths(), pruned); err != nil {
		klog.V(1).Infof("not caching this run: %v", err)
	}
}
