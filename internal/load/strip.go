package load

import (
	"go/scanner"
	"go/token"
)

// stripBodies blanks the bodies of top-level functions and methods in src,
// keeping every newline, so positions and line numbers stay as they were.
// Generators read declarations and comments, never statements; API
// packages carry large generated bodies (generated.pb.go), and parsing
// them is most of the cost of a load. Bodies that cannot be delimited are
// left alone.
func stripBodies(src []byte) []byte {
	fset := token.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(src))
	var s scanner.Scanner
	s.Init(file, src, func(token.Position, string) {}, 0)
	var out []byte
	depth := 0      // braces outside function bodies
	inSig := false  // between a top-level func and its body
	typeBraces := 0 // struct{ / interface{ inside a signature
	prev := token.ILLEGAL
	for {
		pos, tok, _ := s.Scan()
		if tok == token.EOF {
			break
		}
		switch {
		case depth == 0 && !inSig && tok == token.FUNC && (prev == token.SEMICOLON || prev == token.ILLEGAL):
			inSig, typeBraces = true, 0
		case inSig && tok == token.LBRACE && (prev == token.STRUCT || prev == token.INTERFACE || typeBraces > 0):
			typeBraces++
		case inSig && tok == token.RBRACE && typeBraces > 0:
			typeBraces--
		case inSig && tok == token.SEMICOLON && typeBraces == 0:
			inSig = false // a declaration without a body
		case inSig && tok == token.LBRACE:
			inSig = false
			open := file.Offset(pos)
			end, ok := skipBlock(&s)
			if !ok {
				return src
			}
			if out == nil {
				out = append([]byte(nil), src...)
			}
			for i := open + 1; i < file.Offset(end); i++ {
				if out[i] != '\n' {
					out[i] = ' '
				}
			}
		case !inSig && tok == token.LBRACE:
			depth++
		case !inSig && tok == token.RBRACE:
			depth--
		}
		prev = tok
	}
	if out == nil {
		return src
	}
	return out
}

// skipBlock scans to the brace closing the one just read and returns its
// position.
func skipBlock(s *scanner.Scanner) (token.Pos, bool) {
	n := 1
	for {
		pos, tok, _ := s.Scan()
		switch tok {
		case token.EOF:
			return pos, false
		case token.LBRACE:
			n++
		case token.RBRACE:
			n--
			if n == 0 {
				return pos, true
			}
		}
	}
}
