package markers

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// readers are the folders whose code reads markers, relative to this one.
var readers = []string{"../../generators", "../../cmd", "../engine"}

// parserCalls may only appear in this package, except where a reader
// scans every marker at once (listed with the reason).
var parserCalls = map[string]bool{"ExtractCommentTags": true, "ExtractFunctionStyleCommentTags": true, "Extract": true, "Parse": true}

var parserCallsAllowed = map[string]string{
	"generators/internal/genclient/genclient.go": "one extraction for the eight Legacy +genclient markers of every type",
	"generators/internal/apilint/apilint.go":     "upstream's lint rules look at every +k8s: tag of doc.go",
}

// namesAllowed are folders whose code names markers with strings of its
// own (with the reason).
var namesAllowed = map[string]string{
	"generators/crd/": "controller-gen's crd markers: a registry of their own (generators/crd/markers.go) with controller-gen's value grammar and targets, where the same names (+optional, +listType, +default) mean what controller-gen makes of them",
}

// TestReadersUseDefs fails when code outside this package names a
// declared marker with a bare string (it must use the Def: a marker read
// that way could be undeclared, or drift from its declaration), builds a
// Def of its own, or calls a gengo marker parser directly.
func TestReadersUseDefs(t *testing.T) {
	names := map[string]bool{}
	for _, d := range append(Catalogue(), Foreign...) {
		names[d.Name] = true
	}
	files := 0
	for _, root := range readers {
		err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if e.IsDir() && e.Name() == "testdata" {
				return filepath.SkipDir
			}
			if e.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return nil
			}
			files++
			rel := strings.TrimPrefix(filepath.ToSlash(path), "../../")
			if strings.HasPrefix(rel, "../") {
				rel = "internal/" + strings.TrimPrefix(rel, "../")
			}
			checkFile(t, path, rel, names)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if files < 50 {
		t.Fatalf("scanned %d files; the reader folders moved?", files)
	}
}

func checkFile(t *testing.T, path, rel string, names map[string]bool) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BasicLit:
			if n.Kind != token.STRING {
				return true
			}
			for dir := range namesAllowed {
				if strings.HasPrefix(rel, dir) {
					return true
				}
			}
			s, err := strconv.Unquote(n.Value)
			if err == nil && names[strings.TrimPrefix(s, "+")] {
				t.Errorf("%s: marker %q written as a string; use its markers.Def", fset.Position(n.Pos()), s)
			}
		case *ast.CompositeLit:
			if sel, ok := n.Type.(*ast.SelectorExpr); ok && isPkg(sel.X, "markers") && sel.Sel.Name == "Def" {
				t.Errorf("%s: a markers.Def declared outside internal/markers; declare it in the catalogue", fset.Position(n.Pos()))
			}
		case *ast.CallExpr:
			sel, ok := n.Fun.(*ast.SelectorExpr)
			if ok && (isPkg(sel.X, "gengo") || isPkg(sel.X, "codetags")) && parserCalls[sel.Sel.Name] && parserCallsAllowed[rel] == "" {
				t.Errorf("%s: %s reads markers around their declarations; use the markers.Def (its Parser says how)", fset.Position(n.Pos()), sel.Sel.Name)
			}
		}
		return true
	})
}

func isPkg(x ast.Expr, name string) bool {
	id, ok := x.(*ast.Ident)
	return ok && id.Name == name
}
