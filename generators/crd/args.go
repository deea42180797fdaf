package crd

import (
	"fmt"
	"strconv"
	"strings"
	sc "text/scanner"
)

// The value grammar of controller-gen's markers (sigs.k8s.io/controller-tools
// pkg/markers), which is also the grammar of its command line options:
//
//	+name                          no arguments
//	+name=value                    one anonymous argument
//	+name:arg=value,arg2=value     named arguments (the first may be written
//	                               in the name: +name:arg=value)
//
// A value is a number, a bool, a "quoted", `raw` or bare string (up to the
// next , ; or }), a slice ({a,b} or a;b;c) or a map ({k: v}); "any" values
// guess which from the text.

// argKind is the type of one marker argument.
type argKind int

const (
	argInvalid argKind = iota
	argInt
	argNumber
	argString
	argBool
	argAny
	argSlice
	argMap
)

// argType describes one argument: its kind, and for slices and maps the
// item type.
type argType struct {
	kind     argKind
	optional bool
	pointer  bool // *T: optional, nil when not given
	item     *argType
}

func (a argType) String() string {
	var b strings.Builder
	if a.pointer {
		b.WriteString("*")
	}
	switch a.kind {
	case argInt:
		b.WriteString("int")
	case argNumber:
		b.WriteString("number")
	case argString:
		b.WriteString("string")
	case argBool:
		b.WriteString("bool")
	case argAny:
		b.WriteString("any")
	case argSlice:
		b.WriteString("[]" + a.item.String())
	case argMap:
		b.WriteString("map[string]" + a.item.String())
	default:
		b.WriteString("<invalid>")
	}
	return b.String()
}

var (
	tInt     = argType{kind: argInt}
	tNumber  = argType{kind: argNumber}
	tString  = argType{kind: argString}
	tBool    = argType{kind: argBool}
	tAny     = argType{kind: argAny}
	tStrings = argType{kind: argSlice, item: &argType{kind: argString}}
	tAnys    = argType{kind: argSlice, item: &argType{kind: argAny}}
)

func opt(t argType) argType { t.optional = true; return t }
func ptr(t argType) argType { t.pointer = true; t.optional = true; return t }

// newScanner is the scanner every marker value is read with.
func newScanner(raw string, errf func(*sc.Scanner, string)) *sc.Scanner {
	s := &sc.Scanner{}
	s.Init(strings.NewReader(raw))
	s.Mode = sc.ScanIdents | sc.ScanInts | sc.ScanFloats | sc.ScanStrings | sc.ScanRawStrings | sc.SkipComments
	s.Error = errf
	return s
}

// peek is the next non-space character, without consuming it.
func peek(s *sc.Scanner) rune {
	for {
		r := s.Peek()
		if r != ' ' && r != '\t' && r != '\r' && r != '\n' {
			return r
		}
		s.Next()
	}
}

// expect scans one token and reports whether it is want.
func expect(s *sc.Scanner, want rune, what string) bool {
	if tok := s.Scan(); tok != want {
		s.Error(s, fmt.Sprintf("expected %s, got %q", what, s.TokenText()))
		return false
	}
	return true
}

// guess is the type an "any" value has, judged from its text (a slice
// only when allowSlice and a ';' comes before the next ',').
func guess(s *sc.Scanner, raw string, allowSlice bool) argType {
	if allowSlice {
		item := guess(s, raw, false)
		sub := newScanner(raw[s.Pos().Offset:], func(*sc.Scanner, string) {})
		var tok rune
		for {
			tok = sub.Scan()
			if tok == ',' || tok == sc.EOF || tok == ';' {
				break
			}
		}
		if tok == ';' {
			return argType{kind: argSlice, item: &item}
		}
		return item
	}
	subRaw := raw[s.Pos().Offset:]
	scanErr := false
	sub := newScanner(subRaw, func(*sc.Scanner, string) { scanErr = true })
	hint := peek(sub)
	switch hint {
	case '"', '\'', '`':
		return tString
	case '{':
		sub.Scan()
		hint = peek(sub)
		first := guess(sub, subRaw, false)
		if first.kind == argString {
			var ignored any
			parseString(sub, subRaw, &ignored, true)
			if tok := sub.Scan(); tok == ':' || hint == '}' {
				return argType{kind: argMap, item: &argType{kind: argAny}}
			}
		}
		return argType{kind: argSlice, item: &first}
	}
	maybeString := false
	if hint == 't' || hint == 'f' {
		if tok := sub.Scan(); tok == sc.Ident {
			switch sub.TokenText() {
			case "true", "false":
				return tBool
			}
			maybeString = true
		} else {
			s.Error(s, fmt.Sprintf("got a token (%q) that looked like an ident, but was not", s.TokenText()))
			return argType{}
		}
	}
	if !maybeString {
		tok := sub.Scan()
		if tok == '-' {
			tok = sub.Scan()
		}
		if !scanErr && (tok == sc.Int || tok == sc.Float) {
			if f := peek(sub); f == ',' || f == ';' || f == sc.EOF || f == '}' {
				if tok == sc.Int {
					return tInt
				}
				return tNumber
			}
		}
	}
	return tString
}

