package load

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	modv "golang.org/x/mod/module"
	"golang.org/x/mod/zip"
	"k8s.io/gengo/v2/types"
)

// The type cache must never give a stale result. Each case loads a main
// module whose input embeds a type of example.com/dep (directly, and
// through example.com/wrap, a module-cache package whose own files never
// change), changes what example.com/dep is — a new version, an edited
// replacement folder, an edited vendored copy, an edited workspace module —
// and loads again with the same type cache: the universe must show the
// change. Everything runs offline against a file:// module proxy.
func TestTypeCacheNeverStale(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	root := t.TempDir()
	proxy := filepath.Join(root, "proxy")
	depV1 := "package types\n\nconst Size = 1\n\ntype T struct{ A string }\n"
	depV2 := "package types\n\nconst Size = 2\n\ntype T struct {\n\tA string\n\tB int\n}\n"
	publish(t, proxy, "example.com/dep", "v1.0.0", map[string]string{
		"go.mod":         "module example.com/dep\n\ngo 1.22\n",
		"types/types.go": depV1,
	})
	publish(t, proxy, "example.com/dep", "v1.1.0", map[string]string{
		"go.mod":         "module example.com/dep\n\ngo 1.22\n",
		"types/types.go": depV2,
	})
	publish(t, proxy, "example.com/wrap", "v1.0.0", map[string]string{
		"go.mod":       "module example.com/wrap\n\ngo 1.22\n\nrequire example.com/dep v1.0.0\n",
		"wrap/wrap.go": "package wrap\n\nimport \"example.com/dep/types\"\n\ntype W struct {\n\tT types.T\n\tN [types.Size]int\n}\n",
	})
	t.Setenv("GOPROXY", "file://"+filepath.ToSlash(proxy))
	t.Setenv("GOMODCACHE", filepath.Join(root, "modcache"))
	t.Setenv("GOFLAGS", "-mod=mod -modcacherw")
	t.Setenv("GOSUMDB", "off")
	t.Setenv("GOWORK", "off")
	t.Setenv("GOTOOLCHAIN", "local")
	cacheDir := filepath.Join(root, "types")

	mainMod := func(dir, require string) {
		write(t, dir, map[string]string{
			"go.mod":     "module example.com/main\n\ngo 1.22\n\nrequire (\n\texample.com/wrap v1.0.0\n" + require + ")\n",
			"api/api.go": "package api\n\nimport (\n\t\"example.com/dep/types\"\n\t\"example.com/wrap/wrap\"\n)\n\ntype Input struct {\n\tT types.T\n\tW wrap.W\n}\n",
		})
	}
	// check loads the input in a fresh loader sharing the type cache and
	// compares the fields of dep's T, seen directly and through wrap, and
	// the array wrap sizes with dep's constant (1 in dep's first version
	// and before an edit, 2 after): what wrap's own type information
	// records changes with dep although wrap's files do not.
	var l *Loader // the last check's
	check := func(t *testing.T, dir string, want ...string) {
		t.Helper()
		l = NewWith(dir, ModeCache, cacheDir)
		if _, err := l.Load("./api"); err != nil {
			t.Fatal(err)
		}
		u := l.Universe()
		w := u.Type(types.Name{Package: "example.com/wrap/wrap", Name: "W"})
		wantArray := "[1]int"
		if len(want) > 1 {
			wantArray = "[2]int"
		}
		if got := w.Members[1].Type.Name.Name; got != wantArray {
			t.Errorf("wrap.W.N is %s, want %s", got, wantArray)
		}
		for _, typ := range []*types.Type{
			u.Type(types.Name{Package: "example.com/dep/types", Name: "T"}),
			w.Members[0].Type,
		} {
			var got []string
			for _, m := range typ.Members {
				got = append(got, m.Name)
			}
			if strings.Join(got, ",") != strings.Join(want, ",") {
				t.Errorf("%s has fields %v, want %v", typ.Name, got, want)
			}
		}
	}

	t.Run("version", func(t *testing.T) {
		dir := filepath.Join(root, "version")
		mainMod(dir, "\texample.com/dep v1.0.0\n")
		check(t, dir, "A")
		if countFiles(t, cacheDir) == 0 {
			t.Fatal("nothing was written to the type cache")
		}
		mainMod(dir, "\texample.com/dep v1.1.0\n")
		check(t, dir, "A", "B")
		mainMod(dir, "\texample.com/dep v1.0.0\n") // back: read from the cache
		check(t, dir, "A")
		// A damaged entry is type-checked from source again.
		err := filepath.WalkDir(cacheDir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				err = os.WriteFile(p, []byte("i\x00garbage"), 0o644)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		check(t, dir, "A")
	})

	t.Run("replace folder", func(t *testing.T) {
		dir := filepath.Join(root, "replace")
		write(t, filepath.Join(root, "depdir"), map[string]string{
			"go.mod":         "module example.com/dep\n\ngo 1.22\n",
			"types/types.go": depV1,
		})
		mainMod(dir, "\texample.com/dep v1.0.0\n")
		appendFile(t, filepath.Join(dir, "go.mod"), "\nreplace example.com/dep => ../depdir\n")
		check(t, dir, "A")
		write(t, filepath.Join(root, "depdir"), map[string]string{"types/types.go": depV2})
		check(t, dir, "A", "B")
		// Unchanged, the folder's package is keyed by its contents and
		// comes from the cache; its first contents again, the first entry.
		check(t, dir, "A", "B")
		if st := l.Stats(); st.FromSource != 0 {
			t.Errorf("an unchanged reload type-checked %d dependencies from source, want 0 (%v)", st.FromSource, st)
		}
		write(t, filepath.Join(root, "depdir"), map[string]string{"types/types.go": depV1})
		check(t, dir, "A")
		if st := l.Stats(); st.FromSource != 0 {
			t.Errorf("the folder's first contents again type-checked %d dependencies from source, want 0 (%v)", st.FromSource, st)
		}
	})

	t.Run("vendor", func(t *testing.T) {
		dir := filepath.Join(root, "vendor")
		mainMod(dir, "\texample.com/dep v1.0.0\n")
		goCmd(t, dir, "mod", "tidy")
		goCmd(t, dir, "mod", "vendor")
		t.Setenv("GOFLAGS", "-mod=vendor")
		check(t, dir, "A")
		write(t, filepath.Join(dir, "vendor"), map[string]string{"example.com/dep/types/types.go": depV2})
		check(t, dir, "A", "B")
	})

	t.Run("workspace", func(t *testing.T) {
		dir := filepath.Join(root, "work")
		mainMod(filepath.Join(dir, "main"), "\texample.com/dep v1.0.0\n")
		write(t, dir, map[string]string{
			"dep/go.mod":         "module example.com/dep\n\ngo 1.22\n",
			"dep/types/types.go": depV1,
			"go.work":            "go 1.22\n\nuse (\n\t./main\n\t./dep\n)\n",
		})
		t.Setenv("GOWORK", "")
		goCmd(t, filepath.Join(dir, "main"), "mod", "download", "example.com/wrap")
		t.Setenv("GOFLAGS", "-modcacherw")
		check(t, filepath.Join(dir, "main"), "A")
		write(t, dir, map[string]string{"dep/types/types.go": depV2})
		check(t, filepath.Join(dir, "main"), "A", "B")
	})
}

// publish puts module path@version, made of files, into a file:// proxy.
func publish(t *testing.T, proxy, path, version string, files map[string]string) {
	t.Helper()
	src := t.TempDir()
	write(t, src, files)
	dir := filepath.Join(proxy, path, "@v")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var z bytes.Buffer
	if err := zip.CreateFromDir(&z, modv.Version{Path: path, Version: version}, src); err != nil {
		t.Fatal(err)
	}
	write(t, dir, map[string]string{
		version + ".info": `{"Version":"` + version + `"}`,
		version + ".mod":  files["go.mod"],
		version + ".zip":  z.String(),
	})
	appendFile(t, filepath.Join(dir, "list"), version+"\n")
}

func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func appendFile(t *testing.T, name, s string) {
	t.Helper()
	f, err := os.OpenFile(name, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(s); err != nil {
		t.Fatal(err)
	}
}

func goCmd(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// Entries unused for maxAge go; used ones stay; the cache is looked at
// once per trimEvery.
func TestTypeCacheTrim(t *testing.T) {
	c := &typeCache{dir: t.TempDir()}
	old, fresh := c.file("aa01"), c.file("aa02")
	write(t, c.dir, map[string]string{"aa/aa01": "i", "aa/aa02": "i"})
	long := time.Now().Add(-maxAge - time.Hour)
	if err := os.Chtimes(old, long, long); err != nil {
		t.Fatal(err)
	}
	c.trim()
	if _, err := os.Stat(old); err == nil {
		t.Error("an entry unused for longer than maxAge survived")
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("a fresh entry was removed: %v", err)
	}
	write(t, c.dir, map[string]string{"aa/aa01": "i"})
	if err := os.Chtimes(old, long, long); err != nil {
		t.Fatal(err)
	}
	if !c.has("aa01") || c.read("aa01") == nil {
		t.Fatal("has or read found nothing")
	}
	c.trim() // within trimEvery of the last look: nothing removed
	if _, err := os.Stat(old); err != nil {
		t.Errorf("an entry was removed although the cache was trimmed less than trimEvery ago: %v", err)
	}
	if fi, err := os.Stat(old); err == nil && time.Since(fi.ModTime()) > touchEvery {
		t.Error("has did not renew the entry's time")
	}
}
