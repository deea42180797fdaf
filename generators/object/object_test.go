package object

import (
	"bytes"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kodegen/kodegen/internal/golden"
)

// goldenCases are the packages under testdata whose output is checked in
// beside them. Every golden file was written by upstream controller-gen
// v0.23.0 (hack/test.sh does not run it; see README.md, "controller-gen"):
//
//	controller-gen object:headerFile=generators/object/testdata/header.txt,year=2026 \
//	  paths="./generators/object/testdata/basic;…"   (every case but noimports)
//	controller-gen object paths=./generators/object/testdata/noimports
//
// -update rewrites them from kodegen.
var goldenCases = []struct {
	dir    string
	header string
}{
	{"basic", "testdata/header.txt"},
	{"optin", "testdata/header.txt"},
	{"handwritten", "testdata/header.txt"},
	{"clash/v1", "testdata/header.txt"},
	{"legacy", "testdata/header.txt"},
	{"noimports", ""},
	{"detached", "testdata/header.txt"},
}

// generate runs the generator and returns the files by path relative to
// testdata, and the warnings.
func generate(t *testing.T, cfg Config) (golden.Files, string, error) {
	t.Helper()
	g, err := New(cfg)
	if err != nil {
		return nil, "", err
	}
	files, warnings, err := golden.Generate(t, g)
	return files.Rel(t, "testdata"), warnings, err
}

func TestGolden(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.dir, func(t *testing.T) {
			files, _, err := generate(t, Config{Inputs: []string{"./testdata/" + tc.dir}, HeaderFile: tc.header, Year: "2026"})
			if err != nil {
				t.Fatalf("generate: %v", err)
			}
			want := tc.dir + "/" + OutputFile
			got, ok := files[want]
			if !ok || len(files) != 1 {
				t.Fatalf("generated %v, want just %s", slices.Sorted(maps.Keys(files)), want)
			}
			golden.Check(t, filepath.Join("testdata", tc.dir, OutputFile), got)
		})
	}
}

// TestGoldenCompiles type-checks every golden package with its generated
// file (./... skips testdata, so nothing else would notice).
func TestGoldenCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks with dependencies")
	}
	var patterns []string
	for _, tc := range goldenCases {
		patterns = append(patterns, "./testdata/"+tc.dir)
	}
	golden.Compiles(t, len(patterns), patterns...)
}

// TestNothingAsked: packages without markers (other, other/v1) get no
// file.
func TestNothingAsked(t *testing.T) {
	files, _, err := generate(t, Config{Inputs: []string{"./testdata/other", "./testdata/other/v1"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 0 {
		t.Errorf("generated %v, want nothing", slices.Sorted(maps.Keys(files)))
	}
}

// TestYear: " YEAR" in the header becomes " " + the year option, and
// stays " " without one, as controller-gen does (no current year).
func TestYear(t *testing.T) {
	for year, want := range map[string]string{"2031": "Copyright 2031 The kodegen Authors.", "": "Copyright  The kodegen Authors."} {
		files, _, err := generate(t, Config{Inputs: []string{"./testdata/noimports"}, HeaderFile: "testdata/header.txt", Year: year})
		if err != nil {
			t.Fatal(err)
		}
		if got := files["noimports/"+OutputFile]; !bytes.Contains(got, []byte("\n"+want+"\n")) {
			t.Errorf("year %q: header does not contain %q:\n%s", year, want, got)
		}
	}
}

// TestDeterministic: the same bytes over repeated runs, all cases in one
// run or each alone (import names depend on the order types need them,
// never on map order or GOMAXPROCS).
func TestDeterministic(t *testing.T) {
	var patterns []string
	for _, tc := range goldenCases {
		patterns = append(patterns, "./testdata/"+tc.dir)
	}
	runs := 5
	if testing.Short() {
		runs = 2
	}
	var first golden.Files
	for i := range runs {
		files, _, err := generate(t, Config{Inputs: patterns, HeaderFile: "testdata/header.txt", Year: "2026"})
		if err != nil {
			t.Fatal(err)
		}
		if len(files) != len(goldenCases) {
			t.Fatalf("run %d: generated %v, want one file per case", i, slices.Sorted(maps.Keys(files)))
		}
		if i == 0 {
			first = files
			continue
		}
		for p, data := range files {
			if !bytes.Equal(data, first[p]) {
				t.Errorf("run %d: %s differs from the first run", i, p)
			}
		}
	}
}

// TestErrors: bad input is an error naming the file and line (relative to
// the module root), the symbol and the fix; nothing is generated.
func TestErrors(t *testing.T) {
	const dir = "generators/object/testdata/bad/"
	const pkg = "github.com/kodegen/kodegen/" + dir
	for _, tc := range []struct {
		pkg  string
		want []string
	}{
		{"rootvalue", []string{dir + "rootvalue/types.go:4: " + pkg + "rootvalue.Widget: +kubebuilder:object:root=ture: want true or false (did you mean +kubebuilder:object:root=true?)"}},
		{"pkgvalue", []string{dir + "pkgvalue/doc.go:1: " + pkg + "pkgvalue: +kubebuilder:object:generate=yes: want true or false"}},
		{"bare", []string{dir + "bare/types.go:4: " + pkg + "bare.Widget: +kubebuilder:object:root needs a value"}},
		{"twice", []string{dir + "twice/types.go:", pkg + "twice.Widget: +kubebuilder:object:generate given 2 times with different values (true, false)"}},
		{"ifacefield", []string{
			dir + "ifacefield/types.go:5: " + pkg + "ifacefield.Shape: cannot deep-copy interface{Area() float64}",
			dir + "ifacefield/types.go:12: " + pkg + "ifacefield.Widget.Shape: cannot deep-copy field Shape of type " + pkg + "ifacefield.Shape (an interface)",
		}},
		{"chanfield", []string{dir + "chanfield/types.go:6: " + pkg + "chanfield.Widget.Events: cannot deep-copy field Events of type chan string (a channel)"}},
		{"arrayfield", []string{dir + "arrayfield/types.go:6: " + pkg + "arrayfield.Widget.Slots: cannot deep-copy field Slots of type [4]int (an array)"}},
		{"inline", []string{dir + "inline/types.go:7: " + pkg + "inline.Widget.Inline: cannot deep-copy field Inline: an anonymous struct"}},
		{"ptrslice", []string{dir + "ptrslice/types.go:20: " + pkg + "ptrslice.Widget.Copiers: cannot deep-copy a slice of *" + pkg + "ptrslice.Copier"}},
		{"generic", []string{pkg + "generic.Box: generic types cannot be deep-copied by controller-gen"}},
	} {
		t.Run(tc.pkg, func(t *testing.T) {
			files, _, err := generate(t, Config{Inputs: []string{"./testdata/bad/" + tc.pkg}})
			if err == nil {
				t.Fatalf("no error; generated %v", slices.Sorted(maps.Keys(files)))
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error\n%v\ndoes not contain\n%s", err, w)
				}
			}
		})
	}
}

func TestValidate(t *testing.T) {
	if _, err := New(Config{}); err == nil || !strings.Contains(err.Error(), "no input packages") {
		t.Errorf("New(no inputs) = %v, want an error naming the missing packages", err)
	}
	if _, err := New(Config{Inputs: []string{"./..."}, Year: "20\n26"}); err == nil || !strings.Contains(err.Error(), "year=") {
		t.Errorf("New(bad year) = %v, want an error naming year", err)
	}
}
