package kversion

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in, want, err string
	}{
		{in: "v0.34", want: "v0.34"},
		{in: "v0.34.2", want: "v0.34.2"},
		{in: "0.31", want: "v0.31"},
		{in: "1.37", want: "v0.37"},
		{in: "", want: "v0.37"}, // auto: the zero Version, the latest
		{in: "auto", want: "v0.37"},
		{in: "v0.30", err: "v0.30 is not a supported target; supported: v0.31, v0.32, v0.33, v0.34, v0.35, v0.36, v0.37"},
		{in: "v0.38", err: "supported: v0.31, v0.32"},
		{in: "v1", err: "want v0.MINOR or v0.MINOR.PATCH"},
		{in: "v0.x", err: "want v0.MINOR or v0.MINOR.PATCH"},
		{in: "v2.34", err: "want v0.MINOR or v0.MINOR.PATCH"},
	} {
		v, err := Parse(tc.in)
		switch {
		case tc.err != "":
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("Parse(%q) = %v, %v; want error %q", tc.in, v, err, tc.err)
			}
		case err != nil || v.String() != tc.want:
			t.Errorf("Parse(%q) = %v, %v; want %s", tc.in, v, err, tc.want)
		}
	}
}

func TestTableAt(t *testing.T) {
	tab := Table[string]{
		{From: V0_31, Value: "a"},
		{From: V0_33, Value: "b"},
		{From: Version{Minor: 34, Patch: 13}, Value: "c"},
		{From: V0_36, Value: "d"},
	}
	for _, tc := range []struct {
		v    Version
		want string
	}{
		{V0_31, "a"}, {V0_32, "a"}, {V0_33, "b"},
		{V0_34, "b"}, // a minor without patch is the minor's first release
		{Version{Minor: 34, Patch: 12}, "b"},
		{Version{Minor: 34, Patch: 13}, "c"},
		{V0_35, "c"}, {V0_36, "d"}, {V0_37, "d"},
		{Version{}, "d"}, // the zero Version is the latest
	} {
		if got := tab.At(tc.v); got != tc.want {
			t.Errorf("At(%v) = %q, want %q", tc.v, got, tc.want)
		}
	}
	if got := From("old", V0_37, "new").At(V0_36); got != "old" {
		t.Errorf("From(...).At(v0.36) = %q, want old", got)
	}
}

// TestDetect reads go.mod files as kodegen finds them above the output.
func TestDetect(t *testing.T) {
	for _, tc := range []struct {
		name, gomod string
		inPlace     bool
		want, why   string // why: a substring
		err         string
	}{
		{name: "client-go", gomod: "module x\nrequire k8s.io/client-go v0.34.2\n", want: "v0.34.2", why: "go.mod requires k8s.io/client-go v0.34.2"},
		{name: "client-go wins over apimachinery", gomod: "module x\nrequire (\n\tk8s.io/apimachinery v0.33.1\n\tk8s.io/client-go v0.31.4\n)\n", inPlace: true, want: "v0.31.4"},
		{name: "apimachinery for in-place", gomod: "module x\nrequire k8s.io/apimachinery v0.33.1\n", inPlace: true, want: "v0.33.1", why: "requires k8s.io/apimachinery v0.33.1"},
		{name: "apimachinery not for clients", gomod: "module x\nrequire k8s.io/apimachinery v0.33.1\n", want: "v0.37", why: "does not require k8s.io/client-go: the latest supported"},
		{name: "no requirement", gomod: "module x\n", inPlace: true, want: "v0.37", why: "does not require k8s.io/client-go or k8s.io/apimachinery"},
		{name: "replace with a version", gomod: "module x\nrequire k8s.io/client-go v0.36.0\nreplace k8s.io/client-go => k8s.io/client-go v0.35.3\n", want: "v0.35.3", why: "replaces k8s.io/client-go with v0.35.3"},
		{name: "prerelease", gomod: "module x\nrequire k8s.io/client-go v0.36.0-rc.1\n", want: "v0.36.0"},
		{name: "pseudo-version", gomod: "module x\nrequire k8s.io/client-go v0.0.0-20240101000000-abcdefabcdef\n", want: "v0.37", why: "not a release"},
		{name: "newer than supported", gomod: "module x\nrequire k8s.io/client-go v0.38.1\n", want: "v0.37", why: "newer than the latest supported"},
		{name: "older than supported", gomod: "module x\nrequire k8s.io/client-go v0.30.3\n", err: "requires k8s.io/client-go v0.30.3; kodegen writes for v0.31 and later only: upgrade it, or pass --target-version (supported: v0.31,"},
		{name: "client-go itself", gomod: "module k8s.io/client-go\nrequire k8s.io/api v0.34.0\n", want: "v0.37", why: "is k8s.io/client-go itself"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(tc.gomod), 0o644); err != nil {
				t.Fatal(err)
			}
			// The output folder need not exist yet: the module above it counts.
			c, err := Detect(filepath.Join(dir, "pkg", "generated", "not-yet"), tc.inPlace)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("Detect = %v, %v; want error %q", c, err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if c.Version.String() != tc.want || !strings.Contains(c.Why, tc.why) {
				t.Errorf("Detect = %s; want %s (… %s …)", c, tc.want, tc.why)
			}
		})
	}
}

func TestDetectNoModule(t *testing.T) {
	c, err := Detect(t.TempDir(), false)
	if err != nil || c.Version != Latest() || !strings.Contains(c.Why, "no go.mod") {
		// A go.mod above the temp dir would be found; say so.
		t.Skipf("Detect outside a module = %s, %v (a go.mod above %s?)", c, err, os.TempDir())
	}
}

func TestChooseFlagWins(t *testing.T) {
	var f Flag
	if err := f.Set("v0.32"); err != nil {
		t.Fatal(err)
	}
	c, err := Choose(f, "/nonexistent", true)
	if err != nil || c.String() != "v0.32 (--target-version)" {
		t.Errorf("Choose = %s, %v; want v0.32 (--target-version)", c, err)
	}
	if err := f.Set("auto"); err != nil || f.Given || f.String() != "auto" {
		t.Errorf("Set(auto): %v, Given %v, String %q", err, f.Given, f.String())
	}
}
