package crd

import (
	"cmp"
	"slices"
	"strings"
)

// controller-gen's help groups, which `controller-gen -w` prints the
// markers under.
const (
	catCRD           = "CRD"
	catProcessing    = "CRD processing"
	catCRDValidation = "CRD validation"
)

// MarkerDoc describes one marker the crd generator reads, at one place:
// what `kodegen markers` and `controller-gen -w` print. MarkerHelp makes
// them from the table the generator parses with, so they cannot drift.
type MarkerDoc struct {
	// Name is the marker without its '+'.
	Name string
	// Target is where it goes: package, type or field.
	Target string
	// Category is controller-gen's help group: CRD, CRD processing or
	// CRD validation.
	Category string
	// Help is one line: what it does.
	Help string
	// Instead names the marker to write instead of this legacy spelling.
	Instead string
	// Value is the type of its one value ("" when it takes none, or named
	// arguments).
	Value string
	// Args are its named arguments, in the order declared.
	Args []MarkerArg
	// Usage is its whole syntax: +name:arg=<type>[,opt=<type>].
	Usage string
}

// MarkerArg is one named argument of a marker.
type MarkerArg struct {
	Name     string
	Type     string
	Optional bool
	Help     string
}

// Syntax is the marker's syntax after its name ("=<int>",
// ":name=<string>[,priority=<int>]", or "").
func (d MarkerDoc) Syntax() string { return strings.TrimPrefix(d.Usage, "+"+d.Name) }

// MarkerHelp lists every marker the crd generator reads, one entry per
// name and target (but those it reads only to refuse, +k8s:enum on a field), sorted by name then target (package, type, field).
func MarkerHelp() []MarkerDoc {
	var out []MarkerDoc
	for t := range crdRegistry.defs {
		for _, d := range crdRegistry.defs[t] {
			if d.refused {
				continue
			}
			out = append(out, d.doc())
		}
	}
	order := map[string]int{"package": 0, "type": 1, "field": 2}
	slices.SortFunc(out, func(a, b MarkerDoc) int {
		return cmp.Or(strings.Compare(a.Name, b.Name), order[a.Target]-order[b.Target])
	})
	return out
}

// Accepts reports whether the crd generator parses text ("+name..." as
// written in a comment) at where ("package", "type" or "field").
func Accepts(text, where string) bool {
	for _, t := range []target{onPackage, onType, onField} {
		if t.String() == where {
			return crdRegistry.lookup(text, t) != nil
		}
	}
	return false
}

func (d *def) doc() MarkerDoc {
	md := MarkerDoc{Name: d.name, Target: d.target.String(), Category: cmp.Or(d.category, catCRDValidation),
		Help: d.help, Instead: d.instead, Usage: d.usage()}
	switch {
	case d.anon != nil:
		md.Value = typeName(*d.anon)
	case d.custom != nil:
		md.Value = cmp.Or(d.value, "value")
	}
	for _, a := range d.args {
		md.Args = append(md.Args, MarkerArg{Name: a.name, Type: typeName(a.t), Optional: a.t.optional, Help: d.argHelp[a.name]})
	}
	return md
}

// typeName is an argument's type as help prints it (a pointer is an
// optional value, not a type).
func typeName(t argType) string {
	t.pointer = false
	return t.String()
}
