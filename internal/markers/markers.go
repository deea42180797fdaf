// Package markers declares every comment marker kodegen's generators read
// (name, allowed values, where it may appear) and checks markers against
// those declarations: a bad value is an error naming the symbol and quoting
// the marker; an unknown +k8s: or +genclient marker that looks like a known
// one is a warning that names the closest known one.
//
// The declarations live in one table per generator (deepcopy.go, client.go,
// …) and All joins them; that table is the catalogue `kodegen markers` prints.
package markers

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"k8s.io/gengo/v2"
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
)

func (s Scope) String() string {
	var parts []string
	for _, p := range []struct {
		s    Scope
		name string
	}{{Package, "package"}, {Type, "type"}, {Field, "field"}, {Func, "function"}} {
		if s&p.s != 0 {
			parts = append(parts, p.name)
		}
	}
	return strings.Join(parts, ", ")
}

// Def declares one marker.
type Def struct {
	// Name is the marker without its leading '+', e.g. "k8s:deepcopy-gen".
	Name string
	// Generator is the upstream tool that reads it, e.g. "deepcopy-gen".
	Generator string
	// Scopes says where it may appear.
	Scopes Scope
	// Values lists the allowed values; nil allows any value, which the
	// generator then checks itself.
	Values []string
	// Repeatable markers may be given more than once.
	Repeatable bool
	// Doc says what it does, in one sentence.
	Doc string
	// Example is a complete marker line.
	Example string
}

// Marker is the '+'-prefixed name, as users write it.
func (d Def) Marker() string { return "+" + d.Name }

// Values returns the values of every "+NAME=value" (or bare "+NAME") line in
// lines, in order, with gengo's parsing rules. Bare markers yield "".
func Values(lines []string, name string) []string {
	return gengo.ExtractCommentTags("+", lines)[name]
}

// Get returns the single value of d in lines. where names the symbol
// (pkg.Type.Field) for errors. ok is false when the marker is absent. It is
// an error to repeat a non-repeatable marker with different values, or to
// give a value that is not allowed.
func (d Def) Get(where string, lines []string) (value string, ok bool, err error) {
	vals := Values(lines, d.Name)
	if len(vals) == 0 {
		return "", false, nil
	}
	if err := d.check(where, vals); err != nil {
		return "", true, err
	}
	return vals[0], true, nil
}

// All returns the values of d in lines, checking each against d.Values.
func (d Def) All(where string, lines []string) ([]string, error) {
	vals := Values(lines, d.Name)
	return vals, d.check(where, vals)
}

func (d Def) check(where string, vals []string) error {
	if len(vals) == 0 {
		return nil
	}
	if !d.Repeatable {
		for _, v := range vals[1:] {
			if v != vals[0] {
				return fmt.Errorf("%s: %s given %d times with different values (%q, %q); give it once", where, d.Marker(), len(vals), vals[0], v)
			}
		}
	}
	if d.Values == nil {
		return nil
	}
	for _, v := range vals {
		if !slices.Contains(d.Values, v) {
			return fmt.Errorf("%s: %s=%s: want %s", where, d.Marker(), v, choices(d.Values))
		}
	}
	return nil
}

// choices renders a list of allowed values: "true, false or package".
func choices(vals []string) string {
	if len(vals) == 1 {
		return vals[0]
	}
	return strings.Join(vals[:len(vals)-1], ", ") + " or " + vals[len(vals)-1]
}

// All returns every declared marker, sorted by name.
func All() []Def {
	var all []Def
	for _, defs := range [][]Def{
		deepcopyDefs, clientDefs, listerDefs, informerDefs,
		applyconfigDefs, defaulterDefs, conversionDefs, registerDefs,
	} {
		all = append(all, defs...)
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].Name < all[j].Name })
	return all
}
