package load

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"k8s.io/gengo/v2"
	"k8s.io/gengo/v2/parser"
	"k8s.io/gengo/v2/types"
)

// The loader must build exactly the universe gengo's parser builds: every
// generator's output depends on it. This compares the two, in full, on
// packages that exercise inputs importing inputs, dependencies from export
// data with generated methods to hide, and comments of dependency types.
func TestUniverseMatchesGengo(t *testing.T) {
	if testing.Short() {
		t.Skip("loads real packages")
	}
	for _, patterns := range [][]string{
		{"github.com/kodegen/kodegen/examples/apis/..."},
		{"k8s.io/apimachinery/pkg/apis/meta/v1", "k8s.io/apimachinery/pkg/apis/meta/v1beta1"},
	} {
		t.Run(strings.Join(patterns, ","), func(t *testing.T) {
			p := parser.NewWithOptions(parser.Options{BuildTags: []string{gengo.StdBuildTag}})
			if err := p.LoadPackages(patterns...); err != nil {
				t.Fatal(err)
			}
			want, err := p.NewUniverse()
			if err != nil {
				t.Fatal(err)
			}
			cacheDir := t.TempDir()
			// Every way of loading dependencies, the type cache both empty
			// (filled by this load) and full (read by the next).
			for _, mode := range []struct {
				name string
				mode Mode
			}{{"export", ModeExport}, {"source", ModeSource}, {"cache-empty", ModeCache}, {"cache-full", ModeCache}} {
				t.Run(mode.name, func(t *testing.T) {
					l := NewWith("../..", mode.mode, cacheDir)
					if _, err := l.Load(patterns...); err != nil {
						t.Fatal(err)
					}
					compareUniverses(t, want, l.Universe())
				})
			}
			if n := countFiles(t, cacheDir); n == 0 {
				t.Errorf("the type cache is empty after loading in ModeCache")
			}
		})
	}
}

func compareUniverses(t *testing.T, want, got types.Universe) {
	t.Helper()
	wd, gd := dumpUniverse(want), dumpUniverse(got)
	var diffs []string
	for k, w := range wd {
		if exportArtifact(k) {
			continue
		}
		if g, ok := gd[k]; !ok {
			diffs = append(diffs, "missing "+k+" = "+w)
		} else if strings.HasPrefix(k, "pkg ") && strings.Contains(w, " doc=[] comments=[] ") && docCommentsOnly.ReplaceAllString(g, " doc=[] comments=[] ") == w {
			// A package without doc.go: gengo reads no package comments,
			// kodegen reads those above the package clause (kubebuilder's
			// groupversion_info.go). Everything else must match.
		} else if g != w {
			diffs = append(diffs, fmt.Sprintf("%s:\n  want %s\n  got  %s", k, w, g))
		}
	}
	for k, g := range gd {
		if _, ok := wd[k]; !ok && !exportArtifact(k) {
			diffs = append(diffs, "extra "+k+" = "+g)
		}
	}
	sort.Strings(diffs)
	if len(diffs) > 0 {
		if len(diffs) > 40 {
			diffs = append(diffs[:40], fmt.Sprintf("... %d more", len(diffs)-40))
		}
		t.Errorf("universe differs from gengo's in %d places:\n%s", len(diffs), strings.Join(diffs, "\n"))
	}
}

// dumpUniverse flattens a universe into comparable strings.
func dumpUniverse(u types.Universe) map[string]string {
	out := map[string]string{}
	for path, p := range u {
		key := "pkg " + path
		var imps []string
		for i := range p.Imports {
			imps = append(imps, i)
		}
		sort.Strings(imps)
		out[key] = fmt.Sprintf("dir=%q name=%q doc=%q comments=%q imports=%v", p.Dir, p.Name, p.DocComments, p.Comments, imps)
		for kind, m := range map[string]map[string]*types.Type{"type": p.Types, "func": p.Functions, "var": p.Variables, "const": p.Constants} {
			for name, typ := range m {
				out[kind+" "+path+"."+name] = dumpType(typ)
			}
		}
	}
	return out
}

