package conversion

import (
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"k8s.io/gengo/v2"

	"github.com/kodegen/kodegen/internal/golden"
	"github.com/kodegen/kodegen/internal/kversion"
)

const testdata = "github.com/kodegen/kodegen/generators/conversion/testdata/"

const outputFile = "zz_generated.conversion.go"

// generate runs conversion-gen over cfg and returns the files by path
// relative to testdata, and the warnings.
func generate(t *testing.T, cfg Config) (golden.Files, string, error) {
	t.Helper()
	if cfg.OutputFile == "" {
		cfg.OutputFile = outputFile
	}
	if cfg.BasePeerDirs == nil {
		cfg.BasePeerDirs = DefaultBasePeerDirs()
	}
	// The build tag hides the golden files from the load.
	cfg.BuildTag = gengo.StdBuildTag
	if err := cfg.Validate(); err != nil {
		return nil, "", err
	}
	g, err := New(cfg)
	if err != nil {
		return nil, "", err
	}
	files, warnings, err := golden.Generate(t, g)
	return files.Rel(t, "testdata"), warnings, err
}

// The golden files were checked byte for byte against upstream
// conversion-gen v0.37.2 run with the same arguments.
func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		name     string
		cfg      Config
		warnings []string
	}{
		// int64 to int32 is what upstream converts without a word, and so
		// does kodegen without --strict (under it, an error).
		{name: "shapes/v1"},
		{name: "skipunsafe/v1", cfg: Config{SkipUnsafe: true}},
		{name: "external/conv"},
		// v0.35: a slice or map of pointers whose elements convert by a
		// hand-written function (before: an error, TestPointerElemsBefore0_35).
		{name: "ptrelem/v1"},
		{name: "explicit/v1", warnings: []string{
			"explicit/v1.ListOptions.Mode: query parameters cannot be converted to",
			"explicit/v1.ListOptions.Selector: query parameters cannot be converted to *string",
			"explicit/v1.ListOptions.Window: query parameters cannot be converted to",
			"explicit/v1.ListOptions.Untagged: has no json tag",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.cfg.Inputs = []string{testdata + tc.name}
			files, warnings, err := generate(t, tc.cfg)
			if err != nil {
				t.Fatal(err)
			}
			checkWarnings(t, warnings, tc.warnings)
			want := tc.name + "/" + outputFile
			if len(files) != 1 || files[want] == nil {
				t.Fatalf("got files %v, want only %s", slices.Sorted(maps.Keys(files)), want)
			}
			golden.Check(t, filepath.Join("testdata", want), files[want])
		})
	}
}

func checkWarnings(t *testing.T, got string, want []string) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(got), "\n")
	if got == "" {
		lines = nil
	}
	if len(lines) != len(want) {
		t.Errorf("got %d warnings, want %d:\n%s", len(lines), len(want), got)
	}
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("warnings lack %q:\n%s", w, got)
		}
	}
}

// TestGoldenCompiles type-checks the golden packages with their generated
// files, which ./... skips under testdata.
func TestGoldenCompiles(t *testing.T) {
	golden.Compiles(t, 8, "./testdata/ptrelem/...", "./testdata/shapes/...", "./testdata/skipunsafe/...", "./testdata/explicit/...", "./testdata/external/...")
}

// TestPointerElemsBefore0_35: before v0.35 upstream had no conversion for
// a slice or map of pointers whose elements convert by hand (it wrote
// compileErrorOnMissingConversion); kodegen says which function is missing.
func TestPointerElemsBefore0_35(t *testing.T) {
	cfg := Config{Inputs: []string{testdata + "ptrelem/v1"}}
	cfg.SetTarget(kversion.V0_34)
	_, _, err := generate(t, cfg)
	if err == nil || !strings.Contains(err.Error(), "no conversion from *") {
		t.Fatalf("target v0.34: err = %v, want a missing conversion of the pointer elements", err)
	}
}

