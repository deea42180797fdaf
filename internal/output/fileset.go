package output

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
)

// Set is the in-memory result of a run: every file every generator produced,
// keyed by its absolute path (generators give relative and absolute paths
// alike, and a file must be the same file either way). It is safe for
// concurrent Add.
type Set struct {
	mu     sync.Mutex
	files  map[string]file
	roots  map[string]bool
	stdout []stdoutPart
}

type file struct {
	data      []byte
	generator string
	// plain files are not Go and carry no "Code generated" line (a report
	// a generator keeps beside the tree): they replace whatever is there.
	plain bool
}

// stdoutPart is what one generator prints instead of writing a file.
type stdoutPart struct {
	generator string
	data      []byte
}

// NewSet returns an empty Set.
func NewSet() *Set {
	return &Set{files: map[string]file{}, roots: map[string]bool{}}
}

// Add records the bytes for path. Two generators writing different bytes to
// the same path is an error; writing the same bytes twice is not.
func (s *Set) Add(generator, path string, data []byte) error {
	path = absolute(path)
	s.mu.Lock()
	defer s.mu.Unlock()
	if old, ok := s.files[path]; ok && string(old.data) != string(data) {
		return fmt.Errorf("%s: written by both %s and %s with different contents", path, old.generator, generator)
	}
	s.files[path] = file{data: data, generator: generator}
	return nil
}

// AddPlain records the bytes of a file that is not Go and has no
// "Code generated" line, such as openapi-gen's API rule violation report:
// it is written (or diffed) with the rest of the set, replacing any file at
// path. The path "-" stands for the standard output (see Stdout) and
// /dev/null for nothing at all.
func (s *Set) AddPlain(generator, path string, data []byte) error {
	switch path {
	case "-":
		s.mu.Lock()
		defer s.mu.Unlock()
		s.stdout = append(s.stdout, stdoutPart{generator: generator, data: data})
		return nil
	case os.DevNull:
		return nil
	}
	path = absolute(path)
	s.mu.Lock()
	defer s.mu.Unlock()
	if old, ok := s.files[path]; ok && string(old.data) != string(data) {
		return fmt.Errorf("%s: written by both %s and %s with different contents", path, old.generator, generator)
	}
	s.files[path] = file{data: data, generator: generator, plain: true}
	return nil
}

// Plain reports whether path was recorded with AddPlain.
func (s *Set) Plain(path string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.files[absolute(path)].plain
}

// Stdout returns what generators asked to print to the standard output
// (AddPlain with "-"), in the order they asked; a run that writes its files
// prints it after them, and a verify run prints nothing of it.
func (s *Set) Stdout() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []byte
	for _, p := range s.stdout {
		out = append(out, p.data...)
	}
	return out
}

// AddRoot declares dir as an output root: generated files found below it
// that the run did not produce may be pruned.
func (s *Set) AddRoot(dir string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.roots[absolute(dir)] = true
}

// Paths returns every path in the set, sorted.
func (s *Set) Paths() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	paths := make([]string, 0, len(s.files))
	for p := range s.files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return paths
}

// PathsBy returns the paths of the Go files generator recorded, sorted.
func (s *Set) PathsBy(generator string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var paths []string
	for p, f := range s.files {
		if f.generator == generator && !f.plain {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	return paths
}

// Get returns the bytes recorded for path.
func (s *Set) Get(path string) ([]byte, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f, ok := s.files[absolute(path)]
	return f.data, ok
}

// Len is the number of files in the set.
func (s *Set) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.files)
}

// Roots returns the output roots, sorted.
func (s *Set) Roots() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	roots := make([]string, 0, len(s.roots))
	for r := range s.roots {
		roots = append(roots, r)
	}
	sort.Strings(roots)
	return roots
}

// absolute makes path absolute and clean; if the working directory cannot
// be found it stays as given, cleaned.
func absolute(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return filepath.Clean(path)
}
