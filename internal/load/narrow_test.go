package load

import (
	"bytes"
	"testing"
)

// A narrowed load (CheckOnly) type-checks the inputs holding a marker and
// what their type declarations refer to, nothing else: a marker-less
// input has no types, the dependencies only it imports are not loaded,
// and an import used outside type declarations is left empty without an
// error; a later GoTypes still loads a dependency left out. Without
// CheckOnly everything is checked.
func TestCheckOnly(t *testing.T) {
	if testing.Short() {
		t.Skip("loads packages")
	}
	const (
		root   = "github.com/kodegen/kodegen/internal/load/testdata/narrow/"
		api    = root + "api"
		shared = root + "shared"
		ctrl   = root + "ctrl"
	)
	patterns := []string{"./internal/load/testdata/narrow/api", "./internal/load/testdata/narrow/shared", "./internal/load/testdata/narrow/ctrl"}
	loaded := func(l *Loader, path string) bool {
		p := l.exportPkgs[path]
		return p != nil && p.Complete() && p.Scope().Len() > 0
	}

	full := NewWith("../..", ModeSource, "")
	if _, err := full.Load(patterns...); err != nil {
		t.Fatal(err)
	}
	if full.TypesPackage(ctrl) == nil || full.Unchecked(ctrl) || !loaded(full, "text/template") || !loaded(full, "net/http") {
		t.Fatalf("without CheckOnly: ctrl checked %v, text/template loaded %v, net/http loaded %v; want everything",
			full.TypesPackage(ctrl) != nil, loaded(full, "text/template"), loaded(full, "net/http"))
	}

	l := NewWith("../..", ModeSource, "")
	l.CheckOnly(func(src []byte) bool { return bytes.Contains(src, []byte("+kubebuilder:object:")) })
	if _, err := l.Load(patterns...); err != nil {
		t.Fatal(err)
	}
	if l.TypesPackage(ctrl) != nil || !l.Unchecked(ctrl) {
		t.Errorf("ctrl (no marker, imported by nothing checked) was type-checked")
	}
	if loaded(l, "text/template") {
		t.Errorf("text/template (imported by ctrl only) was loaded")
	}
	if loaded(l, "net/http") {
		t.Errorf("net/http (in a signature of api only) was loaded")
	}
	apiTypes := l.TypesPackage(api)
	if apiTypes == nil || l.TypesPackage(shared) == nil {
		t.Fatalf("api or shared (referred to by api's types) not type-checked")
	}
	if got := apiTypes.Scope().Lookup("Widget").Type().Underlying().String(); got != "struct{Spec "+shared+".Spec}" {
		t.Errorf("api.Widget = %s, want its field of shared.Spec", got)
	}
	if errs := l.TypeErrors(); len(errs) != 0 {
		t.Errorf("TypeErrors = %v, want none (the empty net/http is not api's error)", errs)
	}
	st := l.Stats()
	if st.Unchecked != 1 || st.Deferred == 0 {
		t.Errorf("Stats: %d unchecked, %d deferred; want 1 and some", st.Unchecked, st.Deferred)
	}
	// Asked for after the load, a dependency left out loads then.
	if p, ok := l.GoTypes("text/template"); !ok || p.Scope().Lookup("Template") == nil {
		t.Errorf("GoTypes(text/template) after a narrowed load: %v, %v", p, ok)
	}
	if u := l.Universe().Package(ctrl); u.Name != "ctrl" || len(u.Types) != 0 {
		t.Errorf("universe: ctrl named %q with %d types, want named, without types", u.Name, len(u.Types))
	}
}

// TestKeepInputSyntax: with KeepInputSyntax the inputs' files stay parsed
// (comments, blanked bodies) for a generator to read instead of parsing
// them again, checked and unchecked inputs alike; without it none is kept.
func TestKeepInputSyntax(t *testing.T) {
	if testing.Short() {
		t.Skip("loads packages")
	}
	const ctrl = "github.com/kodegen/kodegen/internal/load/testdata/narrow/ctrl"
	patterns := []string{"./internal/load/testdata/narrow/api", "./internal/load/testdata/narrow/ctrl"}
	for _, keep := range []bool{false, true} {
		l := NewWith("../..", ModeSource, "")
		l.CheckOnly(func(src []byte) bool { return bytes.Contains(src, []byte("+kubebuilder:object:")) })
		if keep {
			l.KeepInputSyntax()
		}
		paths, err := l.Load(patterns...)
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range paths {
			files, _ := l.GoFiles(path)
			if len(files) == 0 {
				t.Fatalf("%s: no files", path)
			}
			for _, name := range files {
				f := l.Syntax(name)
				if !keep {
					if f != nil {
						t.Errorf("%s kept without KeepInputSyntax", name)
					}
					continue
				}
				if f == nil {
					t.Errorf("%s (unchecked %v) not kept", name, l.Unchecked(path))
					continue
				}
				if got := l.FileSet().Position(f.Package).Filename; got != name {
					t.Errorf("%s: positions name %s", name, got)
				}
				if len(f.Comments) == 0 {
					t.Errorf("%s: comments not kept", name)
				}
			}
		}
		if keep && !l.Unchecked(ctrl) {
			t.Errorf("%s type-checked: the test wants an unchecked input too", ctrl)
		}
	}
}
