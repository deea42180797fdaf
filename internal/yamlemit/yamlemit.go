// Package yamlemit writes the bytes go.yaml.in/yaml/v2's Marshal writes
// (the emitter under sigs.k8s.io/yaml, so under controller-gen's CRDs) for
// the values encoding/json decodes into: map[string]any, []any, string,
// json.Number, float64, bool and nil.
//
// yaml.v2 queues every event of a document before it is done and copies
// each one several times; on CRDs of megabytes that was most of the crd
// generator's time. This writer walks the value once and appends to one
// buffer, keeping every one of yaml.v2's choices: keys in its natural
// order, plain, single-quoted, double-quoted or literal scalars by the same
// tests, folding past column 80, indentation and escapes. The state it
// carries (column, indent, whether the last thing written was whitespace
// or indentation) mirrors the emitter's, so that folding and breaks fall
// where yaml.v2's do. TestMarshalLikeYAMLv2 and FuzzMarshal compare the two.
//
// What yaml.v2 writes through paths this package does not take (invalid
// UTF-8 as !!binary, keys that are not simple, numbers out of float64's
// range) is ErrUnsupported: the caller marshals with yaml.v2 instead.
package yamlemit

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ErrUnsupported says the value holds something only yaml.v2's full
// emitter writes; marshal it with yaml.v2.
var ErrUnsupported = errors.New("yamlemit: value needs yaml.v2's full emitter")

// bestWidth and bestIndent are yaml.v2's defaults.
const (
	bestWidth  = 80
	bestIndent = 2
)

// Marshal returns what yaml.v2's Marshal returns for v, or ErrUnsupported.
func Marshal(v any) ([]byte, error) {
	return Append(nil, v)
}

// Append appends what yaml.v2's Marshal returns for v to dst (whose spare
// capacity saves the copies of a growing buffer), or returns
// ErrUnsupported.
func Append(dst []byte, v any) ([]byte, error) {
	e := &emitter{out: dst, indent: -1, whitespace: true, indention: true}
	if err := e.node(v, false); err != nil {
		return nil, err
	}
	e.writeIndent() // the document's end
	return e.out, nil
}

// emitter is the part of yaml.v2's emitter state that decides bytes.
type emitter struct {
	out    []byte
	column int // in characters, as yaml.v2 counts
	indent int // -1 before the root node
	// whitespace: the last thing written was whitespace (no separating
	// space needed); indention: the line holds only indentation so far.
	whitespace, indention bool
}

// node writes one value. mapValue says it is a block mapping's value
// (a sequence there is not indented further).
func (e *emitter) node(v any, mapValue bool) error {
	switch v := v.(type) {
	case map[string]any:
		return e.mapping(v)
	case []any:
		return e.sequence(v, mapValue)
	case string:
		return e.str(v)
	case json.Number:
		if i, err := v.Int64(); err == nil {
			e.scalar(strconv.FormatInt(i, 10), plainStyle, false)
			return nil
		}
		f, err := v.Float64()
		if err != nil {
			return ErrUnsupported
		}
		e.scalar(formatFloat(f), plainStyle, false)
	case float64:
		e.scalar(formatFloat(v), plainStyle, false)
	case int64:
		e.scalar(strconv.FormatInt(v, 10), plainStyle, false)
	case int:
		e.scalar(strconv.Itoa(v), plainStyle, false)
	case bool:
		e.scalar(strconv.FormatBool(v), plainStyle, false)
	case nil:
		e.scalar("null", plainStyle, false)
	default:
		return fmt.Errorf("%w: %T", ErrUnsupported, v)
	}
	return nil
}

func formatFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return ".inf"
	case math.IsInf(f, -1):
		return "-.inf"
	case math.IsNaN(f):
		return ".nan"
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// mapping writes a block mapping, or {} when empty.
func (e *emitter) mapping(m map[string]any) error {
	if len(m) == 0 {
		e.writeIndicator("{", true, true, false)
		e.writeIndicator("}", false, false, false)
		return nil
	}
	keys := sortedKeys(m)
	saved := e.indent
	if e.indent < 0 {
		e.indent = 0
	} else {
		e.indent += bestIndent
	}
	for _, k := range keys {
		if !utf8.ValidString(k) {
			return ErrUnsupported
		}
		e.writeIndent()
		facts := analyze(k)
		if facts.multiline || len(k) > 128 {
			return ErrUnsupported // a "? " complex key
		}
		e.scalarWith(k, requestedStyle(k), true, facts)
		e.writeIndicator(":", false, false, false)
		if err := e.node(m[k], true); err != nil {
			return err
		}
	}
	e.indent = saved
	return nil
}

