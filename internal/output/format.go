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
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	ast.SortImports(fset, file)
	simplify(file)
	var buf bytes.Buffer
	if err := format.Node(&buf, fset, file); err != nil {
		return nil, fmt.Errorf("printing: %w", err)
	}
	return buf.Bytes(), nil
}
