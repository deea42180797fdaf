// Package markers holds every comment marker kodegen's generators read and
// the machinery to read them: a typed definition per marker (Def: name,
// parser, allowed values, where it may appear), reading with positions
// (Source, Error), one lint pass per package (Linter) and did-you-mean.
//
// # Where the definitions live
//
// Every Def is an exported variable of this package, in one file per
// generator (deepcopy.go, client.go, …); Catalogue joins them, and that
// table is the single source of everything else that names a marker:
// `kodegen markers` prints it, the linter knows it, the `kodegen gen`
// discovery scan and genclient's list of keys are derived from it. A
// generator reads a marker only through its Def (Get, All, Has, Tags), so
// it cannot read a marker the catalogue does not declare; a test scans
// generators/ for marker names written as bare strings.
//
// The definitions sit here rather than in generators/<name> because the
// readers are not only generators: internal/naming reads +groupName,
// +groupGoName and +resourceName, and every run, even a single-tool one,
// lints against the whole catalogue (a deepcopy-gen run must not warn
// about +genclient). internal/ may not import generators/, and STYLE.md
// forbids init() registries, so the catalogue is assembled from constant
// declarations in one package. Def.Generator names the tool that owns a
// marker; Def.ReadBy names the others that read it.
//
// # Positions
//
// gengo's types carry comment lines without positions. A Source is the
// comment lines of one symbol (package, type, field or function) together
// with that Symbol. A marker error is an *Error naming the Symbol and the
// marker; the engine resolves its Position from the loader (which keeps
// the parsed files of the input packages) before the error is printed, so
// it reads "path/to/types.go:12: example.com/apis/v1.Widget: +k8s:…: …".
// Resolving costs nothing until an error or warning is printed. Paths are
// relative to the root of the package's module, with '/' separators (a
// file outside any module keeps its absolute path), so messages do not
// depend on where the checkout lives or which folder the command runs in.
package markers

import (
	"github.com/kodegen/kodegen/internal/kversion"

	"fmt"
	"slices"
	"strings"

	"k8s.io/gengo/v2"
	"k8s.io/gengo/v2/codetags"
)

// Scope says where a marker may appear.
type Scope uint8

const (
	// Package markers sit in a package's doc.go (kodegen accepts any file).
	Package Scope = 1 << iota
	// Type markers sit in a type's doc comment.
	Type
	// Field markers sit in a struct field's doc comment.
	Field
	// Func markers sit in a function's doc comment.
	Func
	// Const markers sit in a constant's doc comment (validation-gen's
	// +k8s:enumExclude).
	Const
)

func (s Scope) String() string {
	var parts []string
	for _, p := range []struct {
		s    Scope
		name string
	}{{Package, "package"}, {Type, "type"}, {Field, "field"}, {Func, "function"}, {Const, "constant"}} {
		if s&p.s != 0 {
			parts = append(parts, p.name)
		}
	}
	return strings.Join(parts, ", ")
}

// Parser is the gengo parser upstream reads a marker with; the parsers
// disagree on trailing comments, arguments and quoting, so each marker
// keeps upstream's.
type Parser uint8

const (
	// Legacy is gengo.ExtractCommentTags: "+name=value", the value taken
	// verbatim; "+name=a,b" is one value.
	Legacy Parser = iota
	// FuncStyle is gengo.ExtractFunctionStyleCommentTags: trailing
	// comments dropped, "+name(arg)=value" arguments allowed (and refused
	// by Get).
	FuncStyle
	// CodeTags is codetags.Extract and codetags.Parse with raw values.
	CodeTags
)

func (p Parser) String() string {
	return [...]string{"ExtractCommentTags", "ExtractFunctionStyleCommentTags", "codetags"}[p]
}

// Def declares one marker.
type Def struct {
	// Name is the marker without its leading '+', e.g. "k8s:deepcopy-gen".
	Name string
	// Generator is the upstream tool that owns it, e.g. "deepcopy-gen".
	Generator string
	// ReadBy are the other tools that read it.
	ReadBy []string
	// Scopes says where it may appear.
	Scopes Scope
	// Parser is how upstream parses it.
	Parser Parser
	// Allowed lists the allowed values; nil allows any value of Value.
	Allowed []string
	// Value is what a value must be when Allowed is nil (a group, an
	// import path, …); the zero Kind accepts anything, which the
	// generator then checks itself.
	Value Kind
	// Repeatable markers may be given more than once.
	Repeatable bool
	// Doc says what it does, in one sentence.
	Doc string
	// Example is a complete marker line.
	Example string
	// Since is the code-generator release that brought the marker (zero:
	// every supported target has it); CheckTarget refuses it for older
	// targets.
	Since kversion.Version
}

