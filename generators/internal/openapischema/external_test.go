package openapischema

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/kodegen/kodegen/internal/load"
)

// TestModelsSchemaEquals is test/conformance's bridge (which may not import
// this package): it evaluates KODEGEN_SCHEMA_GENERATED (a
// zz_generated.openapi.go) over the packages KODEGEN_SCHEMA_PKGS (space
// separated) loaded in KODEGEN_SCHEMA_DIR, and compares the document, as
// sample-apiserver's models-schema writes it, with the file
// KODEGEN_SCHEMA_WANT. It prints "identical" on success; the conformance
// test checks for that line.
func TestModelsSchemaEquals(t *testing.T) {
	generated := os.Getenv("KODEGEN_SCHEMA_GENERATED")
	if generated == "" {
		t.Skip("run by test/conformance (TestOpenAPISchema*)")
	}
	src, err := os.ReadFile(generated)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(os.Getenv("KODEGEN_SCHEMA_WANT"))
	if err != nil {
		t.Fatal(err)
	}
	l := load.NewIn(os.Getenv("KODEGEN_SCHEMA_DIR"))
	if _, err := l.Load(strings.Fields(os.Getenv("KODEGEN_SCHEMA_PKGS"))...); err != nil {
		t.Fatal(err)
	}
	s := &UniverseSource{Universe: l.Universe(), ReadFile: os.ReadFile, ReadDir: dirNames}
	defs, err := Definitions(generated, src, s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := Document(defs, Options{}, Info{Title: "Kubernetes", Version: "unversioned"})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("in-process schema differs from models-schema's (%d vs %d bytes)\n%s", len(got), len(want), firstDiff(got, want))
	}
	fmt.Printf("identical: %d definitions, %d bytes\n", len(defs), len(got))
}
