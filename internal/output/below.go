package output

import (
	"fmt"
	"path/filepath"
)

// Below checks a folder or file flag whose value is relative to a base
// (the package folder for --output-file, --output-dir for
// --clientset-name, --clientset-dir for kodegen gen): it must stay below
// that base, so a run never writes where it was not asked to. An empty
// value is left to the caller.
func Below(flag, value, base string) error {
	if value == "" || filepath.IsLocal(value) {
		return nil
	}
	what := "leaves it"
	if filepath.IsAbs(value) {
		what = "is an absolute path"
	}
	return fmt.Errorf("--%s=%s: a path below %s, and this one %s; write a relative path without '..'", flag, value, base, what)
}