// CheckTarget is an error when src carries d and the target release
// predates d.Since: that release's generator would ignore the marker.
func (d Def) CheckTarget(src Source, target kversion.Version) error {
	if d.Since.IsZero() || target.IsZero() || target.AtLeast(d.Since) {
		return nil
	}
	vals := d.Values(src)
	if len(vals) == 0 {
		return nil
	}
	return d.Errorf(src.Sym, vals[0], "%s came with %s %s; the target is %s, whose %s ignores it: remove the marker, or target %s or later (--target-version)",
		d.Marker(), d.Generator, d.Since.MinorOnly(), target, d.Generator, d.Since.MinorOnly())
}

// Marker is the '+'-prefixed name, as users write it.
func (d Def) Marker() string { return "+" + d.Name }

// ReadByTool reports whether tool (e.g. "client-gen") reads d.
func (d Def) ReadByTool(tool string) bool {
	return d.Generator == tool || slices.Contains(d.ReadBy, tool)
}

// Tag is one occurrence of a marker.
type Tag struct {
	// Value is what follows '='; "" for a bare marker.
	Value string
	// Args are the function-style arguments, "+name(arg)=value"; only the
	// FuncStyle and CodeTags parsers give them.
	Args []string
}

// Tags returns every occurrence of d in src, in order, parsed with d's
// parser, without checking them.
func (d Def) Tags(src Source) ([]Tag, error) {
	switch d.Parser {
	case FuncStyle:
		tags, err := gengo.ExtractFunctionStyleCommentTags("+", []string{d.Name}, src.Lines)
		if err != nil {
			return nil, d.errorf(src.Sym, "", "%s: %v", d.Marker(), err)
		}
		out := make([]Tag, 0, len(tags[d.Name]))
		for _, t := range tags[d.Name] {
			out = append(out, Tag{Value: t.Value, Args: t.Args})
		}
		return out, nil
	case CodeTags:
		lines := codetags.Extract("+", src.Lines)[d.Name]
		out := make([]Tag, 0, len(lines))
		for _, line := range lines {
			t, err := codetags.Parse(line, codetags.RawValues(true))
			if err != nil {
				return nil, d.errorf(src.Sym, "", "+%s: %v", line, err)
			}
			tag := Tag{Value: t.Value}
			for _, a := range t.Args {
				tag.Args = append(tag.Args, a.Value)
			}
			out = append(out, tag)
		}
		return out, nil
	default:
		vals := gengo.ExtractCommentTags("+", src.Lines)[d.Name]
		out := make([]Tag, 0, len(vals))
		for _, v := range vals {
			out = append(out, Tag{Value: v})
		}
		return out, nil
	}
}

// Has reports whether d appears in src.
func (d Def) Has(src Source) bool {
	if d.Parser == Legacy {
		_, ok := gengo.ExtractCommentTags("+", src.Lines)[d.Name]
		return ok
	}
	tags, err := d.Tags(src)
	return err != nil || len(tags) > 0
}

// values returns the values of d in src; arguments are refused, since no
// kodegen marker read through Get or All takes any.
func (d Def) values(src Source) ([]string, error) {
	tags, err := d.Tags(src)
	if err != nil {
		return nil, err
	}
	vals := make([]string, 0, len(tags))
	for _, t := range tags {
		if t.Args != nil {
			return nil, d.errorf(src.Sym, t.Value, "%s(%s)=%s: takes no arguments; write %s=<value>", d.Marker(), strings.Join(t.Args, ", "), t.Value, d.Marker())
		}
		vals = append(vals, t.Value)
	}
	return vals, nil
}

// Get returns the single value of d in src. ok is false when the marker
// is absent. It is an error to repeat a non-repeatable marker with
// different values, or to give a value that is not allowed.
func (d Def) Get(src Source) (value string, ok bool, err error) {
	vals, err := d.values(src)
	if err != nil {
		return "", true, err
	}
	if len(vals) == 0 {
		return "", false, nil
	}
	if err := d.check(src, vals); err != nil {
		return "", true, err
	}
	return vals[0], true, nil
}