// sequence writes a block sequence, or [] when empty.
func (e *emitter) sequence(s []any, mapValue bool) error {
	if len(s) == 0 {
		e.writeIndicator("[", true, true, false)
		e.writeIndicator("]", false, false, false)
		return nil
	}
	saved := e.indent
	indentless := mapValue && !e.indention
	switch {
	case e.indent < 0:
		e.indent = 0
	case !indentless:
		e.indent += bestIndent
	}
	for _, item := range s {
		e.writeIndent()
		e.writeIndicator("-", true, false, true)
		if err := e.node(item, false); err != nil {
			return err
		}
	}
	e.indent = saved
	return nil
}

// str writes a string scalar in the style yaml.v2's encoder asks for.
func (e *emitter) str(s string) error {
	if !utf8.ValidString(s) {
		return ErrUnsupported // yaml.v2 writes it as !!binary
	}
	e.scalar(s, requestedStyle(s), false)
	return nil
}

type style int

const (
	plainStyle style = iota
	singleQuotedStyle
	doubleQuotedStyle
	literalStyle
)

// requestedStyle is the style yaml.v2's encoder asks the emitter for: a
// literal block for text with a newline, plain unless that would read
// back as something else than this string, else double quotes.
func requestedStyle(s string) style {
	switch {
	case strings.Contains(s, "\n"):
		return literalStyle
	case readsAsString(s) && !isBase60Float(s):
		return plainStyle
	}
	return doubleQuotedStyle
}

// scalar writes a scalar, in the style the emitter settles on.
func (e *emitter) scalar(v string, want style, simpleKey bool) {
	e.scalarWith(v, want, simpleKey, analyze(v))
}

func (e *emitter) scalarWith(v string, want style, simpleKey bool, f facts) {
	s := want
	if simpleKey && f.multiline {
		s = doubleQuotedStyle
	}
	if s == plainStyle && (!f.blockPlain || v == "" && simpleKey) {
		s = singleQuotedStyle
	}
	if s == singleQuotedStyle && !f.singleQuoted {
		s = doubleQuotedStyle
	}
	if s == literalStyle && (!f.block || simpleKey) {
		s = doubleQuotedStyle
	}
	saved := e.indent
	if e.indent < 0 {
		e.indent = bestIndent
	} else {
		e.indent += bestIndent
	}
	switch s {
	case plainStyle:
		e.plain(v, !simpleKey)
	case singleQuotedStyle:
		e.singleQuoted(v, !simpleKey)
	case doubleQuotedStyle:
		e.doubleQuoted(v, !simpleKey)
	case literalStyle:
		e.literal(v)
	}
	e.indent = saved
}

func (e *emitter) put(b byte) {
	e.out = append(e.out, b)
	e.column++
}

func (e *emitter) putBreak() {
	e.out = append(e.out, '\n')
	e.column = 0
}

// writeChar copies the character at v[i] and returns the index after it.
func (e *emitter) writeChar(v string, i int) int {
	w := charWidth(v[i])
	e.out = append(e.out, v[i:i+w]...)
	e.column++
	return i + w
}

// writeBreak copies the line break at v[i]: a newline is written as
// one, other breaks as themselves.
func (e *emitter) writeBreak(v string, i int) int {
	if v[i] == '\n' {
		e.putBreak()
		return i + 1
	}
	i = e.writeChar(v, i)
	e.column = 0
	return i
}

// writeIndent starts a new line at the current indent, unless the line
// is still only indentation that reaches no further than it.
func (e *emitter) writeIndent() {
	indent := max(e.indent, 0)
	if !e.indention || e.column > indent || (e.column == indent && !e.whitespace) {
		e.putBreak()
	}
	for e.column < indent {
		e.put(' ')
	}
	e.whitespace = true
	e.indention = true
}

func (e *emitter) writeIndicator(indicator string, needWhitespace, isWhitespace, isIndention bool) {
	if needWhitespace && !e.whitespace {
		e.put(' ')
	}
	for i := 0; i < len(indicator); {
		i = e.writeChar(indicator, i)
	}
	e.whitespace = isWhitespace
	e.indention = e.indention && isIndention
}

// plain writes v unquoted, folding at a single space past the width.
func (e *emitter) plain(v string, allowBreaks bool) {
	if !e.whitespace {
		e.put(' ')
	}
	e.foldedText(v, allowBreaks, false)
	e.whitespace = false
	e.indention = false
}

// singleQuoted writes 'v', doubling quotes, folding as plain does but
// never at the first or last character.
func (e *emitter) singleQuoted(v string, allowBreaks bool) {
	e.writeIndicator("'", true, false, false)
	e.foldedText(v, allowBreaks, true)
	e.writeIndicator("'", false, false, false)
	e.whitespace = false
	e.indention = false
}

