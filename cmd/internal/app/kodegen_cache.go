package app

import (
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

// cacheLookup says whether a run with this identity can be skipped.
func cacheLookup(bf *batchFlags, identity []string) (*cache.Record, bool) {
	if bf.noCache {
		return nil, false
	}
	return cache.Lookup(cacheDir(bf), ".", identity)
}

// cacheStore records a successful run with the identity it was looked up
// with; failing to is not an error.
func cacheStore(rec *cache.Record, identity []string, files *output.Set) {
	if rec == nil {
		return
	}
	if err := cache.Store(rec, ".", identity, files.Paths()); err != nil {
		klog.V(1).Infof("not caching this run: %v", err)
	}
}
