package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kodegen/kodegen/internal/output"
)

const openapiTestdata = "github.com/kodegen/kodegen/generators/openapi/testdata/"

// TestOpenAPIGenReport: the API rule violation report is part of the run's
// output: "-" prints it after the files are written, a file is written
// with them (replacing a hand-kept list), and --verify diffs it, writing
// nothing.
func TestOpenAPIGenReport(t *testing.T) {
	dir := t.TempDir()
	const violation = "API rule violation: names_match," + openapiTestdata + "shop/v1,WidgetSpec,BadlyNamed\n"
	args := []string{"--output-dir", dir, "--output-pkg", "example.com/openapi", "--output-file", "zz_generated.openapi.go",
		openapiTestdata + "shop/v1"}
	out, err := execListInf(Command("openapi-gen"), append([]string{"-r", "-"}, args...)...)
	if err != nil {
		t.Fatalf("openapi-gen -r -: %v\n%s", err, out)
	}
	if !strings.Contains(out, violation) {
		t.Errorf("-r - did not print the report:\n%s", out)
	}
	if _, err := os.Stat(filepath.Join(dir, "zz_generated.openapi.go")); err != nil {
		t.Fatal(err)
	}

	known := filepath.Join(dir, "known.list")
	if err := os.WriteFile(known, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err = execListInf(Command("openapi-gen"), append([]string{"--verify", "-r", known}, args...)...)
	if !errors.Is(err, output.ErrDrift) || ExitCode(err) != ExitDrift || !strings.Contains(out, "+"+violation) {
		t.Fatalf("--verify against an empty known list: err = %v, want drift with the new violation\n%s", err, out)
	}
	if data, _ := os.ReadFile(known); len(data) != 0 {
		t.Fatal("--verify wrote the report")
	}
	if out, err := execListInf(Command("openapi-gen"), append([]string{"-r", known}, args...)...); err != nil {
		t.Fatalf("openapi-gen -r %s: %v\n%s", known, err, out)
	}
	if data, _ := os.ReadFile(known); !strings.Contains(string(data), violation) {
		t.Errorf("the report was not written:\n%s", data)
	}
	if out, err := execListInf(Command("openapi-gen"), append([]string{"--verify", "-r", known}, args...)...); err != nil {
		t.Fatalf("--verify after writing: %v\n%s", err, out)
	}
}

// TestOpenAPIGenBadInput: what upstream panics on is an error (exit 2)
// at file:line, and nothing is written.
func TestOpenAPIGenBadInput(t *testing.T) {
	dir := t.TempDir()
	out, err := execListInf(Command("openapi-gen"), "--output-dir", dir, "--output-pkg", "example.com/openapi",
		"-r", filepath.Join(dir, "report.list"), openapiTestdata+"dupunion")
	if err == nil || ExitCode(err) != ExitError || !strings.Contains(err.Error(), "dupunion/types.go:4:") {
		t.Fatalf("err = %v, want exit 2 at dupunion/types.go:4\n%s", err, out)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("wrote %d files", len(entries))
	}
}
