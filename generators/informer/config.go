package informer

import (
	"errors"

	"github.com/kodegen/kodegen/generators/internal/apilint"
	"github.com/kodegen/kodegen/generators/internal/naming"
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
}

// Validate reports every problem with the configuration at once.
func (c Config) Validate() error {
	var errs []error
	for _, req := range []struct{ value, flag string }{
		{c.OutputDir, "--output-dir"},
		{c.OutputPkg, "--output-pkg"},
		{c.VersionedClientsetPackage, "--versioned-clientset-package"},
		{c.ListersPackage, "--listers-package"},
	} {
		if req.value == "" {
			errs = append(errs, errors.New(req.flag+" must be specified"))
		}
	}
	if _, err := naming.ParsePluralExceptions(c.PluralExceptions); err != nil {
		errs = append(errs, err)
	}
	if err := apilint.Validate(c.LintRules); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}
