package register

import (
	"errors"

	"github.com/kodegen/kodegen/generators/internal/apilint"
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
}

// Validate reports every problem with c at once, naming the flag.
func (c Config) Validate() error {
	var errs []error
	if c.OutputFile == "" {
		errs = append(errs, errors.New("--output-file: output file base name cannot be empty"))
	}
	errs = append(errs, apilint.Validate(c.LintRules))
	return errors.Join(errs...)
}
