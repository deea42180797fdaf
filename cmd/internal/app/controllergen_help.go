package app

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/kodegen/kodegen/generators/crd"
	"github.com/kodegen/kodegen/internal/markers"
)

// controller-gen -w: the markers of the generators named, grouped by
// controller-gen's help categories, in its layout (-w a table, -ww each
// marker with its arguments, -www each argument on its own lines, -wwww
// JSON). The crd markers come from generators/crd's parse table, the
// object markers from internal/markers' declarations.

// Help levels, as controller-gen counts -w.
const (
	cgSummary = 1 + iota
	cgDetailed
	cgFull
	cgJSON
)

// cgMarkerHelp is one marker at one place, as -w prints it.
type cgMarkerHelp struct {
	Name       string       `json:"name"`
	Target     string       `json:"target"`
	Summary    string       `json:"summary"`
	Category   string       `json:"category"`
	Deprecated string       `json:"deprecatedInFavorOf,omitempty"`
	Fields     []cgFieldDoc `json:"fields,omitempty"`
}

type cgFieldDoc struct {
	Name     string `json:"name"`
	Type     string `json:"type"`
	Optional bool   `json:"optional"`
	Summary  string `json:"summary"`
}

type cgCategory struct {
	Category string         `json:"category"`
	Markers  []cgMarkerHelp `json:"markers"`
}

// anonymous reports whether the marker takes one unnamed value.
func (m cgMarkerHelp) anonymous() bool { return len(m.Fields) == 1 && m.Fields[0].Name == "" }

// syntax is the marker with its arguments: +name=<int>, +name:a=<string>[,b=<int>].
func (m cgMarkerHelp) syntax() string {
	var b strings.Builder
	b.WriteString("+" + m.Name)
	sep := ":"
	if m.anonymous() {
		sep = ""
	}
	for _, f := range m.Fields {
		b.WriteString(f.syntax(sep))
		sep = ","
	}
	return b.String()
}

func (f cgFieldDoc) syntax(sep string) string {
	s := sep + f.Name + "=<" + f.Type + ">"
	if f.Optional {
		return "[" + s + "]"
	}
	return s
}

func (m cgMarkerHelp) summary() string {
	if m.Deprecated != "" {
		return "(use " + m.Deprecated + ") " + m.Summary
	}
	return m.Summary
}

// cgMarkerCategories are the help categories of the generators named
// (crd, object; both when none is), sorted as controller-gen sorts them:
// categories by name, markers by name descending, then package, type,
// field.
func cgMarkerCategories(gens []string) []cgCategory {
	want := func(g string) bool { return len(gens) == 0 || slices.Contains(gens, g) }
	var all []cgMarkerHelp
	if want("crd") {
		for _, d := range crd.MarkerHelp() {
			m := cgMarkerHelp{Name: d.Name, Target: d.Target, Summary: d.Help, Category: d.Category, Deprecated: d.Instead}
			if d.Value != "" {
				opt := strings.HasPrefix(d.Syntax(), "[")
				m.Fields = []cgFieldDoc{{Type: d.Value, Optional: opt}}
			}
			for _, a := range d.Args {
				m.Fields = append(m.Fields, cgFieldDoc{Name: a.Name, Type: a.Type, Optional: a.Optional, Summary: a.Help})
			}
			// controller-gen lists the arguments by name.
			slices.SortStableFunc(m.Fields, func(a, b cgFieldDoc) int { return strings.Compare(a.Name, b.Name) })
			all = append(all, m)
		}
	}
	if want("object") {
		all = append(all, objectMarkerHelp()...)
	}
	order := map[string]int{"package": 0, "type": 1, "field": 2}
	slices.SortStableFunc(all, func(a, b cgMarkerHelp) int {
		return cmp.Or(strings.Compare(a.Category, b.Category), strings.Compare(b.Name, a.Name), order[a.Target]-order[b.Target])
	})
	var out []cgCategory
	for _, m := range all {
		if len(out) == 0 || out[len(out)-1].Category != m.Category {
			out = append(out, cgCategory{Category: m.Category})
		}
		out[len(out)-1].Markers = append(out[len(out)-1].Markers, m)
	}
	return out
}

