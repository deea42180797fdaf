package deepcopy

import (
	"go/build"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"k8s.io/gengo/v2"
	"k8s.io/gengo/v2/types"
)

// packageComments returns the lines package markers are read from: every
// comment of doc.go (what gengo keeps in Package.Comments, and all that
// upstream reads), then the comments above the package clause of every
// other Go file of the package, so a package marker may sit in any file.
// gengo keeps no comments of other files, so their headers are parsed here
// (package clause only), with the load's build constraints.
func packageComments(pkg *types.Package) ([]string, error) {
	lines := slices.Clone(pkg.Comments)
	if pkg.Dir == "" {
		return lines, nil
	}
	entries, err := os.ReadDir(pkg.Dir)
	if err != nil {
		return nil, err
	}
	ctx := build.Default
	ctx.BuildTags = []string{gengo.StdBuildTag}
	fset := token.NewFileSet()
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || name == "doc.go" || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		if ok, err := ctx.MatchFile(pkg.Dir, name); err != nil || !ok {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(pkg.Dir, name), nil, parser.PackageClauseOnly|parser.ParseComments)
		if err != nil {
			continue // the load reports broken files
		}
		for _, cg := range f.Comments {
			if cg.End() < f.Package {
				lines = append(lines, strings.Split(strings.TrimSuffix(cg.Text(), "\n"), "\n")...)
			}
		}
	}
	return lines, nil
}
