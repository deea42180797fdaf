package app

import (
	"fmt"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/spf13/cobra"
)

// generatorCommands maps each upstream binary name to its command. kodegen
// offers each as a subcommand with the same flags, and `kodegen batch`
// runs their command lines.
var generatorCommands = map[string]func() *cobra.Command{
	"applyconfiguration-gen": ApplyconfigurationGen,
	"client-gen":             ClientGen,
	"conversion-gen":         ConversionGen,
	"deepcopy-gen":           DeepcopyGen,
	"defaulter-gen":          DefaulterGen,
	"informer-gen":           InformerGen,
	"lister-gen":             ListerGen,
	"register-gen":           RegisterGen,
}

// generatorCommand finds a generator command by its upstream name, with or
// without the "-gen" suffix.
func generatorCommand(name string) (func() *cobra.Command, error) {
	if ctor, ok := generatorCommands[name]; ok {
		return ctor, nil
	}
	if ctor, ok := generatorCommands[name+"-gen"]; ok {
		return ctor, nil
	}
	return nil, fmt.Errorf("unknown generator %q: want one of %s", name, strings.Join(generatorNames(), ", "))
}

func generatorNames() []string {
	names := make([]string, 0, len(generatorCommands))
	for n := range generatorCommands {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

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
	for _, name := range generatorNames() {
		root.AddCommand(generatorCommands[name]())
	}
	root.AddCommand(genCommand(), batchCommand(), markersCommand())
	return root
}

// version is the module version kodegen was built from.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}
