package app

import (
	"errors"
	"fmt"
	"testing"

	"github.com/spf13/pflag"

	"github.com/kodegen/kodegen/internal/output"
)

func TestExitCode(t *testing.T) {
	for _, c := range []struct {
		err  error
		want int
	}{
		{nil, 0},
		{output.ErrDrift, 1},
		{fmt.Errorf("verify: %w", output.ErrDrift), 1},
		{errors.New("example.com/apis/v1.Widget: +k8s:deepcopy-gen=ture: want package, true or false"), 2},
	} {
		if got := ExitCode(c.err); got != c.want {
			t.Errorf("ExitCode(%v) = %d, want %d", c.err, got, c.want)
		}
	}
}

func TestVerifyDefaultsFromEnvironment(t *testing.T) {
	for env, want := range map[string]bool{"": false, "true": true, "1": true, "false": false, "junk": false} {
		t.Setenv("KODEGEN_VERIFY", env)
		var rf RunFlags
		fs := newFlagSet()
		AddRunFlags(fs, &rf)
		if err := fs.Parse(nil); err != nil {
			t.Fatal(err)
		}
		if rf.Verify != want {
			t.Errorf("KODEGEN_VERIFY=%q: Verify = %v, want %v", env, rf.Verify, want)
		}
	}
}

func newFlagSet() *pflag.FlagSet { return pflag.NewFlagSet("test", pflag.ContinueOnError) }
