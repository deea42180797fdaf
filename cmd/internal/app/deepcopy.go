package app

import (
	"github.com/spf13/cobra"

	"github.com/kodegen/kodegen/generators/deepcopy"
)

// DeepcopyGen returns the deepcopy-gen command: upstream deepcopy-gen
// v0.37.2's flags plus --verify.
func DeepcopyGen() *cobra.Command {
	var cfg deepcopy.Config
	var rf RunFlags
	cmd := &cobra.Command{
		Use:   "deepcopy-gen [flags] PACKAGE...",
		Short: "Generate DeepCopy, DeepCopyInto and DeepCopy<Interface> methods",
		Long: `deepcopy-gen writes DeepCopyInto, DeepCopy and DeepCopy<Interface> methods
for the types of the given packages into --output-file in each package.
Hand-written DeepCopy/DeepCopyInto methods are used instead of generating them.

Markers:
  +k8s:deepcopy-gen=package        (package, in doc.go or above any file's package clause) every exported struct, named map and slice
  +k8s:deepcopy-gen=false          (package or type) opt out
  +k8s:deepcopy-gen=true           (type) opt one type in
  +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object   (struct) also generate DeepCopyObject
  +k8s:deepcopy-gen:nonpointer-interfaces=true                          (struct) put those on the value receiver`,
		Example: "  deepcopy-gen --output-file zz_generated.deepcopy.go --go-header-file hack/boilerplate.go.txt ./pkg/apis/...",
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg.Patterns = args
			// Without these flags, regenerate what is there rather than
			// write a second, conflicting file (upstream's default).
			cfg.KeepExistingName = !cmd.Flags().Changed("output-file")
			cfg.KeepExistingHeader = !cmd.Flags().Changed("go-header-file")
			if err := cfg.Validate(); err != nil {
				return err
			}
			return Run(cmd.OutOrStdout(), rf, deepcopy.New(cfg))
		},
	}
	Silence(cmd)
	fs := cmd.Flags()
	fs.StringVar(&cfg.OutputFile, "output-file", deepcopy.DefaultOutputFile, "the name of the file to be generated")
	addHeaderFileFlag(fs, &cfg.HeaderFile)
	addLintRulesFlag(fs, &cfg.LintRules)
	AddRunFlags(fs, &rf)
	AddKlogFlags(fs)
	return cmd
}
