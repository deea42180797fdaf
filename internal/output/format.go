package output

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"

	"golang.org/x/tools/imports"
)

// FormatGo formats generated Go source the way upstream's pipeline does:
// goimports in format-only mode, then gofmt -s. It runs entirely in process.
func FormatGo(src []byte) ([]byte, error) {
	opt := imports.Options{Comments: true, TabIndent: true, TabWidth: 8, FormatOnly: true}
	src, err := imports.Process("", src, &opt)
	if err != nil {
		return nil, err
	}
	return FormatGenerated(src)
}

// FormatGenerated is gofmt -s. For a generated file whose imports were
// written by ImportBlock it gives the same bytes as FormatGo, with one parse
// and one print instead of four of each.
func FormatGenerated(src []byte) ([]byte, error) {
	out, _, err := FormatGeneratedDecls(src)
	return out, err
}

// A Decl is a name a Go file declares at package level: a function, type,
// variable or constant, or a method (Recv is then its receiver's type
// name).
type Decl struct {
	Name, Recv string
}

// Key is "Recv.Name" for a method, else Name.
func (d Decl) Key() string {
	if d.Recv != "" {
		return d.Recv + "." + d.Name
	}
	return d.Name
}

// FormatGeneratedDecls is FormatGenerated, and the names the file
// declares (read from the syntax it formats anyway), in order.
func FormatGeneratedDecls(src []byte) ([]byte, []Decl, error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, nil, err
	}
	ast.SortImports(fset, file)
	simplify(file)
	var buf bytes.Buffer
	if err := format.Node(&buf, fset, file); err != nil {
		return nil, nil, fmt.Errorf("printing: %w", err)
	}
	return buf.Bytes(), Decls(file), nil
}

// Decls are the names f declares at package level, in order (the blank
// identifier and init functions left out: they never clash).
func Decls(f *ast.File) []Decl {
	var out []Decl
	add := func(name, recv string) {
		if name != "_" && !(name == "init" && recv == "") {
			out = append(out, Decl{Name: name, Recv: recv})
		}
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			recv := ""
			if d.Recv != nil && len(d.Recv.List) > 0 {
				recv = RecvTypeName(d.Recv.List[0].Type)
			}
			add(d.Name.Name, recv)
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					add(s.Name.Name, "")
				case *ast.ValueSpec:
					for _, n := range s.Names {
						add(n.Name, "")
					}
				}
			}
		}
	}
	return out
}

// RecvTypeName is the name of a method receiver's base type.
func RecvTypeName(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}
