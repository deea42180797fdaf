// Package cache lets a rerun with nothing changed finish without loading a
// single package. After a successful run it records a fingerprint of
// everything the run's output can depend on — every Go file of the module
// (outputs included), go.mod and go.sum, local replacements, the kodegen
// executable, the command lines and every file they name (headers, OpenAPI
// schemas), and the environment the go command reads —
// plus a hash of every file the run produced. A later run with the same
// command lines computes the fingerprint again; only if it is identical and
// every produced file is unchanged is the run skipped. Any edit anywhere in
// the module, or to an output, is a miss: the cache is never stale, at the
// price of hashing the module's Go files (tens of milliseconds).
package cache

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/mod/modfile"
)

// Record is what the cache keeps for one command (in one directory).
type Record struct {
	Fingerprint string            `json:"fingerprint"`
	Outputs     map[string]string `json:"outputs"` // path -> sha256 of its bytes

	file string // where it is stored
}

// envVars are the variables that change what the go command loads.
var envVars = []string{"GOFLAGS", "GOOS", "GOARCH", "GOWORK", "GOPATH", "GOROOT", "GOEXPERIMENT", "CGO_ENABLED", "GO111MODULE", "GOTOOLCHAIN"}

// Lookup computes the fingerprint for identity (the command lines) run in
// dir, and reports whether the stored record matches it. The returned
// record is what Store saves after a successful run; it is nil when the
// cache cannot be used (no module, an unreadable file).
func Lookup(cacheDir, dir string, identity []string) (*Record, bool) {
	root, err := moduleRoot(dir)
	if err != nil {
		return nil, false
	}
	fp, err := fingerprint(root, dir, identity)
	if err != nil {
		return nil, false
	}
	absDir, _ := filepath.Abs(dir)
	id := sha256.Sum256([]byte(absDir + "\x00" + strings.Join(identity, "\x00")))
	rec := &Record{Fingerprint: fp, file: filepath.Join(cacheDir, hex.EncodeToString(id[:12])+".json")}
	data, err := os.ReadFile(rec.file)
	if err != nil {
		return rec, false
	}
	var old Record
	if json.Unmarshal(data, &old) != nil || old.Fingerprint != fp {
		return rec, false
	}
	for path, sum := range old.Outputs {
		if h, err := hashFile(path); err != nil || h != sum {
			return rec, false
		}
	}
	return rec, true
}

// Store saves rec with the hashes of outputs, after recomputing the
// fingerprint: the run has just written files of the module.
func Store(rec *Record, dir string, identity []string, outputs []string) error {
	if rec == nil {
		return nil
	}
	root, err := moduleRoot(dir)
	if err != nil {
		return err
	}
	if rec.Fingerprint, err = fingerprint(root, dir, identity); err != nil {
		return err
	}
	rec.Outputs = map[string]string{}
	for _, p := range outputs {
		abs, err := filepath.Abs(p)
		if err != nil {
			return err
		}
		if rec.Outputs[abs], err = hashFile(abs); err != nil {
			return err
		}
	}
	data, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(rec.file), 0o755); err != nil {
		return err
	}
	tmp := rec.file + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, rec.file)
}

// DefaultDir is where records live unless a flag says otherwise.
func DefaultDir() string {
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "kodegen")
	}
	return filepath.Join(os.TempDir(), "kodegen-cache")
}

// moduleRoot is the folder of the go.mod governing dir.
func moduleRoot(dir string) (string, error) {
	d, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", errors.New("not in a Go module")
		}
		d = parent
	}
}

// fingerprint hashes everything listed in the package doc.
func fingerprint(root, dir string, identity []string) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "dir %s\n", dir)
	for _, id := range identity {
		fmt.Fprintf(h, "cmd %q\n", id)
		// Files the command names (a header, an OpenAPI schema) may live
		// outside the module: their content counts too.
		for _, word := range strings.Split(id, "\x00") {
			for _, part := range strings.SplitN(word, "=", 2) {
				if info, err := os.Stat(part); err == nil && info.Mode().IsRegular() {
					sum, err := hashFile(part)
					if err != nil {
						return "", err
					}
					fmt.Fprintf(h, "arg %s %s\n", part, sum)
				}
			}
		}
	}
	for _, v := range envVars {
		fmt.Fprintf(h, "env %s=%q\n", v, os.Getenv(v))
	}
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	sum, err := hashFile(exe)
	if err != nil {
		return "", err
	}
	fmt.Fprintf(h, "exe %s\n", sum)
	trees := []string{root}
	if data, err := os.ReadFile(filepath.Join(root, "go.mod")); err == nil {
		if mf, err := modfile.Parse("go.mod", data, nil); err == nil {
			for _, r := range mf.Replace {
				if modfile.IsDirectoryPath(r.New.Path) {
					p := r.New.Path
					if !filepath.IsAbs(p) {
						p = filepath.Join(root, p)
					}
					trees = append(trees, p)
				}
			}
		}
	}
	for _, t := range trees {
		if err := hashTree(h, t); err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// hashTree adds the Go files, go.mod and go.sum below root (not nested
// modules, not .git) to h, in a fixed order.
func hashTree(h io.Writer, root string) error {
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			name := d.Name()
			if path != root && (name == ".git" || name == "node_modules" || strings.HasPrefix(name, ".")) {
				return filepath.SkipDir
			}
			if path != root {
				if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
					return filepath.SkipDir
				}
			}
			return nil
		}
		if name := d.Name(); strings.HasSuffix(name, ".go") || name == "go.mod" || name == "go.sum" || strings.HasSuffix(name, ".txt") || strings.HasSuffix(name, ".json") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return err
	}
	sort.Strings(files)
	for _, f := range files {
		sum, err := hashFile(f)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "file %s %s\n", f, sum)
	}
	return nil
}

func hashFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
