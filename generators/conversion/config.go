package conversion

import (
	"errors"

	"github.com/kodegen/kodegen/generators/internal/apilint"
)

// DefaultBasePeerDirs returns the apimachinery packages nearly every API
// uses; their hand-written Convert_ functions are always considered. Each
// call returns a new slice, which the caller may change.
func DefaultBasePeerDirs() []string {
	return []string{
		"k8s.io/apimachinery/pkg/apis/meta/v1",
		"k8s.io/apimachinery/pkg/conversion",
		"k8s.io/apimachinery/pkg/runtime",
	}
}

// Config is one conversion-gen run.
type Config struct {
	// Inputs are the packages to generate for (patterns).
	Inputs []string
	// OutputFile is the file name written into each package.
	OutputFile string
	// HeaderFile is the boilerplate header; YEAR is replaced.
	HeaderFile string
	// BuildTag is the tag in the generated files' //go:build line.
	BuildTag string
	// BasePeerDirs are considered for conversions after the peers named by markers.
	BasePeerDirs []string
	// ExtraPeerDirs are considered after BasePeerDirs.
	ExtraPeerDirs []string
	// SkipUnsafe turns off unsafe pointer casts between memory-identical types.
	SkipUnsafe bool
	// Strict turns "requires manual conversion" warnings into errors.
	Strict bool
	// LintRules are doc.go tag checks to run on every input package.
	LintRules []string
}

// Validate reports every problem with c at once, naming the flag.
func (c Config) Validate() error {
	var errs []error
	if c.OutputFile == "" {
		errs = append(errs, errors.New("--output-file must be specified"))
	}
	if err := apilint.Validate(c.LintRules); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}
