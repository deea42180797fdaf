package informer

import (
	"errors"

	"github.com/spf13/pflag"

	"github.com/kodegen/kodegen/generators/internal/apilint"
	"github.com/kodegen/kodegen/generators/internal/genflags"
	"github.com/kodegen/kodegen/generators/internal/naming"
	"github.com/kodegen/kodegen/internal/kversion"
)

// Config is everything informer-gen needs to know besides the loaded packages.
type Config struct {
	// Inputs are the API packages (import paths or ./relative patterns).
	Inputs []string
	// OutputDir is the directory the informer packages are written below
	// (--output-dir).
	OutputDir string
	// OutputPkg is the import path of OutputDir (--output-pkg).
	OutputPkg string
	// HeaderFile is the boilerplate put on top of every file; "YEAR" is
	// replaced (--go-header-file).
	HeaderFile string
	// VersionedClientsetPackage is the import path of the clientset of
	// versioned packages (--versioned-clientset-package).
	VersionedClientsetPackage string
	// InternalClientsetPackage is the import path of the clientset of
	// internal packages (--internal-clientset-package); needed only when an
	// input package holds internal types.
	InternalClientsetPackage string
	// ListersPackage is the import path lister-gen wrote to (--listers-package).
	ListersPackage string
	// SingleDirectory writes straight into OutputDir, without the
	// "externalversions" and "internalversion" subdirectories
	// (--single-directory).
	SingleDirectory bool
	// PluralExceptions are "Type:Plural" items (--plural-exceptions).
	PluralExceptions []string
	// LintRules are the package marker checks to run (--lint-rules).
	LintRules []string
	// PluralResourceNames puts the type's REST resource name (+resourceName,
	// else its lower-case plural with PluralExceptions) into each informer's
	// GroupVersionResource, instead of upstream's lower-case Kind + "s"
	// ("networkpolicys"). Off by default, for byte-identical output.
	PluralResourceNames bool
	// Target is the k8s.io/client-go release the output is for
	// (--target-version; the zero Version is the latest supported).
	Target kversion.Version
}

// SetTarget sets the release the output is for (the app layer resolves
// --target-version and go.mod into it).
func (c *Config) SetTarget(v kversion.Version) { c.Target = v }

// Defaults are upstream's flag defaults (all zero).
func Defaults() Config { return Config{} }

// AddFlags declares informer-gen's flags on fs, bound to c, with c's
// values as their defaults: upstream's, and --plural-resource-names.
func (c *Config) AddFlags(fs *pflag.FlagSet) {
	genflags.OutputDir(fs, &c.OutputDir)
	genflags.OutputPkg(fs, &c.OutputPkg)
	genflags.HeaderFile(fs, &c.HeaderFile)
	fs.StringVar(&c.InternalClientsetPackage, "internal-clientset-package", c.InternalClientsetPackage, "the Go import-path of the internal clientset to use")
	fs.StringVar(&c.VersionedClientsetPackage, "versioned-clientset-package", c.VersionedClientsetPackage, "the Go import-path of the versioned clientset to use")
	fs.StringVar(&c.ListersPackage, "listers-package", c.ListersPackage, "the Go import-path of the listers to use")
	fs.BoolVar(&c.SingleDirectory, "single-directory", c.SingleDirectory, "if true, omit the intermediate \"internalversion\" and \"externalversions\" subdirectories")
	genflags.PluralExceptions(fs, &c.PluralExceptions)
	genflags.LintRules(fs, &c.LintRules)
	fs.BoolVar(&c.PluralResourceNames, "plural-resource-names", c.PluralResourceNames,
		"kodegen: name each informer's resource by the type's +resourceName or its plural (with --plural-exceptions), e.g. networkpolicies, instead of upstream's lower-case Kind + \"s\" (networkpolicys)")
}

// Validate reports every problem with the configuration at once.
func (c Config) Validate() error {
	var errs []error
	for _, req := range []struct{ value, flag string }{
		{c.OutputDir, "output-dir"},
		{c.OutputPkg, "output-pkg"},
		{c.VersionedClientsetPackage, "versioned-clientset-package"},
		{c.ListersPackage, "listers-package"},
	} {
		if req.value == "" {
			errs = append(errs, genflags.Required(req.flag))
		}
	}
	errs = append(errs, genflags.ImportPaths(map[string]string{"output-pkg": c.OutputPkg, "versioned-clientset-package": c.VersionedClientsetPackage,
		"internal-clientset-package": c.InternalClientsetPackage, "listers-package": c.ListersPackage}))
	if _, err := naming.ParsePluralExceptions(c.PluralExceptions); err != nil {
		errs = append(errs, err)
	}
	if err := apilint.Validate(c.LintRules); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}
