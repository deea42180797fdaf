package lister

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/kodegen/kodegen/internal/naming"
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
}

// Lint rules, as upstream names them.
const (
	// LintKnownTagsOnly rejects +k8s:…-gen package markers no generator knows.
	LintKnownTagsOnly = "known-tags-only"
	// LintExplicitDisablement asks versioned API packages to say whether
	// deepcopy-gen runs, and internal-version packages conversion-gen,
	// defaulter-gen and validation-gen.
	LintExplicitDisablement = "require-explicit-disablement"
)

// LintRuleNames are the rules --lint-rules accepts.
var LintRuleNames = []string{LintKnownTagsOnly, LintExplicitDisablement}

// Validate reports every problem with the configuration at once.
func (c Config) Validate() error {
	var errs []error
	if c.OutputDir == "" {
		errs = append(errs, errors.New("--output-dir must be specified"))
	}
	if c.OutputPkg == "" {
		errs = append(errs, errors.New("--output-pkg must be specified"))
	}
	if _, err := naming.ParsePluralExceptions(c.PluralExceptions); err != nil {
		errs = append(errs, err)
	}
	if err := ValidateLintRules(c.LintRules); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// ValidateLintRules checks --lint-rules values.
func ValidateLintRules(rules []string) error {
	for _, r := range rules {
		if !slices.Contains(LintRuleNames, r) {
			return fmt.Errorf("--lint-rules: unknown rule %q; want %s", r, strings.Join(LintRuleNames, " or "))
		}
	}
	return nil
}
