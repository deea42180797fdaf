package register

import (
	"errors"

	"github.com/spf13/pflag"

	"github.com/kodegen/kodegen/generators/internal/apilint"
	"github.com/kodegen/kodegen/generators/internal/genflags"
	"github.com/kodegen/kodegen/internal/kversion"
)

// Config is one register-gen run.
type Config struct {
	// Inputs are the packages to generate for (patterns).
	Inputs []string
	// OutputFile is the file name written into each package.
	OutputFile string
	// HeaderFile is the boilerplate header; YEAR is replaced.
	HeaderFile string
	// LintRules are doc.go tag checks to run on every input package
	// (apilint.KnownTagsOnly, apilint.ExplicitDisablement).
	LintRules []string
	// Target is the k8s.io/client-go release the output is for
	// (--target-version; the zero Version is the latest supported).
	Target kversion.Version
}

// SetTarget sets the release the output is for (the app layer resolves
// --target-version and go.mod into it).
func (c *Config) SetTarget(v kversion.Version) { c.Target = v }

// Defaults are upstream's flag defaults.
func Defaults() Config { return Config{OutputFile: "generated.register.go"} }

// AddFlags declares register-gen's flags on fs, bound to c, with c's
// values as their defaults.
func (c *Config) AddFlags(fs *pflag.FlagSet) {
	genflags.OutputFile(fs, &c.OutputFile)
	genflags.HeaderFile(fs, &c.HeaderFile)
	genflags.LintRules(fs, &c.LintRules)
}

// Validate reports every problem with c at once, naming the flag.
func (c Config) Validate() error {
	var errs []error
	if c.OutputFile == "" {
		errs = append(errs, genflags.Required("output-file"))
	}
	errs = append(errs, genflags.Below("output-file", c.OutputFile, "each input package's folder"))
	errs = append(errs, apilint.Validate(c.LintRules))
	return errors.Join(errs...)
}
