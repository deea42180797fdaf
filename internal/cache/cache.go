// Package cache lets a rerun with nothing changed finish without loading a
// single package. After a successful run it records a fingerprint of
// everything the run's output can depend on — every Go file of the module
// (outputs included), go.mod and go.sum, local replacements, the workspace
// (go.work and the modules it uses), the kodegen executable and the go
// command, the command lines and every file they name (headers, OpenAPI
// schemas), and the environment the go command reads — plus a hash of
// every file the run produced. A later run with the same command lines
// computes the fingerprint again; only if it is identical and every
// produced file is unchanged is the run skipped. Any edit anywhere in the
// module, or to an output, is a miss: the cache is never stale.
//
// Hashing thousands of files on every rerun costs more than the rest of
// it, so the record also keeps each file's state as the file system
// reports it (size, modification and change times, device and inode) next
// to its hash. A file whose state is unchanged is not read again, provided
// the recorded state was already settled when it was recorded: its times
// lay further back than the file system's time granularity (settle), so
// that a later write cannot leave them as they were. The change time
// cannot be set back by anyone, so restoring a modification time after an
// edit is still seen. Files that were not settled (typically the ones the
// run has just written) are hashed again on the next run, which then
// records them settled.
package cache

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/mod/modfile"
)

// Record is what the cache keeps for one command (in one directory).
type Record struct {
	Fingerprint string
	Outputs     map[string]string // path -> sha256 of its bytes

	// taken is when the states were taken (before any of them), states
	// the state and hash of every file hashed then that has one.
	taken  int64
	states map[string]fileState
	// sums is every file hashed by the Lookup that made this record, to
	// see in Store whether anything but the outputs changed during the run.
	sums  map[string]string
	file  string // where it is stored
	reads int    // files the Lookup read (not taken from the record)
}

// fileState is a file's state as the file system reports it, and the
// hash of its content in that state.
type fileState struct {
	Size, Mtime, Ctime int64
	Dev, Ino           uint64
	Sum                string
}

func (s fileState) same(o fileState) bool {
	return s.Size == o.Size && s.Mtime == o.Mtime && s.Ctime == o.Ctime && s.Dev == o.Dev && s.Ino == o.Ino
}

// settle is how far a recorded state's times must lie before the moment
// it was taken for the state to be trusted later: more than the coarsest
// time granularity of common file systems (2 s on FAT, 1 s on ext3 and
// HFS+; Linux's own clock ticks are milliseconds).
var settle = 2 * time.Second

// settled reports whether a state taken at taken (Unix nanoseconds) can be
// trusted by a later run that finds it unchanged.
func (s fileState) settled(taken int64) bool {
	limit := taken - settle.Nanoseconds()
	return s.Mtime < limit && s.Ctime < limit
}

// envVars are the variables that change what the go command loads.
var envVars = []string{"GOFLAGS", "GOOS", "GOARCH", "GOWORK", "GOPATH", "GOROOT", "GOEXPERIMENT", "CGO_ENABLED", "GO111MODULE", "GOTOOLCHAIN", "GOENV"}

// Lookup computes the fingerprint for identity (the command lines) run in
// dir, and reports whether the stored record matches it. The returned
// record is what Store saves after a successful run; it is nil when the
// cache cannot be used (no module, an unreadable file).
func Lookup(cacheDir, dir string, identity []string) (*Record, bool) {
	root, err := moduleRoot(dir)
	if err != nil {
		return nil, false
	}
	absDir, _ := filepath.Abs(dir)
	id := sha256.Sum256([]byte(absDir + "\x00" + strings.Join(identity, "\x00")))
	file := filepath.Join(cacheDir, hex.EncodeToString(id[:12])+".rec")
	old, _ := readRecord(file)
	h := newHasher(old)
	fp, err := fingerprint(h, root, dir, identity)
	if err != nil {
		return nil, false
	}
	rec := &Record{Fingerprint: fp, taken: h.now, states: h.states, sums: h.sums, file: file}
	defer func() { rec.reads = h.reads }()
	if old == nil || old.Fingerprint != fp {
		return rec, false
	}
	paths := sortedKeys(old.Outputs)
	sums, err := h.sumAll(paths)
	if err != nil {
		return rec, false
	}
	for i, p := range paths {
		if sums[i] != old.Outputs[p] {
			return rec, false
		}
	}
	if h.fresh {
		// Files hashed again (written by the last run, or touched) are
		// settled now: record that, so the next run only looks at them.
		rec.Outputs = old.Outputs
		_ = rec.write()
	}
	return rec, true
}

