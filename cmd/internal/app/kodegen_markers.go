package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

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
printed from the same declarations (internal/markers) the generators read.

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
			var defs []markers.Def
			for _, d := range markers.Catalogue() {
				if generator == "" || d.ReadByTool(generator) || d.ReadByTool(generator+"-gen") {
					defs = append(defs, d)
				}
			}
			if asJSON {
				return writeMarkersJSON(cmd, defs)
			}
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "MARKER\tGENERATOR\tWHERE\tVALUES\tEXAMPLE")
			for _, d := range defs {
				vals := strings.Join(d.Allowed, "|")
				if len(d.Allowed) == 1 && d.Allowed[0] == "" {
					vals = "no value"
				} else if vals == "" {
					vals = "any"
					if !d.Value.IsZero() {
						vals = d.Value.Name
					}
				}
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", d.Marker(), d.Generator, d.Scopes, vals, d.Example)
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
	Doc        string   `json:"doc"`
	Example    string   `json:"example"`
}

func writeMarkersJSON(cmd *cobra.Command, defs []markers.Def) error {
	out := make([]markerJSON, 0, len(defs))
	for _, d := range defs {
		out = append(out, markerJSON{
			Marker: d.Marker(), Generator: d.Generator, ReadBy: d.ReadBy, Parser: d.Parser.String(),
			Where: strings.Split(d.Scopes.String(), ", "), Values: d.Allowed, ValueKind: d.Value.Name, Repeatable: d.Repeatable, Doc: d.Doc, Example: d.Example,
		})
	}
	enc := json.NewEncoder(cmd.OutOrStdout())
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// firstLine is the first line of err's text.
func firstLine(err error) string {
	msg, _, _ := strings.Cut(err.Error(), "\n")
	return msg
}