func TestMissingManualConversion(t *testing.T) {
	in := []string{testdata + "bad/missing/v1"}
	files, warnings, err := generate(t, Config{Inputs: in})
	if err != nil {
		t.Fatalf("without --strict: %v", err)
	}
	checkWarnings(t, warnings, []string{
		"bad/missing/v1.Gear: no conversion to github.com/kodegen/kodegen/generators/conversion/testdata/shapes/api.Gear: field(s) Color require manual conversion; write Convert_v1_Gear_To_api_Gear",
	})
	out := string(files["bad/missing/v1/"+outputFile])
	for _, want := range []string{
		"// WARNING: in.Color requires manual conversion: does not exist in peer-type",
		"func Convert_api_Gear_To_v1_Gear(",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Contains(out, "func Convert_v1_Gear_To_api_Gear(") {
		t.Error("output has Convert_v1_Gear_To_api_Gear although Color cannot be converted")
	}
	_, _, err = generate(t, Config{Inputs: in, Strict: true})
	if err == nil || !strings.Contains(err.Error(), "field(s) Color require manual conversion") {
		t.Fatalf("with --strict: got %v, want the missing conversion", err)
	}
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  Config
		want []string
	}{
		{"type marker", Config{Inputs: []string{testdata + "bad/typetag/v1"}},
			[]string{"bad/typetag/v1.Part: +k8s:conversion-gen=yes: on a type only false is allowed"}},
		{"false with peers", Config{Inputs: []string{testdata + "bad/mixed/v1"}},
			[]string{"cannot be combined with +k8s:conversion-gen=false"}},
		{"relative peer", Config{Inputs: []string{testdata + "bad/relative/v1"}},
			[]string{"+k8s:conversion-gen=../api: the peer package is a relative path; write the full import path"}},
		{"explicit-from", Config{Inputs: []string{testdata + "bad/explicitfrom/v1"}},
			[]string{"bad/explicitfrom/v1.Options: +k8s:conversion-gen:explicit-from=net/http.Header: want net/url.Values"}},
		{"conversion-fn", Config{Inputs: []string{testdata + "bad/fnmode/v1"}},
			[]string{"Convert_v1_Part_To_api_Part: +k8s:conversion-fn=sometimes: want copy-only or drop"}},
		{"no conversion for a field", Config{Inputs: []string{testdata + "bad/nofunc/v1"}},
			[]string{
				"bad/nofunc/v1.Machine.GearPtrs: no conversion from *github.com/",
				"write Convert_v1_Gear_To_api_Gear(",
				"shapes/api.Machine.GearPtrs: no conversion from",
			}},
		{"two hand-written conversions", Config{
			Inputs:        []string{testdata + "bad/dup/v1"},
			ExtraPeerDirs: []string{testdata + "bad/dup/extra"},
		}, []string{"two hand-written conversions from", "bad/dup/extra.Convert_v1_Part_To_api_Part"}},
		{"flags", Config{Inputs: []string{testdata + "shapes/v1"}, OutputFile: "-", LintRules: []string{"bogus"}},
			[]string{`--lint-rules: unrecognized rule "bogus"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.cfg.OutputFile == "-" {
				tc.cfg.OutputFile = ""
				err := tc.cfg.Validate()
				if err == nil || !strings.Contains(err.Error(), "--output-file must be specified") {
					t.Errorf("Validate: got %v", err)
				}
			}
			files, _, err := generate(t, tc.cfg)
			if err == nil {
				t.Fatalf("no error; files %v", slices.Sorted(maps.Keys(files)))
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%v", w, err)
				}
			}
		})
	}
}

// TestDefaultBasePeerDirsFresh: a caller changing the defaults (as a flag
// parser may) does not change them for the next caller.
func TestDefaultBasePeerDirsFresh(t *testing.T) {
	dirs := DefaultBasePeerDirs()
	dirs[0] = "changed"
	if got := DefaultBasePeerDirs()[0]; got != "k8s.io/apimachinery/pkg/apis/meta/v1" {
		t.Errorf("DefaultBasePeerDirs()[0] = %q after a caller changed its copy", got)
	}
}

// TestStrictLossy: a narrowing builtin conversion, silent as upstream
// without --strict (TestGolden), is an error under it.
func TestStrictLossy(t *testing.T) {
	_, _, err := generate(t, Config{Inputs: []string{testdata + "shapes/v1"}, Strict: true})
	want := "converting api.Gear.Teeth (int64) to v1.Gear.Teeth (int32) loses data"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("with --strict: got %v, want %q", err, want)
	}
}
