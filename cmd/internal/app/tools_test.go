package app

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/spf13/pflag"

	"github.com/kodegen/kodegen/internal/output"
	"github.com/kodegen/kodegen/test/examplegen"
)

// TestToolRow adds the fixture generator of docs/architecture.md as one row
// of the tool table and runs it: flags → Config → New → engine → the verify
// diff of the file it would write.
func TestToolRow(t *testing.T) {
	t.Setenv("KODEGEN_VERIFY", "")
	row := tool{
		name:     "typenames-gen",
		short:    "List each package's exported types",
		long:     "typenames-gen writes zz_generated.typenames.go into each input package.",
		packages: true,
		bind: bindConfig(examplegen.Defaults, (*examplegen.Config).AddFlags,
			func(c *examplegen.Config, _ *pflag.FlagSet, args []string) { c.Inputs = args }, examplegen.New),
	}
	tc := row.newCommand()
	var stdout, stderr bytes.Buffer
	tc.cmd.SetOut(&stdout)
	tc.cmd.SetErr(&stderr)
	tc.cmd.SetArgs([]string{"--verify", "github.com/kodegen/kodegen/test/examplegen/testdata/shop"})
	err := tc.cmd.Execute()
	if !errors.Is(err, output.ErrDrift) {
		t.Fatalf("err = %v, want drift (the file is not there)\n%s", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), `+var TypeNames = []string{"Store", "Widget"}`) {
		t.Errorf("the diff lacks the file's line:\n%s", stdout.String())
	}
	if !strings.Contains(stderr.String(), "1 file(s) out of date") {
		t.Errorf("stderr lacks the summary: %q", stderr.String())
	}
	// Its flags are its Config's, plus --verify and -v.
	for _, name := range []string{"output-file", "go-header-file", "verify", "v"} {
		if tc.cmd.Flags().Lookup(name) == nil {
			t.Errorf("no --%s", name)
		}
	}
	tc = row.newCommand()
	tc.cmd.SetOut(&stdout)
	tc.cmd.SetErr(&stderr)
	tc.cmd.SetArgs([]string{"--output-file", "", "x"})
	if err := tc.cmd.Execute(); err == nil || ExitCode(err) != ExitError || !strings.Contains(err.Error(), "--output-file must be specified") {
		t.Errorf("empty --output-file: err = %v, want exit 2", err)
	}
}

// TestBatchCollects runs two command lines through the collector: both
// build steps run, nothing runs yet, and --verify on either line counts.
func TestBatchCollects(t *testing.T) {
	t.Setenv("KODEGEN_VERIFY", "")
	var c collector
	var stdout, stderr bytes.Buffer
	for _, line := range [][]string{
		{"deepcopy-gen", "--output-file", "zz_generated.deepcopy.go", "./examples/..."},
		{"register", "--verify", "./examples/apis/shop/v1"},
	} {
		if err := c.addCommandLine(line, &stdout, &stderr); err != nil {
			t.Fatal(err)
		}
	}
	if len(c.gens) != 2 || c.gens[0].Name() != "deepcopy-gen" || c.gens[1].Name() != "register-gen" || !c.verify {
		t.Errorf("collected %d generators (verify %v), want deepcopy-gen and register-gen with verify", len(c.gens), c.verify)
	}
	// --help prints the tool's help and adds nothing.
	if err := c.addCommandLine([]string{"lister-gen", "--help"}, &stdout, &stderr); err != nil || len(c.gens) != 2 || !strings.Contains(stdout.String(), "lister-gen [flags] PACKAGE...") {
		t.Errorf("lister-gen --help: err = %v, %d generators, stdout %q", err, len(c.gens), stdout.String())
	}
	for _, tc := range []struct {
		line []string
		want string
	}{
		{[]string{"nope-gen"}, `unknown generator "nope-gen"`},
		{[]string{"lister-gen", "--bogus"}, "unknown flag: --bogus"},
		{[]string{"lister-gen", "x"}, "--output-dir must be specified"},
	} {
		if err := c.addCommandLine(tc.line, &stdout, &stderr); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: err = %v, want %q", tc.line, err, tc.want)
		}
	}
}
