package app

import (
	"github.com/spf13/cobra"

	"github.com/kodegen/kodegen/generators/lister"
)

// ListerGen is lister-gen: listers for the +genclient types of API
// packages, with upstream v0.37.2's flags plus --verify.
func ListerGen() *cobra.Command {
	var cfg lister.Config
	var rf RunFlags
	cmd := &cobra.Command{
		Use:   "lister-gen [flags] PACKAGE...",
		Short: "Generate listers for the +genclient types of API packages",
		Long: `lister-gen writes a lister (List, Get, and per-namespace access for namespaced
types) for every +genclient type of the given packages that has the get and
list verbs, below --output-dir in <group>/<version> packages, plus
expansion_generated.go with an empty <Type>ListerExpansion interface for
every type without a hand-written <type>_expansion.go.

A package is left out with +k8s:lister-gen=false in its doc.go.`,
		Example: `  lister-gen --go-header-file hack/boilerplate.go.txt \
    --output-dir pkg/generated/listers --output-pkg example.com/pkg/generated/listers \
    example.com/pkg/apis/shop/v1`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg.Inputs = args
			g, err := lister.New(cfg)
			if err != nil {
				return err
			}
			return Run(cmd.OutOrStdout(), rf, g)
		},
	}
	Silence(cmd)
	fs := cmd.Flags()
	fs.StringVar(&cfg.OutputDir, "output-dir", "", "the base directory under which to generate results")
	fs.StringVar(&cfg.OutputPkg, "output-pkg", "", "the base Go import-path under which to generate results")
	addPluralExceptionsFlag(fs, &cfg.PluralExceptions)
	addHeaderFileFlag(fs, &cfg.HeaderFile)
	addLintRulesFlag(fs, &cfg.LintRules)
	AddRunFlags(fs, &rf)
	AddKlogFlags(fs)
	return cmd
}
