package app

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/kodegen/kodegen/generators/crd"

	"github.com/kodegen/kodegen/internal/markers"
)

func markersCommand() *cobra.Command {
	var asJSON, check bool
	var generator string
	var gens []string
	cmd := &cobra.Command{
		Use:   "markers [flags]",
		Short: "List every comment marker the generators read",
		Long: `markers prints the catalogue of comment markers (+k8s:deepcopy-gen=package,
+genclient, +groupName=, …): which generator reads each, where it goes
(package, type, field, function), the values it takes and an example. It is
printed from the same declarations the generators read (internal/markers;
controller-gen crd's markers from generators/crd's table, with their typed
arguments and what each does: --generator crd lists them).

With --check PACKAGE..., it instead reports (exit 2) every misspelt marker
that the --generators read in the packages' Go files, as kodegen gen does
before it picks packages: the scripts run it, since a package whose only
marker is misspelt is otherwise skipped in silence.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if check {
				if len(args) == 0 {
					return errors.New("--check needs the packages to check, e.g. ./pkg/apis/...")
				}
				o := genOptions{generators: gens}
				if err := o.checkGenerators(); err != nil {
					return err
				}
				modRoot, _, err := currentModule()
				if err != nil {
					fmt.Fprintf(cmd.ErrOrStderr(), "kodegen markers --check: not checked: %v\n", firstLine(err))
					return nil
				}
				pkgs, err := findPackages(args)
				if err != nil {
					// Not a check's business (the scripts run it before the
					// generators, which then say what is wrong).
					fmt.Fprintf(cmd.ErrOrStderr(), "kodegen markers --check: not checked: %v\n", firstLine(err))
					return nil
				}
				return o.misspelt(pkgs, modRoot)
			}
			if len(args) > 0 {
				return fmt.Errorf("markers takes no arguments without --check (got %s)", strings.Join(args, " "))
			}
			rows := markerRows(generator)
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(rows)
			}
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "MARKER\tGENERATOR\tWHERE\tVALUES\tEXAMPLE / HELP")
			for _, r := range rows {
				last := r.Example
				if r.Syntax != "" || r.Generator == crdGenerator {
					// VALUES has the syntax already: say what it does.
					last = r.Doc
				}
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", r.Marker, r.Generator, strings.Join(r.Where, ", "), r.valuesColumn(), last)
			}
			return w.Flush()
		},
	}
	Silence(cmd)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON, for tools")
	cmd.Flags().StringVar(&generator, "generator", "", "only the markers of this generator (e.g. client-gen)")
	cmd.Flags().BoolVar(&check, "check", false, "report the misspelt markers of the given packages instead of listing the catalogue")
	cmd.Flags().StringSliceVar(&gens, "generators", allGenerators, "with --check: the generators whose markers count, of "+strings.Join(allGenerators, ","))
	return cmd
}

// markerJSON is the stable JSON shape of one marker.
type markerJSON struct {
	Marker     string   `json:"marker"`
	Generator  string   `json:"generator"`
	ReadBy     []string `json:"readBy,omitempty"`
	Parser     string   `json:"parser"`
	Where      []string `json:"where"`
	Values     []string `json:"values,omitempty"`
	ValueKind  string   `json:"valueKind,omitempty"`
	Repeatable bool     `json:"repeatable,omitempty"`
	// Syntax and Args: controller-gen's markers, whose grammar has typed
	// (named) arguments: "=<int>", ":name=<string>[,priority=<int>]".
	Syntax string        `json:"syntax,omitempty"`
	Args   []markerArgJS `json:"args,omitempty"`
	// Group is controller-gen's help group (CRD, CRD validation, …).
	Group   string `json:"group,omitempty"`
	Doc     string `json:"doc"`
	Example string `json:"example"`
}

type markerArgJS struct {
	Name     string `json:"name"`
	Type     string `json:"type"`
	Optional bool   `json:"optional,omitempty"`
	Doc      string `json:"doc"`
}

// crdGenerator is what `kodegen markers` names controller-gen's crd
// generator; --generator crd or controller-gen selects its markers.
const crdGenerator = "controller-gen crd"

// markerRows are the markers `kodegen markers` lists, of generator (all
// when ""): the catalogue of internal/markers, and the markers of
// controller-gen's crd generator from the table generators/crd parses
// with (crd.MarkerHelp), one row per name with the places it goes.
// Sorted by marker, then generator.
func markerRows(generator string) []markerJSON {
	var rows []markerJSON
	for _, d := range markers.Catalogue() {
		if generator == "" || d.ReadByTool(generator) || d.ReadByTool(generator+"-gen") {
			rows = append(rows, markerJSON{
				Marker: d.Marker(), Generator: d.Generator, ReadBy: d.ReadBy, Parser: d.Parser.String(),
				Where: strings.Split(d.Scopes.String(), ", "), Values: d.Allowed, ValueKind: d.Value.Name, Repeatable: d.Repeatable, Doc: d.Doc, Example: d.Example,
			})
		}
	}
	switch generator {
	case "", "crd", "controller-gen", crdGenerator:
		rows = append(rows, crdMarkerRows()...)
	}
	slices.SortStableFunc(rows, func(a, b markerJSON) int {
		return cmp.Or(strings.Compare(a.Marker, b.Marker), strings.Compare(a.Generator, b.Generator))
	})
	return rows
}

// crdMarkerRows joins crd.MarkerHelp's entries (one per name and place)
// into one row per name.
func crdMarkerRows() []markerJSON {
	var rows []markerJSON
	byName := map[string]int{}
	var helps [][]crd.MarkerDoc
	for _, d := range crd.MarkerHelp() {
		i, ok := byName[d.Name]
		if !ok {
			i = len(rows)
			byName[d.Name] = i
			var args []markerArgJS
			for _, a := range d.Args {
				args = append(args, markerArgJS{Name: a.Name, Type: a.Type, Optional: a.Optional, Doc: a.Help})
			}
			rows = append(rows, markerJSON{Marker: "+" + d.Name, Generator: crdGenerator, Parser: "controller-gen",
				Syntax: d.Syntax(), Args: args, Group: d.Category, Example: d.Usage})
			helps = append(helps, nil)
		}
		rows[i].Where = append(rows[i].Where, d.Target)
		helps[i] = append(helps[i], d)
	}
	for i := range rows {
		rows[i].Doc = crdDoc(helps[i])
	}
	return rows
}

// crdDoc is one marker's help: the same at every place, or each place's.
func crdDoc(docs []crd.MarkerDoc) string {
	one := func(d crd.MarkerDoc) string {
		if d.Instead != "" {
			return d.Help + " (write +" + d.Instead + ")"
		}
		return d.Help
	}
	var parts []string
	same := true
	for _, d := range docs {
		same = same && one(d) == one(docs[0])
		parts = append(parts, "on a "+d.Target+": "+one(d))
	}
	if same {
		return one(docs[0])
	}
	return strings.Join(parts, "; ")
}

// valuesColumn is what the table's VALUES column shows.
func (r markerJSON) valuesColumn() string {
	switch {
	case r.Parser == "controller-gen" && r.Syntax == "":
		return "no value"
	case r.Parser == "controller-gen":
		return r.Syntax
	case len(r.Values) == 1 && r.Values[0] == "":
		return "no value"
	case len(r.Values) > 0:
		return strings.Join(r.Values, "|")
	case r.ValueKind != "":
		return r.ValueKind
	}
	return "any"
}

// firstLine is the first line of err's text.
func firstLine(err error) string {
	msg, _, _ := strings.Cut(err.Error(), "\n")
	return msg
}
