package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTargetVersion checks how command lines resolve their target: the
// flag, $KODEGEN_TARGET_VERSION, the batch's flag, the output module's
// go.mod, and the errors for unsupported targets and for flags the
// target does not have yet.
func TestTargetVersion(t *testing.T) {
	mod := t.TempDir()
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module example.com/m\n\nrequire k8s.io/client-go v0.34.2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(mod, "pkg", "generated", "listers")
	lister := []string{"lister-gen", "--output-dir", out, "--output-pkg", "example.com/m/pkg/generated/listers", "./examples/apis/shop/v1"}
	for _, tc := range []struct {
		name  string
		env   string
		batch string // the batch's --target-version
		line  []string
		want  string // the target, with why
		err   string
	}{
		{name: "go.mod", line: lister, want: "v0.34.2 (" + filepath.Join(mod, "go.mod") + " requires k8s.io/client-go v0.34.2)"},
		{name: "flag", line: append(lister[:1:1], append([]string{"--target-version", "v0.31"}, lister[1:]...)...), want: "v0.31 (--target-version)"},
		{name: "environment", env: "v0.36", line: lister, want: "v0.36 (--target-version)"},
		{name: "batch flag", batch: "v0.33", line: lister, want: "v0.33 (--target-version)"},
		{name: "line wins over batch", batch: "v0.33", line: append(lister[:1:1], append([]string{"--target-version=v0.35"}, lister[1:]...)...), want: "v0.35 (--target-version)"},
		{name: "unsupported", line: []string{"lister-gen", "--target-version", "v0.29"}, err: "v0.29 is not a supported target; supported: v0.31, v0.32, v0.33, v0.34, v0.35, v0.36, v0.37"},
		{name: "bad environment", env: "v9", line: lister, err: "$KODEGEN_TARGET_VERSION: target version \"v9\""},
		{name: "flag the target lacks", line: []string{"client-gen", "--target-version", "v0.31", "--prefers-protobuf", "--output-dir", out, "--output-pkg", "example.com/m/c", "--input-base", "example.com/m/apis", "--input", "shop/v1"},
			err: "--prefers-protobuf came with client-gen v0.32; the target is v0.31 (--target-version): drop the flag, or target v0.32 or later"},
		{name: "its default is fine", line: append(lister[:1:1], append([]string{"--target-version", "v0.36", "--lint-rules="}, lister[1:]...)...),
			want: "v0.36 (--target-version)"},
		{name: "client-gen for v0.31", line: []string{"client-gen", "--target-version", "v0.31", "--output-dir", out, "--output-pkg", "example.com/m/c", "--input-base", "example.com/m/apis", "--input", "shop/v1"},
			want: "v0.31 (--target-version)"},
		{name: "lint-rules came with v0.37", line: append(lister[:1:1], append([]string{"--target-version", "v0.36", "--lint-rules", "known-tags-only"}, lister[1:]...)...),
			err: "--lint-rules came with lister-gen v0.37"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv(TargetEnv, tc.env)
			c := collector{}
			if tc.batch != "" {
				if err := c.target.Set(tc.batch); err != nil {
					t.Fatal(err)
				}
			}
			var stdout, stderr bytes.Buffer
			err := c.addCommandLine(tc.line, &stdout, &stderr)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err = %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(c.targets) != 1 || c.targets[0] != tc.want {
				t.Errorf("targets = %q, want %q", c.targets, tc.want)
			}
		})
	}
}
