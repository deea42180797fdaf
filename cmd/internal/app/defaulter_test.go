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
		cmd  func() *cobra.Command
		pkg  string
		file string
	}{
		{"defaulter-gen", DefaulterGen, defaulterTestdata + "basic", "zz_generated.defaults.go"},
		{"register-gen", RegisterGen, registerTestdata + "simple/v1", "zz_generated.register.go"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if out, err := execDefReg(tc.cmd(), "--verify", "--output-file", tc.file, tc.pkg); err != nil {
				t.Fatalf("--verify on the golden file: %v\n%s", err, out)
			}
			const missing = "zz_generated.missing.go"
			out, err := execDefReg(tc.cmd(), "--verify", "--output-file", missing, tc.pkg)
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
		cmd  func() *cobra.Command
		args []string
		want string
	}{
		{"defaulter no packages", DefaulterGen, nil, "requires at least 1 arg"},
		{"defaulter empty output file", DefaulterGen, []string{"--output-file", "", "x"}, "--output-file must be specified"},
		{"defaulter lint rule", DefaulterGen, []string{"--lint-rules", "nope", "x"}, `unrecognized rule "nope"`},
		{"defaulter bad markers", DefaulterGen, []string{defaulterTestdata + "bad"}, "bad.Thing.Twice: +default given 2 times"},
		{"register empty output file", RegisterGen, []string{"--output-file", "", "x"}, "--output-file"},
		{"register bad marker", RegisterGen, []string{registerTestdata + "mixed/v1"}, "+k8s:register-gen given 2 times"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := execDefReg(tc.cmd(), tc.args...)
			if err == nil || ExitCode(err) != ExitError || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v (exit %d), want exit 2 and an error containing %q", err, ExitCode(err), tc.want)
			}
		})
	}
}