// All returns the values of d in src, checking each against d.Allowed.
func (d Def) All(src Source) ([]string, error) {
	vals, err := d.values(src)
	if err != nil {
		return nil, err
	}
	return vals, d.check(src, vals)
}

// Check checks the values of every occurrence of d in src, as Get and
// All do, for readers that take them with Values or Tags.
func (d Def) Check(src Source) error {
	vals, err := d.values(src)
	if err != nil {
		return err
	}
	return d.check(src, vals)
}

func (d Def) check(src Source, vals []string) error {
	sym := src.Sym
	if len(vals) == 0 {
		return nil
	}
	if !d.Repeatable {
		for _, v := range vals[1:] {
			if v != vals[0] {
				return d.errorf(sym, v, "%s given %d times with different values (%q, %q); give it once", d.Marker(), len(vals), vals[0], v)
			}
		}
	}
	if d.Allowed == nil {
		for _, v := range vals {
			if err := d.checkValue(src, v); err != nil {
				return err
			}
		}
		return nil
	}
	for _, v := range vals {
		if !slices.Contains(d.Allowed, v) {
			msg := fmt.Sprintf("%s=%s: want %s", d.Marker(), Show(v), Choices(d.Allowed))
			if best := closestOf(v, d.Allowed); best != "" {
				msg += fmt.Sprintf(" (did you mean %s=%s?)", d.Marker(), best)
			}
			return d.errorf(sym, v, "%s", msg)
		}
	}
	return nil
}

// checkValue checks one value of d against d.Value, where src is.
func (d Def) checkValue(src Source, v string) error {
	why, fix := d.Value.Check(v, src.Where)
	if why == "" {
		return nil
	}
	msg := fmt.Sprintf("%s=%s: %s", d.Marker(), Show(v), why)
	switch {
	case fix != "" && nearFix(v, fix):
		msg += fmt.Sprintf("; write %s=%s", d.Marker(), fix)
	case d.Value.Example != "":
		msg += fmt.Sprintf("; write e.g. %s=%s", d.Marker(), d.Value.Example)
	}
	return d.errorf(src.Sym, v, "%s", msg)
}

// Errorf returns an error about d's occurrence with value (or its first
// occurrence, for value "") on sym. The message follows "sym: "; it
// should quote the marker and say what to write instead.
func (d Def) Errorf(sym Symbol, value, format string, args ...any) *Error {
	return d.errorf(sym, value, format, args...)
}

func (d Def) errorf(sym Symbol, value, format string, args ...any) *Error {
	return &Error{Sym: sym, Name: d.Name, Value: value, Msg: fmt.Sprintf(format, args...)}
}

// Choices renders a list of allowed values: "true, false or package".
func Choices(vals []string) string {
	if len(vals) == 1 {
		return vals[0]
	}
	return strings.Join(vals[:len(vals)-1], ", ") + " or " + vals[len(vals)-1]
}

// Values returns the values of every occurrence of d in src, unchecked
// (occurrences the parser cannot read are left out).
func (d Def) Values(src Source) []string {
	tags, _ := d.Tags(src)
	vals := make([]string, 0, len(tags))
	for _, t := range tags {
		vals = append(vals, t.Value)
	}
	return vals
}

// First returns the first occurrence of d in src, parsing no further (as
// upstream readers that stop at the first do).
func (d Def) First(src Source) (Tag, bool, error) {
	if d.Parser == CodeTags {
		lines := codetags.Extract("+", src.Lines)[d.Name]
		if len(lines) == 0 {
			return Tag{}, false, nil
		}
		src.Lines = []string{"+" + lines[0]}
	}
	tags, err := d.Tags(src)
	if err != nil || len(tags) == 0 {
		return Tag{}, err != nil, err
	}
	if d.Allowed == nil {
		if err := d.checkValue(src, tags[0].Value); err != nil {
			return tags[0], true, err
		}
	}
	return tags[0], true, nil
}

// nearFix reports whether fix is close enough to v to be what the user
// meant: a case or spacing slip, a trailing comment, a character or two.
func nearFix(v, fix string) bool {
	if i := strings.Index(v, "//"); i > 0 && strings.TrimSpace(v[:i]) == fix {
		return true
	}
	return distance(strings.ToLower(v), strings.ToLower(fix)) <= 2
}
