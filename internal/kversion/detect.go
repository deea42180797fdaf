package kversion

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/semver"
)

// Choice is the target a run writes for, and why ("--target-version",
// "go.mod requires k8s.io/client-go v0.34.2", …): the summary line says
// both.
type Choice struct {
	Version Version
	Why     string
}

// String is "v0.34 (go.mod requires k8s.io/client-go v0.34.2)".
func (c Choice) String() string { return c.Version.String() + " (" + c.Why + ")" }

// Modules whose requirement says which client-go generated code compiles
// against: client-go itself, and for the in-place helpers (deepcopy,
// defaulters, conversions, registration, which import no client-go)
// apimachinery when client-go is absent.
const (
	ClientGo     = "k8s.io/client-go"
	APIMachinery = "k8s.io/apimachinery"
)

// Choose returns the target: the flag when given, else what the go.mod
// of the module holding dir requires (Detect).
func Choose(flag Flag, dir string, inPlace bool) (Choice, error) {
	if flag.Given {
		return Choice{Version: flag.V, Why: "--target-version"}, nil
	}
	return Detect(dir, inPlace)
}

// Detect finds the go.mod of the module holding dir (dir or the nearest
// folder above it that exists) and returns the target its k8s.io/client-go
// requirement names (k8s.io/apimachinery's when inPlace and client-go is not
// required). A replace with a version counts as that version. Without a
// module or a requirement it is Latest. A required release older than the
// oldest supported is an error naming the supported ones; a newer one gets
// Latest, said in Why.
func Detect(dir string, inPlace bool) (Choice, error) {
	gomod := findGoMod(dir)
	if gomod == "" {
		return Choice{Version: Latest(), Why: "no go.mod: the latest supported"}, nil
	}
	data, err := os.ReadFile(gomod)
	if err != nil {
		return Choice{}, err
	}
	f, err := modfile.Parse(gomod, data, nil)
	if err != nil {
		// ParseLax skips replace directives but reads newer go.mod syntax.
		if f, err = modfile.ParseLax(gomod, data, nil); err != nil {
			return Choice{}, err
		}
	}
	return fromModFile(f, gomod, inPlace)
}

func fromModFile(f *modfile.File, gomod string, inPlace bool) (Choice, error) {
	mods := []string{ClientGo}
	if inPlace {
		mods = append(mods, APIMachinery)
	}
	name := relName(gomod)
	for _, mod := range mods {
		if f.Module != nil && f.Module.Mod.Path == mod {
			// client-go's own module (or apimachinery's) regenerates
			// itself: nothing says which release it is.
			return Choice{Version: Latest(), Why: name + " is " + mod + " itself: the latest supported; pass --target-version for another"}, nil
		}
		ver := ""
		for _, r := range f.Require {
			if r.Mod.Path == mod {
				ver = r.Mod.Version
			}
		}
		if ver == "" {
			continue
		}
		how := "requires"
		for _, r := range f.Replace {
			if r.Old.Path == mod && r.New.Version != "" && (r.Old.Version == "" || r.Old.Version == ver) {
				ver, how = r.New.Version, "replaces "+mod+" with"
			}
		}
		why := fmt.Sprintf("%s %s %s %s", name, how, mod, ver)
		if how != "requires" {
			why = fmt.Sprintf("%s %s %s", name, how, ver)
		}
		return fromModuleVersion(ver, why)
	}
	want := ClientGo
	if inPlace {
		want += " or " + APIMachinery
	}
	return Choice{Version: Latest(), Why: name + " does not require " + want + ": the latest supported"}, nil
}

// fromModuleVersion maps a module version (v0.34.2, v0.34.0-rc.1,
// v0.0.0-2024… pseudo-versions) to a target.
func fromModuleVersion(ver, why string) (Choice, error) {
	if !semver.IsValid(ver) || semver.Major(ver) != "v0" || strings.HasPrefix(ver, "v0.0.0-") {
		return Choice{Version: Latest(), Why: why + ", not a release: the latest supported; pass --target-version for another"}, nil
	}
	mm := strings.TrimPrefix(semver.MajorMinor(ver), "v0.")
	var minor, patch int
	if _, err := fmt.Sscanf(mm, "%d", &minor); err != nil {
		return Choice{Version: Latest(), Why: why + ": the latest supported"}, nil
	}
	rest := strings.TrimPrefix(semver.Canonical(ver), semver.MajorMinor(ver)+".")
	if i := strings.IndexAny(rest, "-+"); i >= 0 {
		rest = rest[:i]
	}
	fmt.Sscanf(rest, "%d", &patch)
	v := Version{Minor: minor, Patch: patch}
	switch {
	case minor < Oldest().Minor:
		return Choice{}, fmt.Errorf("%s; kodegen writes for %s only: upgrade it, or pass --target-version (supported: %s)", why, Oldest().String()+" and later", SupportedList())
	case minor > Latest().Minor:
		return Choice{Version: Latest(), Why: why + ", newer than the latest supported"}, nil
	}
	return Choice{Version: v, Why: why}, nil
}

// findGoMod returns the go.mod of the module holding dir, "" without one.
func findGoMod(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for d := abs; ; d = filepath.Dir(d) {
		p := filepath.Join(d, "go.mod")
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// relName shows gomod relative to the working directory when below it.
func relName(gomod string) string {
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, gomod); err == nil && !strings.HasPrefix(rel, "..") {
			return rel
		}
	}
	return gomod
}
