package app

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"golang.org/x/mod/modfile"
)

// outputLocation checks that dir is the folder of pkg when both lie in the
// module of the current directory. Upstream's generators write wherever
// --output-dir says and import --output-pkg, which scripts rely on (they
// generate into ./<import path> and copy the tree into place afterwards),
// so the single-tool commands only warn; kodegen gen, whose defaults are
// its own, makes it an error.
func outputLocation(dir, pkg string) error {
	root, module := moduleRoot()
	if root == "" || dir == "" || pkg == "" {
		return nil
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	rel, err := filepath.Rel(root, abs)
	inDir := err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
	inPkg := pkg == module || strings.HasPrefix(pkg, module+"/")
	if !inDir || !inPkg {
		return nil
	}
	if want := path.Join(module, filepath.ToSlash(rel)); want != pkg {
		return fmt.Errorf("--output-dir %s is package %s in module %s, but --output-pkg is %s; make them agree (--output-pkg %s), unless the tree is copied into place afterwards", dir, want, module, pkg, want)
	}
	return nil
}

// moduleRoot finds the go.mod above the current directory and returns its
// folder and module path ("" when there is none).
func moduleRoot() (dir, module string) {
	wd, err := os.Getwd()
	if err != nil {
		return "", ""
	}
	for d := wd; ; d = filepath.Dir(d) {
		if data, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil {
			return d, modfile.ModulePath(data)
		}
		if filepath.Dir(d) == d {
			return "", ""
		}
	}
}