func dumpType(t *types.Type) string {
	if t == nil {
		return "<nil>"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s kind=%s comments=%q second=%q len=%d", t.Name, t.Kind, t.CommentLines, t.SecondClosestCommentLines, t.Len)
	for _, m := range t.Members {
		fmt.Fprintf(&b, " member{%s emb=%v tags=%q type=%s comments=%q}", m.Name, m.Embedded, m.Tags, m.Type.Name, m.CommentLines)
	}
	for _, f := range []struct {
		n string
		t *types.Type
	}{{"elem", t.Elem}, {"key", t.Key}, {"under", t.Underlying}} {
		if f.t != nil {
			fmt.Fprintf(&b, " %s=%s", f.n, f.t.Name)
		}
	}
	var methods []string
	for name, m := range t.Methods {
		methods = append(methods, fmt.Sprintf("%s:%s:%q", name, m.Name, m.CommentLines))
	}
	sort.Strings(methods)
	if len(methods) > 0 {
		fmt.Fprintf(&b, " methods=%v", methods)
	}
	var params []string
	for name, p := range t.TypeParams {
		params = append(params, name+"="+p.Name.String())
	}
	sort.Strings(params)
	if len(params) > 0 {
		fmt.Fprintf(&b, " params=%v", params)
	}
	if s := t.Signature; s != nil {
		fmt.Fprintf(&b, " sig{")
		for _, p := range s.Parameters {
			fmt.Fprintf(&b, "%s %s,", p.Name, p.Type.Name)
		}
		fmt.Fprintf(&b, "->")
		for _, p := range s.Results {
			fmt.Fprintf(&b, "%s %s,", p.Name, p.Type.Name)
		}
		if s.Receiver != nil {
			fmt.Fprintf(&b, " recv=%s", s.Receiver.Name)
		}
		fmt.Fprintf(&b, " variadic=%v}", s.Variadic)
	}
	if t.ConstValue != nil {
		fmt.Fprintf(&b, " value=%q", *t.ConstValue)
	}
	return b.String()
}

var docCommentsOnly = regexp.MustCompile(` doc=\[.*?\] comments=\[.*?\] `)

// exportArtifact reports entries that only differ because export data
// records them differently from source, deep in dependencies no generator
// inspects: synthesized result names ("#rv1") in the standard library, and
// interface methods of gopkg.in/inf.v0's Rounder recorded on the exported
// name rather than the unexported interface it is defined as.
func exportArtifact(key string) bool {
	return strings.Contains(key, "reflect.") || strings.Contains(key, "gopkg.in/inf.v0")
}

func countFiles(t *testing.T, dir string) int {
	t.Helper()
	n := 0
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			n++
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// A later load of packages the first one listed as dependencies (as
// conversion-gen loads its peers) must build the universe gengo builds
// from the same two loads, without running the go command again.
func TestLaterLoadOfDependencies(t *testing.T) {
	if testing.Short() {
		t.Skip("loads real packages")
	}
	first := []string{"github.com/kodegen/kodegen/examples/apis/shop/v1"}
	later := []string{"k8s.io/apimachinery/pkg/apis/meta/v1", "k8s.io/apimachinery/pkg/runtime", "k8s.io/apimachinery/pkg/apis/meta/v1", "net/url"}
	p := parser.NewWithOptions(parser.Options{BuildTags: []string{gengo.StdBuildTag}})
	if err := p.LoadPackages(first...); err != nil {
		t.Fatal(err)
	}
	if err := p.LoadPackages(later...); err != nil {
		t.Fatal(err)
	}
	want, err := p.NewUniverse()
	if err != nil {
		t.Fatal(err)
	}
	cacheDir := t.TempDir()
	for _, mode := range []Mode{ModeSource, ModeCache, ModeCache} {
		t.Run(string(mode), func(t *testing.T) {
			l := NewWith("../..", mode, cacheDir)
			if _, err := l.Load(first...); err != nil {
				t.Fatal(err)
			}
			lists := l.lists
			got, err := l.Load(later...)
			if err != nil {
				t.Fatal(err)
			}
			if l.lists != lists {
				t.Errorf("loading packages listed before ran go list %d more times", l.lists-lists)
			}
			if w := []string{"k8s.io/apimachinery/pkg/apis/meta/v1", "k8s.io/apimachinery/pkg/runtime", "net/url"}; strings.Join(got, " ") != strings.Join(w, " ") {
				t.Errorf("Load returned %q, want %q", got, w)
			}
			compareUniverses(t, want, l.Universe())
		})
	}
}

// After one load every dependency but cgo packages is in the type cache,
// including one with type errors that are the same on every run
// (k8s.io/apimachinery/pkg/apis/meta/v1 without its generated methods).
// With the cache full, a load reads only the entries of packages that a
// package checked from source imports (the rest are reached through their
// export data) and type-checks no cgo package of the standard library
// (never cached) that nothing checked from source imports; the universe
// is still gengo's.
func TestTypeCacheReadsOnlyWhatIsImported(t *testing.T) {
	if testing.Short() {
		t.Skip("loads real packages")
	}
	patterns := []string{"github.com/kodegen/kodegen/examples/apis/..."}
	p := parser.NewWithOptions(parser.Options{BuildTags: []string{gengo.StdBuildTag}})
	if err := p.LoadPackages(patterns...); err != nil {
		t.Fatal(err)
	}
	want, err := p.NewUniverse()
	if err != nil {
		t.Fatal(err)
	}
	cacheDir := t.TempDir()
	if _, err := NewWith("../..", ModeCache, cacheDir).Load(patterns...); err != nil {
		t.Fatal(err)
	}
	l := NewWith("../..", ModeCache, cacheDir)
	if _, err := l.Load(patterns...); err != nil {
		t.Fatal(err)
	}
	deps, eager, cgo := 0, 0, 0
	for path, p := range l.listed {
		if !p.DepOnly || path == "unsafe" {
			continue
		}
		deps++
		if len(p.CgoFiles) > 0 {
			cgo++
			if l.lazy[path] == nil {
				t.Errorf("cgo package %s is not lazy", path)
			}
		}
		if l.lazy[path] == nil {
			eager++
			t.Errorf("%s is not in the type cache after a load", path)
		}
	}
	if cgo == 0 {
		t.Fatal("no cgo package among the dependencies: the test needs one")
	}
	st := l.Stats()
	if st.FromSource != eager || st.FromCache == 0 || st.FromCache > deps/3 {
		t.Errorf("%d dependencies, %d not in the cache; %d read from the type cache, %d type-checked from source; want a few read, %d checked",
			deps, eager, st.FromCache, st.FromSource, eager)
	}
	compareUniverses(t, want, l.Universe())
}
