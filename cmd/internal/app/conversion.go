package app

import (
	"github.com/spf13/cobra"
	"k8s.io/gengo/v2"

	"github.com/kodegen/kodegen/generators/conversion"
)

// ConversionGen is conversion-gen: upstream's flags, plus --verify and --strict.
func ConversionGen() *cobra.Command {
	cfg := conversion.Config{}
	var rf RunFlags
	cmd := &cobra.Command{
		Use:   "conversion-gen [flags] PACKAGE...",
		Short: "Generate conversion functions between versioned and internal API types",
		Long: `conversion-gen writes autoConvert_<a>_To_<b> and Convert_<a>_To_<b> functions between the types of
each input package and their namesakes in its peer packages, and RegisterConversions(scheme).

Markers:
  // +k8s:conversion-gen=<peer import path>   in doc.go (repeatable; =false: only explicit conversions)
  // +k8s:conversion-gen-external-types=<import path of the versioned types>
  // +k8s:conversion-gen=false                on a type or field: opt out
  // +k8s:conversion-gen:explicit-from=net/url.Values   on a type
  // +k8s:conversion-fn=copy-only|drop         on a hand-written Convert_ function`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg.Inputs = args
			if err := cfg.Validate(); err != nil {
				return err
			}
			return Run(cmd.OutOrStdout(), rf, conversion.New(cfg))
		},
	}
	Silence(cmd)
	fs := cmd.Flags()
	fs.StringVar(&cfg.OutputFile, "output-file", "generated.conversion.go", "the name of the file to be generated")
	fs.StringSliceVar(&cfg.BasePeerDirs, "base-peer-dirs", conversion.DefaultBasePeerDirs,
		"Comma-separated list of apimachinery import paths which are considered, after tag-specified peers, for conversions. Only change these if you have very good reasons.")
	fs.StringSliceVar(&cfg.ExtraPeerDirs, "extra-peer-dirs", nil,
		"Application specific comma-separated list of import paths which are considered, after tag-specified peers and base-peer-dirs, for conversions.")
	fs.BoolVar(&cfg.SkipUnsafe, "skip-unsafe", false,
		"If true, will not generate code using unsafe pointer conversions; resulting code may be slower.")
	addHeaderFileFlag(fs, &cfg.HeaderFile)
	addBuildTagFlag(fs, &cfg.BuildTag, gengo.StdBuildTag)
	addLintRulesFlag(fs, &cfg.LintRules)
	fs.BoolVar(&cfg.Strict, "strict", false,
		"fail (exit 2, nothing written) where a type needs a hand-written conversion that does not exist, instead of only warning")
	AddRunFlags(fs, &rf)
	AddKlogFlags(fs)
	return cmd
}
