package openapischema

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/kodegen/kodegen/internal/load"
)

func dirNames(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names, nil
}

// TestExamplesSchema: the in-process document is byte for byte the
// schema.json that the examples' models-schema program (json.MarshalIndent,
// REST-friendly names) printed for the examples' definitions; both files
// were captured from the examples when they still ran that program
// (testdata/examples).
func TestExamplesSchema(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("testdata", "examples", "schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	got := examplesDocument(t)
	if !bytes.Equal(got, want) {
		t.Fatalf("in-process schema differs from schema.json (%d vs %d bytes)\n%s", len(got), len(want), firstDiff(got, want))
	}
}

func examplesDocument(t *testing.T) []byte {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", "examples", "zz_generated.openapi.go.txt"))
	if err != nil {
		t.Fatal(err)
	}
	l := load.New()
	if _, err := l.Load("k8s.io/apimachinery/pkg/apis/meta/v1", "k8s.io/apimachinery/pkg/runtime", "k8s.io/apimachinery/pkg/version",
		"k8s.io/apimachinery/pkg/api/resource", "k8s.io/apimachinery/pkg/util/intstr"); err != nil {
		t.Fatal(err)
	}
	s := &UniverseSource{Universe: l.Universe(), ReadFile: os.ReadFile, ReadDir: dirNames}
	defs, err := Definitions("zz_generated.openapi.go", src, s, Options{Friendly: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(defs) == 0 {
		t.Fatal("no definitions")
	}
	got, err := Document(defs, Options{Friendly: true}, Info{Title: "kodegen examples", Version: "unversioned", Indent: "  "})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(i-200, 0)
	return "got:  …" + string(a[lo:min(i+200, len(a))]) + "\nwant: …" + string(b[lo:min(i+200, len(b))])
}
