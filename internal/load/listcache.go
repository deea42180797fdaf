package load

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"go/build"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// The compile check lists what the generated code imports (client-go and
// its dependencies, for a clientset) with a go list of its own. Such a
// listing names only packages that cannot change without their identity
// changing (the standard library, the module cache), as long as the
// module's requirements stay the same: it is kept in the type cache under
// a key of everything that decides it (go.mod, go.sum, go.work,
// vendor/modules.txt, the Go version and installation, GOOS, GOARCH,
// CGO_ENABLED, GOFLAGS, the patterns), and reused. A listing with a
// package of the user's own code is never kept.

const listCacheFormat = "kodegen list cache 1"

// listWorld is goList(dir, nil, true, false, patterns), from the cache
// when it can.
func (l *Loader) listWorld(dir string, patterns []string) ([]*listed, error) {
	key := l.listKey(dir, patterns)
	if data := l.cache.read(key); data != nil {
		var out []*listed
		if err := json.Unmarshal(data, &out); err == nil {
			return out, nil
		}
	}
	out, err := goList(dir, nil, true, false, patterns)
	if err != nil || key == "" {
		return out, err
	}
	for _, p := range out {
		if p.Error != nil || !p.Standard {
			if _, ok := moduleCacheID(p); !ok {
				return out, nil // the user's code, or an error: list again next time
			}
		}
	}
	if data, err := json.Marshal(out); err == nil {
		l.cache.writeBytes(key, data)
	}
	return out, nil
}

// listKey is the cache key of a listing in dir, or "" when there is none
// (no cache, no module root found).
func (l *Loader) listKey(dir string, patterns []string) string {
	if l.cache == nil || l.cache.dir == "" {
		return ""
	}
	root := moduleRoot(absDir(dir), map[string]string{})
	if root == "" {
		return ""
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\n%s %s/%s cgo=%v\ngoroot %s\ngoflags %s\ngowork %s\nroot %s\n", listCacheFormat, runtime.Version(),
		build.Default.GOOS, build.Default.GOARCH, build.Default.CgoEnabled, l.comments.goroot, os.Getenv("GOFLAGS"), os.Getenv("GOWORK"), root)
	for _, name := range []string{"go.mod", "go.sum", "go.work", "go.work.sum", filepath.Join("vendor", "modules.txt")} {
		data, err := os.ReadFile(filepath.Join(root, name))
		if err != nil {
			fmt.Fprintf(h, "%s none\n", name)
			continue
		}
		sum := sha256.Sum256(data)
		fmt.Fprintf(h, "%s %x\n", name, sum)
	}
	fmt.Fprintf(h, "patterns %s\n", strings.Join(patterns, " "))
	return "list-" + hex.EncodeToString(h.Sum(nil))
}

func absDir(dir string) string {
	if dir == "" {
		dir = "."
	}
	if abs, err := filepath.Abs(dir); err == nil {
		return abs
	}
	return dir
}

// writeBytes stores data under key; failing only loses the saving.
func (c *typeCache) writeBytes(key string, data []byte) {
	if c == nil || c.dir == "" || key == "" {
		return
	}
	file := c.file(key)
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(file), filepath.Base(file)+".tmp*")
	if err != nil {
		return
	}
	_, err = bytes.NewReader(data).WriteTo(tmp)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), file)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
}