// foldedText writes the characters of a plain or single-quoted scalar: a
// single space past the width becomes a new line (in quotes, never at
// either end), a newline is written twice (a single one would read back
// as a space), quotes are doubled in quotes.
func (e *emitter) foldedText(v string, allowBreaks, quoted bool) {
	spaces, breaks := false, false
	for i := 0; i < len(v); {
		switch {
		case v[i] == ' ':
			fold := allowBreaks && !spaces && e.column > bestWidth && !isSpaceAt(v, i+1)
			if quoted {
				fold = fold && i > 0 && i < len(v)-1
			}
			if fold {
				e.writeIndent()
			} else {
				e.put(' ')
			}
			i++
			spaces = true
		case isBreak(v, i):
			if !breaks && v[i] == '\n' {
				e.putBreak()
			}
			i = e.writeBreak(v, i)
			e.indention = true
			breaks = true
		default:
			if breaks {
				e.writeIndent()
			}
			if quoted && v[i] == '\'' {
				e.put('\'')
			}
			i = e.writeChar(v, i)
			e.indention = false
			spaces, breaks = false, false
		}
	}
}

// doubleQuoted writes "v" with escapes, folding at a space past the
// width (a following space kept by a backslash).
func (e *emitter) doubleQuoted(v string, allowBreaks bool) {
	e.writeIndicator(`"`, true, false, false)
	// yaml.v2 tests for a byte order mark at the start of the whole value
	// at every character: with one there, it escapes everything.
	bom := strings.HasPrefix(v, "\uFEFF")
	spaces := false
	for i := 0; i < len(v); {
		switch {
		case bom || !isPrintable(v, i) || isBreak(v, i) || v[i] == '"' || v[i] == '\\':
			r, w := utf8.DecodeRuneInString(v[i:])
			i += w
			e.escape(r)
			spaces = false
		case v[i] == ' ':
			if allowBreaks && !spaces && e.column > bestWidth && i > 0 && i < len(v)-1 {
				e.writeIndent()
				if v[i+1] == ' ' {
					e.put('\\')
				}
			} else {
				e.put(' ')
			}
			i++
			spaces = true
		default:
			i = e.writeChar(v, i)
			spaces = false
		}
	}
	e.writeIndicator(`"`, false, false, false)
	e.whitespace = false
	e.indention = false
}

// shortEscapes are the characters yaml.v2 escapes by a letter.
var shortEscapes = map[rune]byte{
	0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0A: 'n', 0x0B: 'v', 0x0C: 'f',
	0x0D: 'r', 0x1B: 'e', '"': '"', '\\': '\\', 0x85: 'N', 0xA0: '_',
	0x2028: 'L', 0x2029: 'P',
}

func (e *emitter) escape(r rune) {
	e.put('\\')
	if c, ok := shortEscapes[r]; ok {
		e.put(c)
		return
	}
	digits := 8
	switch {
	case r <= 0xFF:
		e.put('x')
		digits = 2
	case r <= 0xFFFF:
		e.put('u')
		digits = 4
	default:
		e.put('U')
	}
	for k := (digits - 1) * 4; k >= 0; k -= 4 {
		e.put("0123456789ABCDEF"[(r>>uint(k))&0xF])
	}
}

// literal writes v as a | block, with the indentation and chomping
// indicators it needs.
func (e *emitter) literal(v string) {
	e.writeIndicator("|", true, false, false)
	if v[0] == ' ' || isBreak(v, 0) {
		e.writeIndicator(strconv.Itoa(bestIndent), false, false, false)
	}
	last := lastCharStart(v, len(v))
	switch {
	case !isBreak(v, last):
		e.writeIndicator("-", false, false, false) // strip the missing final break
	case last == 0 || isBreak(v, lastCharStart(v, last)):
		e.writeIndicator("+", false, false, false) // keep the trailing breaks
	}
	e.putBreak()
	e.indention, e.whitespace = true, true
	breaks := true
	for i := 0; i < len(v); {
		if isBreak(v, i) {
			i = e.writeBreak(v, i)
			e.indention = true
			breaks = true
			continue
		}
		if breaks {
			e.writeIndent()
		}
		i = e.writeChar(v, i)
		e.indention = false
		breaks = false
	}
}

// lastCharStart is where the character ending at v[end-1] starts.
func lastCharStart(v string, end int) int {
	i := end - 1
	for i > 0 && v[i]&0xC0 == 0x80 {
		i--
	}
	return i
}

// charWidth is the length of the UTF-8 sequence that b starts (1 for a
// byte that starts none, where yaml.v2 would stop: the value is valid UTF-8).
func charWidth(b byte) int {
	switch {
	case b&0xE0 == 0xC0:
		return 2
	case b&0xF0 == 0xE0:
		return 3
	case b&0xF8 == 0xF0:
		return 4
	}
	return 1
}

func at(v string, i int) byte {
	if i < len(v) {
		return v[i]
	}
	return 0
}

func isSpaceAt(v string, i int) bool { return at(v, i) == ' ' }