// parseString reads a quoted string, or bare text up to a delimiter.
func parseString(s *sc.Scanner, raw string, out *any, inMap bool) {
	mode := s.Mode
	s.Mode = mode &^ sc.ScanInts &^ sc.ScanFloats
	defer func() { s.Mode = mode }()
	tok := s.Scan()
	if tok == sc.String || tok == sc.RawString {
		v, err := strconv.Unquote(s.TokenText())
		if err != nil {
			s.Error(s, fmt.Sprintf("unable to parse string: %v", err))
			return
		}
		*out = v
		return
	}
	delim := func(r rune) bool {
		return r == ',' || r == ';' || r == '}' || r == sc.EOF || (inMap && r == ':')
	}
	start := s.Position.Offset
	for r := peek(s); !delim(r); r = peek(s) {
		s.Scan()
	}
	end := s.Position.Offset + len(s.TokenText())
	*out = raw[start:end]
}

// parseValue reads one value of type t into out (string, int, float64,
// bool, []any, map[string]any).
func parseValue(s *sc.Scanner, raw string, t argType, out *any, inSlice bool) {
	switch t.kind {
	case argNumber:
		neg := false
		if s.Peek() == '-' {
			neg = true
			s.Scan()
		}
		tok := s.Scan()
		if tok != sc.Float && tok != sc.Int {
			s.Error(s, fmt.Sprintf("expected integer or float, got %q", s.TokenText()))
			return
		}
		text := s.TokenText()
		if neg {
			text = "-" + text
		}
		v, err := strconv.ParseFloat(text, 64)
		if err != nil {
			s.Error(s, fmt.Sprintf("unable to parse number: %v", err))
			return
		}
		*out = v
	case argInt:
		neg := false
		if s.Peek() == '-' {
			neg = true
			s.Scan()
		}
		if !expect(s, sc.Int, "integer") {
			return
		}
		text := s.TokenText()
		if neg {
			text = "-" + text
		}
		v, err := strconv.Atoi(text)
		if err != nil {
			s.Error(s, fmt.Sprintf("unable to parse integer: %v", err))
			return
		}
		*out = v
	case argString:
		parseString(s, raw, out, false)
	case argBool:
		if !expect(s, sc.Ident, "true or false") {
			return
		}
		switch s.TokenText() {
		case "true":
			*out = true
		case "false":
			*out = false
		default:
			s.Error(s, fmt.Sprintf("expected true or false, got %q", s.TokenText()))
		}
	case argAny:
		g := guess(s, raw, !inSlice)
		if g.kind == argInvalid {
			s.Error(s, "cannot parse invalid type")
			return
		}
		parseValue(s, raw, g, out, false)
	case argSlice:
		parseSlice(s, raw, t, out)
	case argMap:
		parseMap(s, raw, t, out)
	default:
		s.Error(s, "cannot parse invalid type")
	}
}

func parseSlice(s *sc.Scanner, raw string, t argType, out *any) {
	res := []any{}
	if peek(s) == '{' {
		s.Scan()
		for r := peek(s); r != '}' && r != sc.EOF; r = peek(s) {
			var v any
			parseValue(s, raw, *t.item, &v, true)
			res = append(res, v)
			if peek(s) == '}' {
				break
			}
			if !expect(s, ',', "comma") {
				return
			}
		}
		if !expect(s, '}', "close curly brace") {
			return
		}
		*out = res
		return
	}
	for r := peek(s); r != ',' && r != '}' && r != sc.EOF; r = peek(s) {
		var v any
		parseValue(s, raw, *t.item, &v, true)
		res = append(res, v)
		tok := peek(s)
		if tok == ',' || tok == '}' || tok == sc.EOF {
			break
		}
		s.Scan()
		if tok != ';' {
			s.Error(s, fmt.Sprintf("expected comma, got %q", s.TokenText()))
			return
		}
	}
	*out = res
}

func parseMap(s *sc.Scanner, raw string, t argType, out *any) {
	res := map[string]any{}
	if !expect(s, '{', "open curly brace") {
		return
	}
	for r := peek(s); r != '}' && r != sc.EOF; r = peek(s) {
		var k any
		parseString(s, raw, &k, true)
		if !expect(s, ':', "colon") {
			return
		}
		var v any
		parseValue(s, raw, *t.item, &v, false)
		ks, _ := k.(string)
		res[ks] = v
		if peek(s) == '}' {
			break
		}
		if !expect(s, ',', "comma") {
			return
		}
	}
	if !expect(s, '}', "close curly brace") {
		return
	}
	*out = res
}

// splitMarker splits "+a:b:c=rest" into the name without its last
// segment ("a:b"), the whole name ("a:b:c") and the rest.
func splitMarker(raw string) (name, anon, rest string) {
	raw = strings.TrimPrefix(raw, "+")
	n, r, ok := strings.Cut(raw, "=")
	if !ok {
		return n, n, ""
	}
	name = n
	if i := strings.LastIndex(n, ":"); i >= 0 {
		name = n[:i]
	}
	return name, n, r
}