// objectMarkerHelp: the markers generators/object reads, as declared in
// internal/markers.
func objectMarkerHelp() []cgMarkerHelp {
	var out []cgMarkerHelp
	for _, m := range []struct {
		def        markers.Def
		typ        string
		deprecated string
		summary    map[markers.Scope]string
	}{
		{markers.ObjectRoot, "bool", "", map[markers.Scope]string{markers.Type: "the type is a runtime.Object: it also gets DeepCopyObject"}},
		{markers.ObjectGenerate, "bool", "", map[markers.Scope]string{
			markers.Package: "generates deepcopy for every type of the package (or none)",
			markers.Type:    "generates deepcopy for this type, or not, whatever its package says"}},
		{markers.DeepcopyInterfaces, "string", markers.ObjectRoot.Name, map[markers.Scope]string{markers.Type: "the type implements these interfaces by deepcopy (runtime.Object: DeepCopyObject)"}},
		{markers.DeepcopyGen, "raw", markers.ObjectGenerate.Name, map[markers.Scope]string{
			markers.Package: "generates deepcopy for every type of the package (=package), or none (=false)",
			markers.Type:    "generates deepcopy for this type (=true), or not (=false)"}},
	} {
		for _, s := range []markers.Scope{markers.Package, markers.Type} {
			if m.def.Scopes&s == 0 {
				continue
			}
			out = append(out, cgMarkerHelp{Name: m.def.Name, Target: s.String(), Summary: m.summary[s], Category: "object",
				Deprecated: m.deprecated, Fields: []cgFieldDoc{{Type: m.typ}}})
		}
	}
	return out
}

// cgMarkerDocs prints the markers at level (1 to 4 -w): the tables and
// lists to errOut, the JSON to out, as controller-gen does.
func cgMarkerDocs(out, errOut io.Writer, level int, gens []string) error {
	for _, g := range gens {
		if g != "crd" && g != "object" {
			fmt.Fprintf(errOut, "controller-gen: the %s generator is not supported yet by kodegen's controller-gen: its markers are not listed\n", g)
		}
	}
	cats := cgMarkerCategories(gens)
	if level >= cgJSON {
		return json.NewEncoder(out).Encode(cats)
	}
	var b strings.Builder
	for _, c := range cats {
		if level == cgSummary {
			b.WriteString("\n" + c.Category + "\n\n")
			var rows [][]string
			for _, m := range c.Markers {
				rows = append(rows, []string{m.syntax(), m.Target, m.summary()})
			}
			writeCGTable(&b, "", rows)
			b.WriteString("\n")
			continue
		}
		b.WriteString("\n" + c.Category + "\n\n")
		for _, m := range c.Markers {
			b.WriteString("\n+" + m.Name + " " + m.Target)
			switch {
			case m.anonymous():
				b.WriteString("\n\t" + m.Fields[0].syntax("") + "  " + m.summary() + "\n")
			case len(m.Fields) == 0:
				b.WriteString("\n\t" + m.summary() + "\n")
			case level == cgFull:
				b.WriteString("\n\t" + m.summary() + "\n")
				for _, f := range m.Fields {
					b.WriteString("\n\t" + f.syntax("") + "\n\t\t" + f.Summary)
				}
				b.WriteString("\n")
			default:
				b.WriteString("\n\t" + m.summary() + "\n")
				var rows [][]string
				for _, f := range m.Fields {
					rows = append(rows, []string{f.syntax(""), f.Summary})
				}
				writeCGTable(&b, "\t", rows)
			}
		}
	}
	_, err := io.WriteString(errOut, b.String())
	return err
}

// writeCGTable writes rows with every cell padded to its column's width
// plus two spaces, as controller-gen's help tables are.
func writeCGTable(b *strings.Builder, indent string, rows [][]string) {
	var widths []int
	for _, r := range rows {
		for i, c := range r {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], len(c))
		}
	}
	for _, r := range rows {
		b.WriteString(indent)
		for i, c := range r {
			fmt.Fprintf(b, "%-*s", widths[i]+2, c)
		}
		b.WriteString("\n")
	}
}

// cgNamedGenerators are the generators named among controller-gen's
// options (crd, crd:maxDescLen=0, object:headerFile=…).
func cgNamedGenerators(args []string) []string {
	var out []string
	for _, a := range args {
		name, _, _ := strings.Cut(strings.TrimPrefix(a, "+"), "=")
		name, _, _ = strings.Cut(name, ":")
		if slices.Contains(cgGenerators, name) && !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	return out
}
