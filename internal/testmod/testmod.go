// Package testmod gives tests the go.mod and go.sum of a scratch module
// that compiles what this repository's examples and testdata import
// (k8s.io/api, apimachinery, client-go v0.37.2 …).
//
// The module users install (the root go.mod) requires none of these: the
// example API module (examples/, a module of its own) does. A test that
// copies examples or testdata into a scratch folder takes that module's
// requirements under the scratch module's path, without what only this
// repository needs (the replace of kodegen by this checkout and the tool
// directives that run it).
package testmod

import (
	"fmt"
	"os"
	"path/filepath"

	"golang.org/x/mod/modfile"
)

// kodegen is the module path of kodegen itself.
const kodegen = "github.com/kodegen/kodegen"

// Files returns the go.mod (module path modulePath) and go.sum for a
// scratch module holding copies of repo's examples or testdata; repo is
// the root of this repository.
func Files(repo, modulePath string) (gomod, gosum []byte, err error) {
	name := filepath.Join(repo, "examples", "go.mod")
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, nil, err
	}
	f, err := modfile.Parse(name, data, nil)
	if err != nil {
		return nil, nil, err
	}
	if err := f.AddModuleStmt(modulePath); err != nil {
		return nil, nil, err
	}
	for _, r := range f.Replace {
		if err := f.DropReplace(r.Old.Path, r.Old.Version); err != nil {
			return nil, nil, err
		}
	}
	for _, tl := range f.Tool {
		if err := f.DropTool(tl.Path); err != nil {
			return nil, nil, err
		}
	}
	if err := f.DropRequire(kodegen); err != nil {
		return nil, nil, err
	}
	f.Cleanup()
	if gomod, err = f.Format(); err != nil {
		return nil, nil, fmt.Errorf("%s: %v", name, err)
	}
	if gosum, err = os.ReadFile(filepath.Join(repo, "examples", "go.sum")); err != nil {
		return nil, nil, err
	}
	return gomod, gosum, nil
}
