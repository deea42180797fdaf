package conversion

import (
	"errors"

	"github.com/spf13/pflag"
	"k8s.io/gengo/v2"

	"github.com/kodegen/kodegen/generators/internal/apilint"
	"github.com/kodegen/kodegen/generators/internal/genflags"
	"github.com/kodegen/kodegen/internal/kversion"
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
	// Target is the k8s.io/client-go release the output is for
	// (--target-version; the zero Version is the latest supported).
	Target kversion.Version
}

// SetTarget sets the release the output is for (the app layer resolves
// --target-version and go.mod into it).
func (c *Config) SetTarget(v kversion.Version) { c.Target = v }

// Defaults are upstream's flag defaults.
func Defaults() Config {
	return Config{
		OutputFile:   "generated.conversion.go",
		BasePeerDirs: DefaultBasePeerDirs(),
		BuildTag:     gengo.StdBuildTag,
	}
}

// AddFlags declares conversion-gen's flags on fs, bound to c, with c's
// values as their defaults: upstream's, and --strict.
func (c *Config) AddFlags(fs *pflag.FlagSet) {
	genflags.OutputFile(fs, &c.OutputFile)
	fs.StringSliceVar(&c.BasePeerDirs, "base-peer-dirs", c.BasePeerDirs,
		"Comma-separated list of apimachinery import paths which are considered, after tag-specified peers, for conversions. Only change these if you have very good reasons.")
	fs.StringSliceVar(&c.ExtraPeerDirs, "extra-peer-dirs", c.ExtraPeerDirs,
		"Application specific comma-separated list of import paths which are considered, after tag-specified peers and base-peer-dirs, for conversions.")
	fs.BoolVar(&c.SkipUnsafe, "skip-unsafe", c.SkipUnsafe,
		"If true, will not generate code using unsafe pointer conversions; resulting code may be slower.")
	genflags.HeaderFile(fs, &c.HeaderFile)
	genflags.BuildTag(fs, &c.BuildTag)
	genflags.LintRules(fs, &c.LintRules)
	fs.BoolVar(&c.Strict, "strict", c.Strict,
		"fail (exit 2, nothing written) where a type needs a hand-written conversion that does not exist, instead of only warning")
}

// Validate reports every problem with c at once, naming the flag.
func (c Config) Validate() error {
	var errs []error
	if c.OutputFile == "" {
		errs = append(errs, genflags.Required("output-file"))
	}
	errs = append(errs, genflags.Below("output-file", c.OutputFile, "each input package's folder"))
	if err := apilint.Validate(c.LintRules); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}
