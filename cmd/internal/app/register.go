package app

import (
	"github.com/spf13/cobra"

	"github.com/kodegen/kodegen/generators/register"
)

// RegisterGen returns the register-gen command: upstream's flags, plus
// --verify.
func RegisterGen() *cobra.Command {
	cfg := register.Config{}
	var rf RunFlags
	cmd := &cobra.Command{
		Use:   "register-gen [flags] PACKAGE...",
		Short: "Generate scheme registration (SchemeGroupVersion, AddToScheme, addKnownTypes) for API packages",
		Long: `register-gen writes, into every versioned package that has +groupName= (or +k8s:register-gen=true)
in its doc.go and no hand-written register.go, a file declaring GroupName, SchemeGroupVersion,
SchemeBuilder, AddToScheme and addKnownTypes for every type embedding TypeMeta.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg.Inputs = args
			if err := cfg.Validate(); err != nil {
				return err
			}
			return Run(cmd.OutOrStdout(), rf, register.New(cfg))
		},
	}
	Silence(cmd)
	fs := cmd.Flags()
	fs.StringVar(&cfg.OutputFile, "output-file", "generated.register.go",
		"the name of the file to be generated")
	addHeaderFileFlag(fs, &cfg.HeaderFile)
	addLintRulesFlag(fs, &cfg.LintRules)
	AddRunFlags(fs, &rf)
	AddKlogFlags(fs)
	return cmd
}
