package app

import (
	"runtime/debug"

	"github.com/spf13/cobra"
)

// Kodegen is the all-in-one command: every generator as a subcommand, and
// gen, batch and markers, which run several on one package load.
func Kodegen() *cobra.Command {
	root := &cobra.Command{
		Use:   "kodegen",
		Short: "Generate deepcopy, clients, listers, informers, defaulters, conversions and apply configurations",
		Long: `kodegen generates the code that makes Kubernetes-style API types usable. Each
generator of k8s.io/code-generator v0.37 is a subcommand with the same flags
and byte-identical output; "kodegen gen" runs all of them that a package tree
asks for on one package load, and "kodegen batch" runs upstream command lines
together the same way.

Exit codes: 0 done (or nothing to change), 1 --verify found a difference,
2 bad usage or bad input (nothing is written).`,
		Version: version(),
	}
	Silence(root)
	root.CompletionOptions.DisableDefaultCmd = true
	for _, t := range tools {
		root.AddCommand(t.newCommand().cmd)
	}
	crdCmd := ControllerGen()
	crdCmd.Use = "crd [options] paths=./..."
	crdCmd.Short = "Generate CRD manifests, as controller-gen crd does (same options)"
	crdCmd.Example = `  kodegen crd paths=./api/... output:crd:artifacts:config=config/crd/bases
  kodegen crd crd:maxDescLen=0 paths=./... output:crd:stdout`
	crdCmd.Args = cobra.ArbitraryArgs
	run := crdCmd.RunE
	crdCmd.RunE = func(cmd *cobra.Command, args []string) error {
		// "kodegen crd paths=./..." means controller-gen crd paths=./...,
		// and "kodegen crd -w" lists the crd markers.
		if (len(args) > 0 || cmd.Flags().Changed("which-markers")) && !hasGenerator(args) {
			args = append([]string{"crd"}, args...)
		}
		return run(cmd, args)
	}
	root.AddCommand(crdCmd, genCommand(), batchCommand(), markersCommand())
	return root
}

// version is the module version kodegen was built from.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}