// isBreak: CR, LF, NEL, LS or PS at v[i].
func isBreak(v string, i int) bool {
	switch v[i] {
	case '\r', '\n':
		return true
	case 0xC2:
		return at(v, i+1) == 0x85
	case 0xE2:
		return at(v, i+1) == 0x80 && (at(v, i+2) == 0xA8 || at(v, i+2) == 0xA9)
	}
	return false
}

// isBlankOrEnd: a space, tab, line break or NUL at v[i].
func isBlankOrEnd(v string, i int) bool {
	return v[i] == ' ' || v[i] == '\t' || v[i] == 0 || isBreak(v, i)
}

// isPrintable is yaml.v2's test of whether the character at v[i] may be
// written as it is: LF, printable ASCII, and most of the BMP above
// U+00A0 but no BOM or noncharacter (characters beyond the BMP are not).
func isPrintable(v string, i int) bool {
	b, n1, n2 := v[i], at(v, i+1), at(v, i+2)
	switch {
	case b == 0x0A, b >= 0x20 && b <= 0x7E:
		return true
	case b == 0xC2:
		return n1 >= 0xA0
	case b > 0xC2 && b < 0xED, b == 0xEE:
		return true
	case b == 0xED:
		return n1 < 0xA0
	case b == 0xEF:
		return !(n1 == 0xBB && n2 == 0xBF) && !(n1 == 0xBF && (n2 == 0xBE || n2 == 0xBF))
	}
	return false
}

// facts are what yaml.v2's analysis of a scalar decides styles by (in
// block context: flow collections here are only ever empty).
type facts struct {
	multiline    bool
	blockPlain   bool // may be written plain
	singleQuoted bool // may be single-quoted
	block        bool // may be a literal block
}

func analyze(v string) facts {
	if v == "" {
		return facts{blockPlain: true, singleQuoted: true}
	}
	indicators := strings.HasPrefix(v, "---") || strings.HasPrefix(v, "...")
	var lineBreaks, special, leadingSpace, leadingBreak, trailingSpace, trailingBreak, breakSpace, spaceBreak bool
	precededByBlank, previousSpace, previousBreak := true, false, false
	for i, w := 0, 0; i < len(v); i += w {
		w = charWidth(v[i])
		next := at(v, i+w)
		followedByBlank := i+w >= len(v) || next == ' ' || next == '\t'
		switch c := v[i]; {
		case i == 0 && strings.IndexByte("#,[]{}&*!|>'\"%@`", c) >= 0:
			indicators = true
		case i == 0 && (c == '?' || c == '-'), c == ':':
			indicators = indicators || followedByBlank
		case i > 0 && c == '#':
			indicators = indicators || precededByBlank
		}
		if !isPrintable(v, i) {
			special = true
		}
		switch {
		case v[i] == ' ':
			leadingSpace = leadingSpace || i == 0
			trailingSpace = trailingSpace || i+w == len(v)
			breakSpace = breakSpace || previousBreak
			previousSpace, previousBreak = true, false
		case isBreak(v, i):
			lineBreaks = true
			leadingBreak = leadingBreak || i == 0
			trailingBreak = trailingBreak || i+w == len(v)
			spaceBreak = spaceBreak || previousSpace
			previousSpace, previousBreak = false, true
		default:
			previousSpace, previousBreak = false, false
		}
		precededByBlank = isBlankOrEnd(v, i)
	}
	f := facts{multiline: lineBreaks, blockPlain: true, singleQuoted: true, block: true}
	if leadingSpace || leadingBreak || trailingSpace || trailingBreak || lineBreaks || indicators {
		f.blockPlain = false
	}
	if trailingSpace {
		f.block = false
	}
	if breakSpace {
		f.blockPlain, f.singleQuoted = false, false
	}
	if spaceBreak || special {
		f.blockPlain, f.singleQuoted, f.block = false, false, false
	}
	return f
}

// sortedKeys orders keys as yaml.v2 does: letters compare as runes,
// anything else before a letter, and runs of digits by their value.
func sortedKeys(m map[string]any) []string {
	type key struct {
		s     string
		runes []rune
	}
	keys := make([]key, 0, len(m))
	for k := range m {
		keys = append(keys, key{k, []rune(k)})
	}
	// yaml.v2's order is not transitive everywhere (a10 < a1b2 < a9 <
	// a10): there its output depends on map order, and ours on the order
	// the stable sort starts from, which is fixed here.
	slices.SortFunc(keys, func(a, b key) int { return strings.Compare(a.s, b.s) })
	slices.SortStableFunc(keys, func(a, b key) int {
		switch {
		case keyLess(a.runes, b.runes):
			return -1
		case keyLess(b.runes, a.runes):
			return 1
		}
		return 0
	})
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = k.s
	}
	return out
}
