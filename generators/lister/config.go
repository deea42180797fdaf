package lister

import (
	"errors"

	"github.com/spf13/pflag"

	"github.com/kodegen/kodegen/generators/internal/apilint"
	"github.com/kodegen/kodegen/generators/internal/genflags"
	"github.com/kodegen/kodegen/generators/internal/naming"
	"github.com/kodegen/kodegen/internal/kversion"
)

// Config is everything lister-gen needs to know besides the loaded packages.
type Config struct {
	// Inputs are the API packages (import paths or ./relative patterns).
	Inputs []string
	// OutputDir is the directory the lister packages are written below
	// (--output-dir).
	OutputDir string
	// OutputPkg is the import path of OutputDir (--output-pkg).
	OutputPkg string
	// HeaderFile is the boilerplate put on top of every file; "YEAR" is
	// replaced (--go-header-file).
	HeaderFile string
	// PluralExceptions are "Type:Plural" items (--plural-exceptions).
	PluralExceptions []string
	// LintRules are the package marker checks to run (--lint-rules).
	LintRules []string
	// Target is the k8s.io/client-go release the output is for
	// (--target-version; the zero Version is the latest supported).
	Target kversion.Version
}

// SetTarget sets the release the output is for (the app layer resolves
// --target-version and go.mod into it).
func (c *Config) SetTarget(v kversion.Version) { c.Target = v }

// Defaults are upstream's flag defaults (all zero).
func Defaults() Config { return Config{} }

// AddFlags declares lister-gen's flags on fs, bound to c, with c's values
// as their defaults.
func (c *Config) AddFlags(fs *pflag.FlagSet) {
	genflags.OutputDir(fs, &c.OutputDir)
	fs.StringVar(&c.OutputPkg, "output-pkg", c.OutputPkg, "the base Go import-path under which to generate results")
	genflags.PluralExceptions(fs, &c.PluralExceptions)
	genflags.HeaderFile(fs, &c.HeaderFile)
	genflags.LintRules(fs, &c.LintRules)
}

// LintRuleNames are the rules --lint-rules accepts.
var LintRuleNames = apilint.Rules

// Validate reports every problem with the configuration at once.
func (c Config) Validate() error {
	var errs []error
	if c.OutputDir == "" {
		errs = append(errs, genflags.Required("output-dir"))
	}
	if c.OutputPkg == "" {
		errs = append(errs, genflags.Required("output-pkg"))
	}
	errs = append(errs, genflags.ImportPaths(map[string]string{"output-pkg": c.OutputPkg}))
	if _, err := naming.ParsePluralExceptions(c.PluralExceptions); err != nil {
		errs = append(errs, err)
	}
	if err := apilint.Validate(c.LintRules); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}
