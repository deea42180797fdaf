package markers

import (
	"fmt"

	"k8s.io/gengo/v2/types"
)

// Symbol names what a comment belongs to: a package (only Pkg), a type or
// function (Pkg and Name) or a struct field (Pkg, Name and Member).
type Symbol struct {
	Pkg, Name, Member string
}

func (s Symbol) String() string {
	switch {
	case s.Name == "":
		return s.Pkg
	case s.Member == "":
		return types.Name{Package: s.Pkg, Name: s.Name}.String()
	default:
		return types.Name{Package: s.Pkg, Name: s.Name}.String() + "." + s.Member
	}
}

// Source is the comment lines markers are read from, and whose they are.
type Source struct {
	Sym   Symbol
	Lines []string
	// Where says what the lines belong to (0: not known); a value is
	// checked against what the marker may be there.
	Where Scope
}

// PackageLines are the package comments of pkg (doc.go's, see internal/load).
func PackageLines(pkg *types.Package) Source {
	return Source{Sym: Symbol{Pkg: pkg.Path}, Lines: pkg.Comments, Where: Package}
}

// TypeLines are the lines upstream reads a type's markers from: the block
// one blank line above the doc comment, then the doc comment.
func TypeLines(t *types.Type) Source {
	lines := make([]string, 0, len(t.SecondClosestCommentLines)+len(t.CommentLines))
	lines = append(lines, t.SecondClosestCommentLines...)
	return Source{Sym: typeSym(t), Lines: append(lines, t.CommentLines...), Where: Type}
}

// DocLines are only the doc comment of a type or function (some upstream
// readers ignore the block above it).
func DocLines(t *types.Type) Source {
	return Source{Sym: typeSym(t), Lines: t.CommentLines, Where: Type}
}

// FuncLines are the doc comment of a function.
func FuncLines(f *types.Type) Source {
	return Source{Sym: typeSym(f), Lines: f.CommentLines, Where: Func}
}

// MemberLines are the doc comment of field m of struct t.
func MemberLines(t *types.Type, m types.Member) Source {
	return Source{Sym: Symbol{Pkg: t.Name.Package, Name: t.Name.Name, Member: m.Name}, Lines: m.CommentLines, Where: Field}
}

func typeSym(t *types.Type) Symbol { return Symbol{Pkg: t.Name.Package, Name: t.Name.Name} }

// Position is where a marker line is: a file (relative to its module's
// root, with '/' separators) and a 1-based line.
type Position struct {
	File string
	Line int
}

// IsValid reports whether p is known.
func (p Position) IsValid() bool { return p.File != "" }

func (p Position) String() string {
	if !p.IsValid() {
		return "-"
	}
	return fmt.Sprintf("%s:%d", p.File, p.Line)
}

// Error is a problem with a marker on a symbol. Its text is
// "file.go:12: symbol: message" once located, "symbol: message" before.
type Error struct {
	// Pos is filled in by Locate.
	Pos Position
	Sym Symbol
	// Name and Value find the marker's line: the first line of the
	// symbol's comments reading +Name whose value contains Value.
	Name, Value string
	// Msg follows "symbol: ", quoting the marker and naming the fix.
	Msg string
}

func (e *Error) Error() string {
	if e.Pos.IsValid() {
		return e.Pos.String() + ": " + e.Sym.String() + ": " + e.Msg
	}
	return e.Sym.String() + ": " + e.Msg
}

// Errorf returns a marker error on sym about marker name (without '+').
func Errorf(sym Symbol, name, value, format string, args ...any) *Error {
	return &Error{Sym: sym, Name: name, Value: value, Msg: fmt.Sprintf(format, args...)}
}

// Locator finds the line of a marker in a symbol's comments. The loader
// implements it for the input packages.
type Locator interface {
	// LocateMarker returns the file and line of the first comment line of
	// the symbol reading +name whose value contains value.
	LocateMarker(pkg, typeName, member, name, value string) (file string, line int, ok bool)
}

// DeclLocator finds the line of a declaration: a type or function
// (member "") or a field of a struct type. The loader implements it for
// the input packages.
type DeclLocator interface {
	DeclPosition(pkg, typeName, member string) (file string, line int, ok bool)
}

// AtDecl returns an error about a declaration rather than a marker (a
// type whose name makes generated code clash, a field of an unsupported
// type): Locate puts it at the declaration's line.
func AtDecl(sym Symbol, format string, args ...any) *Error {
	return &Error{Sym: sym, Msg: fmt.Sprintf(format, args...)}
}

// TypeSymbol is the symbol of a type (or, with member, of its field).
func TypeSymbol(t *types.Type, member string) Symbol {
	return Symbol{Pkg: t.Name.Package, Name: t.Name.Name, Member: member}
}

// Locate fills in the position of every *Error in err's tree (through
// Unwrap() []error, as errors.Join builds, and Unwrap() error). Join
// marker errors rather than wrap them with fmt.Errorf: a wrapper's text is
// fixed when it is made, before the position is known.
func Locate(err error, loc Locator) {
	if err == nil || loc == nil {
		return
	}
	if e, ok := err.(*Error); ok && !e.Pos.IsValid() {
		if e.Name == "" {
			if dl, ok := loc.(DeclLocator); ok && e.Sym.Name != "" {
				if file, line, ok := dl.DeclPosition(e.Sym.Pkg, e.Sym.Name, e.Sym.Member); ok {
					e.Pos = Position{File: file, Line: line}
				}
			}
		} else if file, line, ok := loc.LocateMarker(e.Sym.Pkg, e.Sym.Name, e.Sym.Member, e.Name, e.Value); ok {
			e.Pos = Position{File: file, Line: line}
		}
	}
	switch u := err.(type) {
	case interface{ Unwrap() []error }:
		for _, c := range u.Unwrap() {
			Locate(c, loc)
		}
	case interface{ Unwrap() error }:
		Locate(u.Unwrap(), loc)
	}
}
