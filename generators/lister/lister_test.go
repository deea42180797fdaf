package lister

import (
	"path/filepath"
	"strings"
	"testing"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/golden"
	"github.com/kodegen/kodegen/internal/kversion"
)

const testPkg = "github.com/kodegen/kodegen/generators/lister/testdata/"

// generate runs the lister generator for cfg and returns the files by
// absolute path and the warnings.
func generate(t *testing.T, cfg Config) (golden.Files, string, error) {
	t.Helper()
	g, err := New(cfg)
	if err != nil {
		return nil, "", err
	}
	return golden.Generate(t, g)
}

func TestGolden(t *testing.T) {
	cfg := Config{
		Inputs: []string{
			"./testdata/basic/apis/shop",
			"./testdata/basic/apis/shop/v1",
			"./testdata/basic/apis/off/v1",
		},
		OutputDir: "testdata/basic/out",
		OutputPkg: testPkg + "basic/out",
	}
	files, warnings, err := generate(t, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if warnings != "" {
		t.Errorf("warnings: %s", warnings)
	}
	golden.CheckTree(t, cfg.OutputDir, files.Rel(t, cfg.OutputDir), Tool)
	for p := range files {
		for _, notWanted := range []string{"receipt.go", "note.go", "light.go"} {
			if filepath.Base(p) == notWanted {
				t.Errorf("%s generated", p)
			}
		}
	}
	exp, ok := files[absPath(t, "testdata/basic/out/shop/v1/expansion_generated.go")]
	if !ok {
		t.Fatal("no expansion_generated.go")
	}
	if strings.Contains(string(exp), "GadgetListerExpansion") {
		t.Error("expansion_generated.go declares GadgetListerExpansion, which gadget_expansion.go has")
	}
}

func typeWith(comments ...string) *types.Type {
	return &types.Type{Name: types.Name{Package: "p", Name: "T"}, CommentLines: comments}
}

// absPath is p made absolute, as the file set keeps paths.
func absPath(t *testing.T, p string) string {
	t.Helper()
	abs, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// TestGoldenCompiles type-checks the golden listers: ./... skips testdata,
// so nothing else would notice a golden file that does not compile.
func TestGoldenCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks client-go")
	}
	golden.Compiles(t, 2, "./testdata/basic/out/...") // shop/v1 and shop/internalversion
}

// TestMarkerNewerThanTarget: +k8s:lister-gen came with v0.37; an older
// target's lister-gen would ignore it, so the marker is an error naming
// the release.
func TestMarkerNewerThanTarget(t *testing.T) {
	cfg := Config{
		Inputs:    []string{"./testdata/basic/apis/off/v1"},
		OutputDir: t.TempDir(),
		OutputPkg: testPkg + "basic/out",
	}
	cfg.SetTarget(kversion.V0_36)
	_, _, err := generate(t, cfg)
	want := "+k8s:lister-gen came with lister-gen v0.37; the target is v0.36"
	if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "doc.go:") {
		t.Fatalf("err = %v, want %q at the marker's doc.go line", err, want)
	}
	cfg.SetTarget(kversion.V0_37)
	if _, _, err := generate(t, cfg); err != nil {
		t.Fatalf("target v0.37: %v", err)
	}
}
