package load

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestTypeErrors: an input that does not compile keeps the type checker's
// message and position; HiddenNames tells what the tag hid.
func TestTypeErrors(t *testing.T) {
	if testing.Short() {
		t.Skip("loads packages")
	}
	l := NewWith("../..", ModeSource, "")
	if _, err := l.Load("./internal/load/testdata/check/broken", "./internal/load/testdata/check/ok"); err != nil {
		t.Fatal(err)
	}
	errs := l.TypeErrors()
	if len(errs) != 1 || errs[0].Error() != "internal/load/testdata/check/broken/types.go:6:8: undefined: Person" {
		t.Fatalf("TypeErrors = %v, want the undefined Person at types.go:6:8", errs)
	}
	hidden := l.HiddenNames("github.com/kodegen/kodegen/internal/load/testdata/check/ok")
	if !hidden["Widget.Hidden"] || !hidden["Hidden"] || hidden["Widget"] {
		t.Errorf("HiddenNames = %v, want Widget.Hidden only", hidden)
	}
}

// TestCheckOverlay: the overlay is checked with the files on disk a build
// sees (the hidden one included), its clashes and type errors reported
// with positions, and an import nothing provides left unresolved.
func TestCheckOverlay(t *testing.T) {
	if testing.Short() {
		t.Skip("loads packages")
	}
	l := NewWith("../..", ModeSource, "")
	l.KeepSyntax()
	const okPkg = "github.com/kodegen/kodegen/internal/load/testdata/check/ok"
	if _, err := l.Load("./internal/load/testdata/check/ok"); err != nil {
		t.Fatal(err)
	}
	dir, _ := filepath.Abs("testdata/check/ok")
	out := t.TempDir()
	res, err := l.CheckOverlay([]OverlayFile{
		{Path: filepath.Join(dir, "zz_generated.more.go"), PkgPath: okPkg,
			Data: []byte("package ok\n\nfunc (w *Widget) Hidden() string { return \"\" }\n\nfunc (w *Widget) Copy() {}\n")},
		{Path: filepath.Join(out, "use.go"), PkgPath: "example.com/use",
			Data: []byte("package use\n\nimport (\n\tok \"" + okPkg + "\"\n\t\"example.com/gone\"\n)\n\nvar _ = ok.Widget{Name: 1}\n\nvar _ = gone.X\n")},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range res.Errors {
		got = append(got, e.Error())
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{
		"method Widget.Hidden already declared at",
		"zz_generated.more.go:5:18: field and method with the same name Copy",
		"use.go:8:25: cannot use 1 (untyped int constant) as string value in struct literal",
		`use.go:5:2: could not import example.com/gone`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("errors lack %q:\n%s", want, all)
		}
	}
	if _, ok := res.Unresolved["example.com/gone"]; !ok {
		t.Errorf("example.com/gone is not unresolved: %v", res.Unresolved)
	}
	if !res.Overlay[filepath.Join(out, "use.go")] {
		t.Error("the overlay files are not reported as such")
	}
}

// TestCheckOverlayDirect: with the type cache warm, the check loads only
// what the output imports (a library package from its export data, a
// package of the user's from source with its imports from the cache),
// not every dependency, and finds the same errors as with all of them.
func TestCheckOverlayDirect(t *testing.T) {
	if testing.Short() {
		t.Skip("loads packages")
	}
	cache := t.TempDir()
	const userPkg = "github.com/kodegen/kodegen/internal/load/testdata/check/user"
	out := t.TempDir()
	check := func() *CheckResult {
		t.Helper()
		l := NewWith("../..", ModeCache, cache)
		if _, err := l.Load("./internal/load/testdata/check/ok"); err != nil {
			t.Fatal(err)
		}
		res, err := l.CheckOverlay([]OverlayFile{{Path: filepath.Join(out, "use.go"), PkgPath: "example.com/use",
			Data: []byte("package use\n\nimport (\n\t\"k8s.io/klog/v2\"\n\n\tuser \"" + userPkg + "\"\n)\n\nvar _ klog.Level = user.Thing{}.Level\n\nvar _ string = user.Thing{}.Level\n")}}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	const want = "use.go:11:16: cannot use user.Thing{}.Level (value of int32 type klog.Level) as string value in variable declaration"
	errorsOf := func(res *CheckResult) string {
		var got []string
		for _, e := range res.Errors {
			got = append(got, e.Error())
		}
		return strings.Join(got, "\n")
	}
	first, second := check(), check()
	for i, res := range []*CheckResult{first, second} {
		if all := errorsOf(res); !strings.Contains(all, want) || len(res.Errors) != 1 {
			t.Errorf("run %d: errors are not just %q:\n%s", i+1, want, all)
		}
	}
	t.Logf("dependencies loaded: %d with the type cache empty, %d with it warm", first.Stats.World, second.Stats.World)
	if second.Stats.World == 0 || second.Stats.World*4 > first.Stats.World {
		t.Errorf("with the type cache warm the check loaded %d dependencies, with it empty %d: want a few, well under a quarter", second.Stats.World, first.Stats.World)
	}
}

// TestDiskDecls: what a package on disk declares, hidden files included,
// the skipped ones left out.
func TestDiskDecls(t *testing.T) {
	if testing.Short() {
		t.Skip("loads packages")
	}
	l := NewWith("../..", ModeSource, "")
	const okPkg = "github.com/kodegen/kodegen/internal/load/testdata/check/ok"
	if _, err := l.Load("./internal/load/testdata/check/ok"); err != nil {
		t.Fatal(err)
	}
	dir, _ := filepath.Abs("testdata/check/ok")
	keys := func(skip map[string]bool) string {
		decls, err := l.DiskDecls(okPkg, dir, skip)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, d := range decls {
			k := d.Key()
			if d.Field {
				k += "(field)"
			}
			out = append(out, k+"@"+filepath.Base(d.File))
		}
		return strings.Join(out, " ")
	}
	if got, want := keys(nil), "Widget@types.go Widget.Name(field)@types.go Widget.Copy(field)@types.go Widget.Hidden@zz_generated.hidden.go"; got != want {
		t.Errorf("DiskDecls = %s, want %s", got, want)
	}
	if got := keys(map[string]bool{filepath.Join(dir, "zz_generated.hidden.go"): true}); strings.Contains(got, "Hidden") {
		t.Errorf("DiskDecls with the hidden file skipped = %s", got)
	}
}

func TestListErr(t *testing.T) {
	p := &listed{ImportPath: "example.com/m/nope", DepOnly: true, Error: &listError{
		ImportStack: []string{"example.com/m/apis/v1"}, Pos: "apis/v1/types.go:5:2",
		Err: "no required module provides package example.com/m/nope; to add it:\n\tgo get example.com/m/nope"}}
	importer := &listed{ImportPath: "example.com/m/apis/v1", Module: &module{Path: "example.com/m", Dir: "/mod", Main: true}}
	got := listErr("/mod", p, importer).Error()
	want := "apis/v1/types.go:5:2: package example.com/m/nope does not exist (imported by example.com/m/apis/v1): no required module provides package example.com/m/nope; fix the import path, or add the module that provides it (go get)"
	if got != want {
		t.Errorf("listErr =\n%s\nwant\n%s", got, want)
	}
}
