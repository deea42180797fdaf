package engine

import (
	"errors"
	"fmt"
	"go/scanner"
	"go/token"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// invalidGo is the error for generated code that is not even valid Go (a
// type whose name, in lower case, is a keyword the templates use as a
// variable): reported at the input type the code was written for, with
// the parser's message, never with the code.
func invalidGo(a *assembled, err error) error {
	line, col, msg := 0, 0, err.Error()
	offset := -1
	var list scanner.ErrorList
	if errors.As(err, &list) && len(list) > 0 {
		line, col, msg, offset = list[0].Pos.Line, list[0].Pos.Column, list[0].Msg, list[0].Pos.Offset
		if len(list) > 1 {
			msg += fmt.Sprintf(" (and %d more errors)", len(list)-1)
		}
	}
	t := originAtOffset(a, offset)
	what := fmt.Sprintf("%s would write code that is not valid Go (%s, line %d, column %d: %s)", a.tool, a.path, line, col, msg)
	if t == nil {
		return fmt.Errorf("%s: %s; if the input is valid Go for Kubernetes APIs, it is a kodegen bug: please report it", a.pkgPath, what)
	}
	fix := fmt.Sprintf("rename %s, or leave it out of %s's input; if the input is valid Go for Kubernetes APIs, it is a kodegen bug: please report it", t.Name.Name, a.tool)
	if lower := privateName(t.Name.Name); token.IsKeyword(lower) {
		fix = fmt.Sprintf("rename %s: its name in lower case, %q, is a Go keyword, and %s names variables after the type", t.Name.Name, lower, a.tool)
	}
	return markers.AtDecl(markers.TypeSymbol(t, ""), "%s; %s", what, fix)
}

// originAtOffset is the input type whose GenerateType wrote the byte at
// offset of a's source, else a's only origin, else nil.
func originAtOffset(a *assembled, offset int) *types.Type {
	for _, r := range a.ranges {
		if offset >= r.start && offset < r.end {
			return r.t
		}
	}
	if len(a.origins) == 1 {
		return a.origins[0]
	}
	return nil
}

// privateName is gengo's private name of a type name: its first letter in
// lower case.
func privateName(name string) string {
	if name == "" {
		return name
	}
	b := []byte(name)
	if b[0] >= 'A' && b[0] <= 'Z' {
		b[0] += 'a' - 'A'
	}
	return string(b)
}
