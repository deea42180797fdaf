package app

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/kodegen/kodegen/internal/output"
)

const (
	defaulterTestdata = "github.com/kodegen/kodegen/generators/defaulter/testdata/"
	registerTestdata  = "github.com/kodegen/kodegen/generators/register/testdata/"
)

// execDefReg runs cmd with args and returns its output and error.
func execDefReg(cmd *cobra.Command, args ...string) (string, error) {
	var out bytes.Buffer
	cmd.SetArgs(args)
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	err := cmd.Execute()
	return out.String(), err
}

// TestInPlaceVerify runs defaulter-gen and register-gen under --verify on
// golden cases: clean when the file is up to date; drift (exit 1), a diff
// naming the file and nothing written when it is missing.
func TestInPlaceVerify(t *testing.T) {
	for _, tc := range []struct {
		name string
		cmd  string
		pkg  string
		file string
	}{
		{"defaulter-gen", "defaulter-gen", defaulterTestdata + "basic", "zz_generated.defaults.go"},
		{"register-gen", "register-gen", registerTestdata + "simple/v1", "zz_generated.register.go"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if out, err := execDefReg(Command(tc.cmd), "--verify", "--output-file", tc.file, tc.pkg); err != nil {
				t.Fatalf("--verify on the golden file: %v\n%s", err, out)
			}
			const missing = "zz_generated.missing.go"
			// The golden file stays beside the missing one, declaring
			// the same functions: the compile check would refuse that.
			out, err := execDefReg(Command(tc.cmd), "--verify", "--compile-check=off", "--output-file", missing, tc.pkg)
			if !errors.Is(err, output.ErrDrift) || ExitCode(err) != ExitDrift {
				t.Fatalf("--verify with a missing file: err = %v, want drift", err)
			}
			if !strings.Contains(out, missing) {
				t.Errorf("the diff does not name %s:\n%s", missing, out)
			}
			matches, _ := filepath.Glob(filepath.Join("..", "..", "..", "generators", "*", "testdata", "*", missing))
			more, _ := filepath.Glob(filepath.Join("..", "..", "..", "generators", "*", "testdata", "*", "*", missing))
			for _, m := range append(matches, more...) {
				os.Remove(m)
				t.Errorf("--verify wrote %s", m)
			}
		})
	}
}

func TestDefaulterRegisterUsage(t *testing.T) {
	for _, tc := range []struct {
		name string
		cmd  string
		args []string
		want string
	}{
		{"defaulter empty output file", "defaulter-gen", []string{"--output-file", "", "x"}, "--output-file must be specified"},
		{"defaulter lint rule", "defaulter-gen", []string{"--lint-rules", "nope", "x"}, `unrecognized rule "nope"`},
		{"defaulter bad markers", "defaulter-gen", []string{defaulterTestdata + "bad"}, "generators/defaulter/testdata/bad/types.go:11: " + defaulterTestdata + "bad.Thing.Twice: +default given 2 times"},
		{"register empty output file", "register-gen", []string{"--output-file", "", "x"}, "--output-file"},
		{"register bad marker", "register-gen", []string{registerTestdata + "mixed/v1"}, "+k8s:register-gen given 2 times"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := execDefReg(Command(tc.cmd), tc.args...)
			if err == nil || ExitCode(err) != ExitError || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v (exit %d), want exit 2 and an error containing %q", err, ExitCode(err), tc.want)
			}
		})
	}
}

// TestPositionalArgs checks the one rule for arguments, upstream's: a
// generator of input packages given none does nothing (exit 0) and says so;
// client-gen ignores arguments and says so.
func TestPositionalArgs(t *testing.T) {
	t.Setenv("KODEGEN_VERIFY", "")
	for _, name := range []string{"deepcopy-gen", "defaulter-gen", "register-gen", "conversion-gen"} {
		out, err := execDefReg(Command(name), "--verify")
		if err != nil || !strings.Contains(out, name+": warning: no input packages given") {
			t.Errorf("%s without packages: err = %v, output %q; want exit 0 and a warning", name, err, out)
		}
	}
	out, err := execDefReg(Command("client-gen"), "stray")
	if !strings.Contains(out, "client-gen: warning: ignoring the arguments stray") || err == nil || !strings.Contains(err.Error(), "--output-dir must be specified") {
		t.Errorf("client-gen stray: err = %v, output %q; want the warning, then the missing flags", err, out)
	}
}

// TestWarningsOnErrorStream checks that a single generator command's
// warnings reach the command's own error stream (not the process's).
func TestWarningsOnErrorStream(t *testing.T) {
	cmd := Command("defaulter-gen")
	var stdout, stderr bytes.Buffer
	cmd.SetOut(&stdout)
	cmd.SetErr(&stderr)
	cmd.SetArgs([]string{"--verify", "--output-file", "zz_generated.defaults.go", defaulterTestdata + "basic"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if want := "defaulter-gen: warning: " + defaulterTestdata + "basic.Widget.Spec.PartsByName[key]"; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr = %q, want %q", stderr.String(), want)
	}
	if stdout.Len() != 0 {
		t.Errorf("stdout = %q, want nothing", stdout.String())
	}
}
