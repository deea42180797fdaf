package app

import (
	"github.com/spf13/cobra"
	"k8s.io/gengo/v2"

	"github.com/kodegen/kodegen/generators/defaulter"
)

// DefaulterGen returns the defaulter-gen command: upstream's flags, plus
// --verify.
func DefaulterGen() *cobra.Command {
	cfg := defaulter.Config{}
	var rf RunFlags
	cmd := &cobra.Command{
		Use:   "defaulter-gen [flags] PACKAGE...",
		Short: "Generate SetObjectDefaults_ functions and RegisterDefaults for API packages",
		Long: `defaulter-gen writes, into every package that has +k8s:defaulter-gen=<FieldName> in its doc.go,
a file with a SetObjectDefaults_<Type> function per type having that field (or marked
+k8s:defaulter-gen=true), which calls every hand-written SetDefaults_<Type> below it and
applies every +default=<JSON> marker, and RegisterDefaults(scheme) registering them all.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg.Inputs = args
			if err := cfg.Validate(); err != nil {
				return err
			}
			return Run(cmd.OutOrStdout(), rf, defaulter.New(cfg))
		},
	}
	Silence(cmd)
	fs := cmd.Flags()
	fs.StringVar(&cfg.OutputFile, "output-file", "generated.defaults.go",
		"the name of the file to be generated")
	fs.StringSliceVar(&cfg.ExtraPeerDirs, "extra-peer-dirs", nil,
		"Comma-separated list of import paths which are considered, after tag-specified peers, for conversions.")
	addHeaderFileFlag(fs, &cfg.HeaderFile)
	addBuildTagFlag(fs, &cfg.BuildTag, gengo.StdBuildTag)
	addLintRulesFlag(fs, &cfg.LintRules)
	AddRunFlags(fs, &rf)
	AddKlogFlags(fs)
	return cmd
}
