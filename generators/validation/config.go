package validation

import (
	"errors"

	"github.com/spf13/pflag"

	"github.com/kodegen/kodegen/generators/internal/apilint"
	"github.com/kodegen/kodegen/generators/internal/genflags"
)

// Config is one validation-gen run.
type Config struct {
	// Inputs are the packages to generate for (patterns).
	Inputs []string
	// OutputFile is the file name written into each package.
	OutputFile string
	// ReadOnlyPkgs are packages whose validation functions generated code
	// may call, but which get no file.
	ReadOnlyPkgs []string
	// HeaderFile is the boilerplate header; YEAR is replaced.
	HeaderFile string
	// Docs asks for the tag documentation instead of generating.
	Docs bool
	// TestOutputRoot, when set, asks for a coverage test package per
	// Kind under it (<root>/<group>/<kind>/); TestOutputFilePrefix
	// prefixes its file names; TestAllowlist is a YAML file of rules to
	// leave out of it.
	TestOutputRoot       string
	TestOutputFilePrefix string
	TestAllowlist        string
	// LintRules are doc.go tag checks to run on every input package
	// (apilint.KnownTagsOnly, apilint.ExplicitDisablement).
	LintRules []string
}

// Defaults are upstream's flag defaults.
func Defaults() Config { return Config{OutputFile: "generated.validations.go"} }

// AddFlags declares validation-gen's flags on fs, bound to c, with c's
// values as their defaults; the help text is upstream's.
func (c *Config) AddFlags(fs *pflag.FlagSet) {
	genflags.OutputFile(fs, &c.OutputFile)
	fs.StringSliceVar(&c.ReadOnlyPkgs, "readonly-pkg", c.ReadOnlyPkgs,
		"the import path of a package whose validation can be used by generated code, but is not being generated for")
	genflags.HeaderFile(fs, &c.HeaderFile)
	fs.BoolVar(&c.Docs, "docs", c.Docs,
		"print documentation for supported declarative validations, and then exit")
	fs.StringVar(&c.TestOutputRoot, "test-output-root", c.TestOutputRoot,
		"if non-empty, also emit declarative-validation coverage test fixtures under this path, organized as <root>/<group>/<lowercase(kind)>/<file-prefix>{<version>,main}_test.go")
	fs.StringVar(&c.TestOutputFilePrefix, "test-output-file-prefix", c.TestOutputFilePrefix,
		`prefix prepended to every emitted test fixture filename; useful for marking files via a linguist-generated gitattributes pattern (e.g. "zz_generated.")`)
	fs.StringVar(&c.TestAllowlist, "test-allowlist", c.TestAllowlist,
		"path to a YAML config file of rule-level filters to exclude from coverage fixture generation; only meaningful with --test-output-root")
	genflags.LintRules(fs, &c.LintRules)
}

// Validate reports every problem with c at once, naming the flag.
func (c Config) Validate() error {
	var errs []error
	if c.OutputFile == "" {
		errs = append(errs, genflags.Required("output-file"))
	}
	errs = append(errs, genflags.Below("output-file", c.OutputFile, "each input package's folder"))
	if c.TestAllowlist != "" && c.TestOutputRoot == "" {
		errs = append(errs, errors.New("--test-allowlist is only meaningful with --test-output-root"))
	}
	if c.TestOutputFilePrefix != "" && c.TestOutputRoot == "" {
		errs = append(errs, errors.New("--test-output-file-prefix is only meaningful with --test-output-root"))
	}
	errs = append(errs, apilint.Validate(c.LintRules))
	return errors.Join(errs...)
}
