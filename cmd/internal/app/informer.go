package app

import (
	"github.com/spf13/cobra"

	"github.com/kodegen/kodegen/generators/informer"
)

// InformerGen is informer-gen: shared informers for the +genclient types
// of API packages, with upstream v0.37.2's flags plus --verify and
// --plural-resource-names.
func InformerGen() *cobra.Command {
	var cfg informer.Config
	var rf RunFlags
	cmd := &cobra.Command{
		Use:   "informer-gen [flags] PACKAGE...",
		Short: "Generate shared informers for the +genclient types of API packages",
		Long: `informer-gen writes, below --output-dir, an informer for every +genclient type
of the given packages that has the list and watch verbs (in <group>/<version>
packages, with the version and group interfaces), a SharedInformerFactory
(factory.go), its ForResource lookup (generic.go) and internalinterfaces/.
Versioned packages go to externalversions/ and internal ones to
internalversion/, unless --single-directory is given.

The informers use the clientset of --versioned-clientset-package (and
--internal-clientset-package) and the listers of --listers-package.
A package is left out with +k8s:informer-gen=false in its doc.go.

Like upstream, each informer's GroupVersionResource names the resource as
the lower-case Kind + "s" (NetworkPolicy → networkpolicys), whatever
--plural-exceptions says. --plural-resource-names uses the real resource
name instead: the type's +resourceName, else its lower-case plural with
--plural-exceptions applied (networkpolicies).`,
		Example: `  informer-gen --go-header-file hack/boilerplate.go.txt \
    --output-dir pkg/generated/informers --output-pkg example.com/pkg/generated/informers \
    --versioned-clientset-package example.com/pkg/generated/clientset/versioned \
    --listers-package example.com/pkg/generated/listers \
    example.com/pkg/apis/shop/v1`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg.Inputs = args
			g, err := informer.New(cfg)
			if err != nil {
				return err
			}
			return Run(cmd.OutOrStdout(), rf, g)
		},
	}
	Silence(cmd)
	fs := cmd.Flags()
	fs.StringVar(&cfg.OutputDir, "output-dir", "", "the base directory under which to generate results")
	fs.StringVar(&cfg.OutputPkg, "output-pkg", "", "the Go import-path of the generated results")
	addHeaderFileFlag(fs, &cfg.HeaderFile)
	fs.StringVar(&cfg.InternalClientsetPackage, "internal-clientset-package", "", "the Go import-path of the internal clientset to use")
	fs.StringVar(&cfg.VersionedClientsetPackage, "versioned-clientset-package", "", "the Go import-path of the versioned clientset to use")
	fs.StringVar(&cfg.ListersPackage, "listers-package", "", "the Go import-path of the listers to use")
	fs.BoolVar(&cfg.SingleDirectory, "single-directory", false, "if true, omit the intermediate \"internalversion\" and \"externalversions\" subdirectories")
	addPluralExceptionsFlag(fs, &cfg.PluralExceptions)
	addLintRulesFlag(fs, &cfg.LintRules)
	fs.BoolVar(&cfg.PluralResourceNames, "plural-resource-names", false,
		"kodegen: name each informer's resource by the type's +resourceName or its plural (with --plural-exceptions), e.g. networkpolicies, instead of upstream's lower-case Kind + \"s\" (networkpolicys)")
	AddRunFlags(fs, &rf)
	AddKlogFlags(fs)
	return cmd
}
