package load

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"go/build"
	"go/token"
	gotypes "go/types"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"golang.org/x/tools/go/gcexportdata"
)

// typeCacheFormat changes whenever what the cache stores, or how a key is
// made, changes.
const typeCacheFormat = "kodegen type cache 2"

// DefaultTypeCacheDir is where dependencies' type information is kept
// between runs: <user cache dir>/kodegen/types.
func DefaultTypeCacheDir() string {
	d, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(d, "kodegen", "types")
}

// typeCache keeps the type information (export data, with positions) of
// dependencies whose source cannot change without their identity changing:
// packages of the standard library, keyed by the Go installation (its path
// and VERSION), and packages of modules in the module cache, keyed by
// module@version. A key also covers the package's file list (build tags,
// GOOS, GOARCH and cgo choose the files), kodegen's own Go version, and the
// keys of every package it imports, so a dependency whose version changed
// changes the keys of everything above it. Anything else (the main
// module, workspace modules, replacements by a folder, vendored packages)
// is keyed by its files' contents: an edit changes the key.
type typeCache struct {
	dir string // "" when disabled

	mu       sync.Mutex
	versions map[string]string // GOROOT -> its VERSION file's first line
}

// key returns p's cache key, or "" when p has none. keys holds the keys
// of the packages p imports (all listed before p).
func (c *typeCache) key(p *listed, tags []string, keys map[string]string) string {
	if c == nil || c.dir == "" {
		return ""
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\n%s %s/%s\ntags %s\npath %s\n", typeCacheFormat, runtime.Version(), build.Default.GOOS, build.Default.GOARCH, strings.Join(tags, ","), p.ImportPath)
	switch {
	case p.Standard:
		root, ok := strings.CutSuffix(filepath.ToSlash(p.Dir), "/src/"+p.ImportPath)
		if !ok {
			return ""
		}
		v := c.goVersion(root)
		if v == "" {
			return ""
		}
		fmt.Fprintf(h, "std %s %s\n", root, v)
	default:
		id, ok := moduleCacheID(p)
		if !ok {
			if id, ok = contentID(p); !ok {
				return ""
			}
		}
		fmt.Fprintf(h, "mod %s\n", id)
	}
	fmt.Fprintf(h, "dir %s\nfiles %q\ncgo %q\n", p.Dir, p.GoFiles, p.CgoFiles)
	for _, imp := range p.Imports {
		if imp == "unsafe" || imp == "C" {
			fmt.Fprintf(h, "import %s\n", imp)
			continue
		}
		k := keys[imp]
		if k == "" {
			return ""
		}
		fmt.Fprintf(h, "import %s %s\n", imp, k)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// contentID names a package outside the module cache (the main module, a
// workspace module, a replacement by a folder) by its files' contents:
// such files can change at any time, and then so does the key. Packages
// with cgo files are never cached, and get none.
func contentID(p *listed) (string, bool) {
	if len(p.CgoFiles) > 0 || len(p.GoFiles) == 0 {
		return "", false
	}
	h := sha256.New()
	for _, n := range p.GoFiles {
		data, err := os.ReadFile(filepath.Join(p.Dir, n))
		if err != nil {
			return "", false
		}
		sum := sha256.Sum256(data)
		fmt.Fprintf(h, "%s %x\n", n, sum)
	}
	return "files " + hex.EncodeToString(h.Sum(nil)), true
}

// moduleCacheID names p's module by path and version when p lives in the
// module cache, where a module version's files never change.
func moduleCacheID(p *listed) (string, bool) {
	m := p.Module
	if m == nil || m.Version == "" || m.Dir == "" {
		return "", false
	}
	path, version := m.Path, m.Version
	if r := m.Replace; r != nil {
		if r.Version == "" { // replaced by a folder: can change any time
			return "", false
		}
		path, version = r.Path, r.Version
	}
	// The module cache's folders end in @version; a vendor folder or a
	// workspace module's does not.
	dir := filepath.ToSlash(m.Dir)
	if !strings.HasSuffix(dir, "@"+version) || !strings.HasPrefix(filepath.ToSlash(p.Dir)+"/", dir+"/") {
		return "", false
	}
	return m.Path + " => " + path + "@" + version, true
}

// goVersion is the first line of root/VERSION ("" when there is none).
func (c *typeCache) goVersion(root string) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.versions[root]; ok {
		return v
	}
	if c.versions == nil {
		c.versions = map[string]string{}
	}
	data, _ := os.ReadFile(filepath.Join(root, "VERSION"))
	v, _, _ := strings.Cut(string(data), "\n")
	c.versions[root] = strings.TrimSpace(v)
	return c.versions[root]
}

func (c *typeCache) file(key string) string {
	return filepath.Join(c.dir, key[:2], key)
}

// Entries not used for maxAge are removed, looking at most once per
// trimEvery; an entry's modification time says when it was last used
// (renewed at most once per touchEvery), as in the go build cache.
const (
	maxAge     = 10 * 24 * time.Hour
	trimEvery  = 24 * time.Hour
	touchEvery = time.Hour
)

// has reports whether the cache holds key, and marks the entry used.
func (c *typeCache) has(key string) bool {
	if c == nil || c.dir == "" || key == "" {
		return false
	}
	file := c.file(key)
	fi, err := os.Stat(file)
	if err != nil || !fi.Mode().IsRegular() {
		return false
	}
	if time.Since(fi.ModTime()) > touchEvery {
		now := time.Now()
		os.Chtimes(file, now, now)
	}
	return true
}

// read returns the cached export data for key, or nil.
func (c *typeCache) read(key string) []byte {
	if c == nil || c.dir == "" || key == "" {
		return nil
	}
	data, err := os.ReadFile(c.file(key))
	if err != nil {
		return nil
	}
	return data
}

// trim removes entries unused for maxAge, if it has not looked in the last
// trimEvery.
func (c *typeCache) trim() {
	if c == nil || c.dir == "" {
		return
	}
	stamp := filepath.Join(c.dir, "trim.txt")
	if fi, err := os.Stat(stamp); err == nil && time.Since(fi.ModTime()) < trimEvery {
		return
	}
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		return
	}
	os.WriteFile(stamp, []byte(time.Now().UTC().Format(time.RFC3339)+"\n"), 0o644)
	subs, _ := os.ReadDir(c.dir)
	for _, sub := range subs {
		if !sub.IsDir() {
			continue
		}
		entries, _ := os.ReadDir(filepath.Join(c.dir, sub.Name()))
		for _, e := range entries {
			if fi, err := e.Info(); err == nil && time.Since(fi.ModTime()) > maxAge {
				os.Remove(filepath.Join(c.dir, sub.Name(), e.Name()))
			}
		}
	}
}

// write stores pkg's export data under key and reports whether it did.
// Failing to write only loses the saving next time.
func (c *typeCache) write(key string, fset *token.FileSet, pkg *gotypes.Package) bool {
	if c == nil || c.dir == "" || key == "" {
		return false
	}
	var buf bytes.Buffer
	if err := exportTypes(&buf, fset, pkg); err != nil {
		return false
	}
	file := c.file(key)
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return false
	}
	tmp, err := os.CreateTemp(filepath.Dir(file), key+".tmp*")
	if err != nil {
		return false
	}
	_, err = tmp.Write(buf.Bytes())
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), file)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err == nil
}

// exportTypes writes pkg's export data, turning a panic of the encoder
// (a type it cannot encode) into an error.
func exportTypes(buf *bytes.Buffer, fset *token.FileSet, pkg *gotypes.Package) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("encoding %s: %v", pkg.Path(), r)
		}
	}()
	return gcexportdata.Write(buf, fset, pkg)
}

// importTypes decodes export data written by write into imports.
func importTypes(data []byte, fset *token.FileSet, imports map[string]*gotypes.Package, path string) (*gotypes.Package, error) {
	return gcexportdata.Read(bytes.NewReader(data), fset, imports, path)
}

// ReadOnly reports whether the loaded package path lives where nothing may
// be written: the standard library (GOROOT) or the module cache. Its reason
// says which, for messages.
func (l *Loader) ReadOnly(path string) (reason string, ok bool) {
	p := l.listed[path]
	if p == nil {
		return "", false
	}
	if p.Standard {
		return "it is part of the standard library (GOROOT)", true
	}
	if id, ok := moduleCacheID(p); ok {
		return "it lives in the module cache (" + strings.SplitN(id, " => ", 2)[1] + ")", true
	}
	return "", false
}
