package crd

import (
	"go/ast"
	goparser "go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestMarkerHelp: every marker the parser accepts is documented (help,
// group, every argument), and MarkerHelp lists exactly the table's
// definitions, each accepted by the parser where it says.
func TestMarkerHelp(t *testing.T) {
	docs := MarkerHelp()
	n := 0
	for tg, m := range crdRegistry.defs {
		for _, d := range m {
			if !d.refused {
				n++
				continue
			}
			// Refused only where another place takes it.
			if d.help != "" || !crdRegistry.known("+"+d.name) || crdRegistry.defs[tg][d.name] != d {
				t.Errorf("+%s is refused on a %s and listed nowhere", d.name, target(tg))
			}
			other := false
			for u := range crdRegistry.defs {
				if x := crdRegistry.defs[u][d.name]; x != nil && !x.refused {
					other = true
				}
			}
			if !other {
				t.Errorf("+%s is refused everywhere: drop it or list it", d.name)
			}
		}
	}
	if len(docs) != n || n < 100 {
		t.Fatalf("MarkerHelp lists %d markers, the parser has %d", len(docs), n)
	}
	for _, d := range docs {
		if d.Help == "" {
			t.Errorf("+%s (%s) has no help", d.Name, d.Target)
		}
		switch d.Category {
		case catCRD, catProcessing, catCRDValidation:
		default:
			t.Errorf("+%s (%s): category %q", d.Name, d.Target, d.Category)
		}
		for _, a := range d.Args {
			if a.Help == "" {
				t.Errorf("+%s: argument %s has no help", d.Name, a.Name)
			}
		}
		if !Accepts("+"+d.Name, d.Target) {
			t.Errorf("+%s is listed on a %s but not parsed there", d.Name, d.Target)
		}
		if strings.Contains(d.Usage, "*") || strings.Contains(d.Usage, "<value>") {
			t.Errorf("+%s: usage %s names no plain type", d.Name, d.Usage)
		}
	}
	for _, c := range []struct{ name, target, syntax string }{
		{"kubebuilder:validation:Minimum", "field", "=<number>"},
		{"kubebuilder:validation:items:MaxLength", "type", "=<int>"},
		{"kubebuilder:subresource:scale", "type", ":specpath=<string>,statuspath=<string>[,selectorpath=<string>]"},
		{"kubebuilder:subresource:status", "type", ""},
		{"groupName", "package", "[=<string>]"},
		{"default", "field", "=<JSON>"},
	} {
		found := false
		for _, d := range docs {
			if d.Name == c.name && d.Target == c.target {
				found = true
				if d.Syntax() != c.syntax {
					t.Errorf("+%s syntax %q, want %q", c.name, d.Syntax(), c.syntax)
				}
			}
		}
		if !found {
			t.Errorf("+%s on a %s is not listed", c.name, c.target)
		}
	}
}

// TestMarkersReadAreDeclared: every marker the generator's code reads by
// name (markers.get("…")) is in the table, so none is parsed or read
// without being listed.
func TestMarkersReadAreDeclared(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	read := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := goparser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "get" {
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, _ := strconv.Unquote(lit.Value)
			read++
			if !crdRegistry.known("+" + s) {
				t.Errorf("%s: the generator reads +%s, which its marker table does not declare", fset.Position(lit.Pos()), s)
			}
			return true
		})
	}
	if read < 5 {
		t.Fatalf("found %d marker reads; the scan is broken", read)
	}
}
