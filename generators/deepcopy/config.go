package deepcopy

import (
	"errors"
	"fmt"
	"strings"

	"github.com/kodegen/kodegen/generators/internal/apilint"
)

// DefaultOutputFile is upstream's default for --output-file.
const DefaultOutputFile = "generated.deepcopy.go"

// LintRules are the values --lint-rules accepts.
var LintRules = apilint.Rules

// Config is everything one deepcopy-gen run needs.
type Config struct {
	// Patterns are the input packages (import paths, ./dir, ./...).
	Patterns []string
	// OutputFile is the name of the file written into each package.
	OutputFile string
	// HeaderFile is the boilerplate put at the top of each file; YEAR is
	// replaced with the current year. Empty means none.
	HeaderFile string
	// LintRules are upstream's doc.go checks to run (apilint.Rules).
	LintRules []string
}

// Validate reports every problem with cfg at once, naming the flag.
func (cfg Config) Validate() error {
	var errs []error
	if cfg.OutputFile == "" {
		errs = append(errs, errors.New("--output-file must not be empty"))
	} else if strings.ContainsAny(cfg.OutputFile, `/\`) {
		errs = append(errs, fmt.Errorf("--output-file=%s: want a file name, not a path; the file is written into each input package", cfg.OutputFile))
	}
	errs = append(errs, apilint.Validate(cfg.LintRules))
	if len(cfg.Patterns) == 0 {
		errs = append(errs, errors.New("no input packages: give package patterns as arguments, e.g. ./pkg/apis/..."))
	}
	return errors.Join(errs...)
}