// Store saves rec with the hashes of outputs, after recomputing the
// fingerprint: the run has just written files of the module. If a file
// that is neither an output nor pruned (deleted by the run) changed while
// the run went on, nothing is stored: the outputs may predate the change.
func Store(rec *Record, dir string, identity []string, outputs, pruned []string) error {
	if rec == nil {
		return nil
	}
	root, err := moduleRoot(dir)
	if err != nil {
		return err
	}
	h := newHasher(rec)
	if rec.Fingerprint, err = fingerprint(h, root, dir, identity); err != nil {
		return err
	}
	abs := make([]string, len(outputs))
	for i, p := range outputs {
		if abs[i], err = filepath.Abs(p); err != nil {
			return err
		}
	}
	sums, err := h.sumAll(abs)
	if err != nil {
		return err
	}
	rec.Outputs = map[string]string{}
	for i, p := range abs {
		rec.Outputs[p] = sums[i]
	}
	if err := changedDuringRun(rec.sums, h, rec.Outputs, pruned); err != nil {
		return err
	}
	rec.taken, rec.states, rec.sums = h.now, h.states, h.sums
	return rec.write()
}

// changedDuringRun returns an error naming a file that was hashed before
// the run (before) or after it (h) and is neither an output nor pruned,
// if it was edited, created or deleted in between.
func changedDuringRun(before map[string]string, h *hasher, outputs map[string]string, pruned []string) error {
	if before == nil {
		return nil
	}
	gone := map[string]bool{}
	for _, p := range pruned {
		if abs, err := filepath.Abs(p); err == nil {
			gone[abs] = true
		}
	}
	for _, path := range sortedKeys(before) {
		if _, out := outputs[path]; out || gone[path] {
			continue
		}
		if sum, err := h.sum(path); err != nil || sum != before[path] {
			return fmt.Errorf("%s changed during the run", path)
		}
	}
	for _, path := range sortedKeys(h.sums) {
		if _, out := outputs[path]; !out {
			if _, ok := before[path]; !ok {
				return fmt.Errorf("%s appeared during the run", path)
			}
		}
	}
	return nil
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
func fingerprint(hs *hasher, root, dir string, identity []string) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "dir %s\n", dir)
	isFile := map[string]bool{}
	for _, id := range identity {
		fmt.Fprintf(h, "cmd %q\n", id)
		// Files the command names (a header, an OpenAPI schema) may live
		// outside the module: their content counts too.
		for _, word := range strings.Split(id, "\x00") {
			for _, part := range strings.SplitN(word, "=", 2) {
				file, ok := isFile[part]
				if !ok {
					info, err := os.Stat(part)
					file = err == nil && info.Mode().IsRegular()
					isFile[part] = file
				}
				if file {
					sum, err := hs.sum(part)
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
	sum, err := hs.sum(exe)
	if err != nil {
		return "", err
	}
	fmt.Fprintf(h, "exe %s\n", sum)
	// The go command that lists the packages, and its settings file.
	if goCmd, err := exec.LookPath("go"); err == nil {
		if sum, err = hs.sum(goCmd); err != nil {
			return "", err
		}
		fmt.Fprintf(h, "go %s %s\n", goCmd, sum)
	}
	if err := hashIfExists(h, hs, "goenv", goEnvFile()); err != nil {
		return "", err
	}
	trees := []string{root}
	work := workFile(dir)
	if work != "" {
		if err := hashIfExists(h, hs, "work", work); err != nil {
			return "", err
		}
		if err := hashIfExists(h, hs, "worksum", work+".sum"); err != nil {
			return "", err
		}
		if data, err := os.ReadFile(work); err == nil {
			if wf, err := modfile.ParseWork(work, data, nil); err == nil {
				for _, u := range wf.Use {
					trees = append(trees, localPath(filepath.Dir(work), u.Path))
				}
				for _, r := range wf.Replace {
					if modfile.IsDirectoryPath(r.New.Path) {
						trees = append(trees, localPath(filepath.Dir(work), r.New.Path))
					}
				}
			}
		}
	}
	// Folders that replace modules, in go.mod of the main module and of
	// every workspace module.
	for _, mod := range append([]string(nil), trees...) {
		data, err := os.ReadFile(filepath.Join(mod, "go.mod"))
		if err != nil {
			continue
		}
		if mf, err := modfile.Parse("go.mod", data, nil); err == nil {
			for _, r := range mf.Replace {
				if modfile.IsDirectoryPath(r.New.Path) {
					trees = append(trees, localPath(mod, r.New.Path))
				}
			}
		}
	}
	seen := map[string]bool{}
	for _, t := range trees {
		if seen[t] {
			continue
		}
		seen[t] = true
		if err := hashTree(h, hs, t); err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// localPath is p (a go.mod or go.work path) as a clean absolute path.
func localPath(base, p string) string {
	if !filepath.IsAbs(p) {
		p = filepath.Join(base, p)
	}
	return filepath.Clean(p)
}

// hashIfExists adds path's hash to h under label, or that it is absent.
func hashIfExists(h io.Writer, hs *hasher, label, path string) error {
	if path == "" {
		return nil
	}
	sum, err := hs.sum(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		fmt.Fprintf(h, "%s %s none\n", label, path)
	case err != nil:
		return err
	default:
		fmt.Fprintf(h, "%s %s %s\n", label, path, sum)
	}
	return nil
}

// workFile is the go.work the go command uses in dir, or "".
func workFile(dir string) string {
	switch w := os.Getenv("GOWORK"); w {
	case "off":
		return ""
	case "":
	default:
		abs, _ := filepath.Abs(w)
		return abs
	}
	d, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		if info, err := os.Stat(filepath.Join(d, "go.work")); err == nil && !info.IsDir() {
			return filepath.Join(d, "go.work")
		}
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		d = parent
	}
}

// goEnvFile is where `go env -w` keeps its settings.
func goEnvFile() string {
	if f := os.Getenv("GOENV"); f != "" {
		if f == "off" {
			return ""
		}
		return f
	}
	if d, err := os.UserConfigDir(); err == nil {
		return filepath.Join(d, "go", "env")
	}
	return ""
}

// hashTree adds the Go files, go.mod and go.sum, .txt and .json files
// below root (not nested modules, not .git) to h, in a fixed order.
func hashTree(h io.Writer, hs *hasher, root string) error {
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
	sums, err := hs.sumAll(files)
	if err != nil {
		return err
	}
	for i, f := range files {
		fmt.Fprintf(h, "file %s %s\n", f, sums[i])
	}
	return nil
}

// hasher hashes files, taking a file's hash from the previous record when
// its state is unchanged and was settled then. It is safe for concurrent
// use.
type hasher struct {
	old   map[string]fileState // read only
	oldAt int64
	now   int64

	mu     sync.Mutex
	states map[string]fileState // this pass, files with a state
	sums   map[string]string    // this pass, every file
	fresh  bool                 // a file was read whose state is settled now
	reads  int                  // files read
}

func newHasher(old *Record) *hasher {
	h := &hasher{now: time.Now().UnixNano(), states: map[string]fileState{}, sums: map[string]string{}}
	if old != nil {
		h.old, h.oldAt = old.states, old.taken
	}
	return h
}

// sumAll returns the sums of paths, on every core (file system calls take
// most of a rerun's time).
func (h *hasher) sumAll(paths []string) ([]string, error) {
	out := make([]string, len(paths))
	errs := make([]error, len(paths))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), (len(paths)+31)/32) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(paths) {
					return
				}
				out[i], errs[i] = h.sum(paths[i])
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// sum returns the sha256 of path's content.
func (h *hasher) sum(path string) (string, error) {
	h.mu.Lock()
	s, ok := h.sums[path]
	h.mu.Unlock()
	if ok {
		return s, nil
	}
	if prev, ok := h.old[path]; ok {
		if info, err := os.Stat(path); err == nil {
			if cur, ok := stateOf(info); ok && cur.same(prev) && prev.settled(h.oldAt) {
				h.mu.Lock()
				h.states[path] = prev
				h.sums[path] = prev.Sum
				h.mu.Unlock()
				return prev.Sum, nil
			}
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	// The state comes from the open file, before reading it: if the file
	// changes while it is read, the next run sees another state.
	info, err := f.Stat()
	if err != nil {
		return "", err
	}
	sh := sha256.New()
	if _, err := io.Copy(sh, f); err != nil {
		return "", err
	}
	sum := hex.EncodeToString(sh.Sum(nil))
	h.mu.Lock()
	defer h.mu.Unlock()
	h.sums[path] = sum
	h.reads++
	if st, ok := stateOf(info); ok && !strings.ContainsAny(path, "\n\r") {
		st.Sum = sum
		h.states[path] = st
		if st.settled(h.now) {
			h.fresh = true
		}
	}
	return sum, nil
}

// The record file: a header line, then lines of space-separated fields,
// the path last (paths with line breaks are never recorded), then "end".
const recordHeader = "kodegen no-change record 2"

func (r *Record) write() error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s\nfingerprint %s\ntaken %d\n", recordHeader, r.Fingerprint, r.taken)
	for _, p := range sortedKeys(r.Outputs) {
		if strings.ContainsAny(p, "\n\r") {
			return fmt.Errorf("cannot record output %q", p)
		}
		fmt.Fprintf(&b, "output %s %s\n", r.Outputs[p], p)
	}
	for _, p := range sortedKeys(r.states) {
		s := r.states[p]
		fmt.Fprintf(&b, "state %s %d %d %d %d %d %s\n", s.Sum, s.Size, s.Mtime, s.Ctime, s.Dev, s.Ino, p)
	}
	b.WriteString("end\n")
	if err := os.MkdirAll(filepath.Dir(r.file), 0o755); err != nil {
		return err
	}
	tmp := fmt.Sprintf("%s.%d.tmp", r.file, os.Getpid())
	if err := os.WriteFile(tmp, b.Bytes(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, r.file)
}

// readRecord reads a record written by write; any damage is an error (and
// the record is then ignored). The lines are cut from one string: a record
// has a line per file of the module.
func readRecord(file string) (*Record, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	text := string(data)
	n := strings.Count(text, "\n")
	r := &Record{Outputs: map[string]string{}, states: make(map[string]fileState, n), file: file}
	line, text, _ := strings.Cut(text, "\n")
	if line != recordHeader {
		return nil, errors.New("not a record")
	}
	bad := func(line string) (*Record, error) { return nil, fmt.Errorf("%s: bad line %q", file, line) }
	end := false
	for text != "" {
		line, text, _ = strings.Cut(text, "\n")
		if end {
			return bad(line)
		}
		kind, rest, _ := strings.Cut(line, " ")
		switch kind {
		case "end":
			end = true
		case "fingerprint":
			r.Fingerprint = rest
		case "taken":
			if r.taken, err = strconv.ParseInt(rest, 10, 64); err != nil {
				return bad(line)
			}
		case "output":
			sum, path, ok := strings.Cut(rest, " ")
			if !ok {
				return bad(line)
			}
			r.Outputs[path] = sum
		case "state":
			var f [7]string
			for i := range 6 {
				var ok bool
				if f[i], rest, ok = strings.Cut(rest, " "); !ok {
					return bad(line)
				}
			}
			f[6] = rest
			var n [3]int64
			var u [2]uint64
			for i := range n {
				if n[i], err = strconv.ParseInt(f[i+1], 10, 64); err != nil {
					return bad(line)
				}
			}
			for i := range u {
				if u[i], err = strconv.ParseUint(f[i+4], 10, 64); err != nil {
					return bad(line)
				}
			}
			r.states[f[6]] = fileState{Sum: f[0], Size: n[0], Mtime: n[1], Ctime: n[2], Dev: u[0], Ino: u[1]}
		default:
			return bad(line)
		}
	}
	if r.Fingerprint == "" || !end {
		return nil, errors.New("incomplete record")
	}
	return r, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
