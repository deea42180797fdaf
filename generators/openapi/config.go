package openapi

import (
	"errors"

	"github.com/spf13/pflag"

	"github.com/kodegen/kodegen/generators/internal/genflags"
)

// Config is one openapi-gen run.
type Config struct {
	// Inputs are the packages to read (patterns).
	Inputs []string
	// OutputDir is the folder the definitions are written into.
	OutputDir string
	// OutputPkg is the Go import path of OutputDir.
	OutputPkg string
	// OutputFile is the definitions' file name.
	OutputFile string
	// HeaderFile is the boilerplate header; YEAR is replaced.
	HeaderFile string
	// ReportFilename is where the API rule violations go: a file, "-" for
	// the standard output, or /dev/null.
	ReportFilename string
	// OutputModelNameFile, when set, is the file of OpenAPIModelName
	// methods written into every input package with
	// +k8s:openapi-model-package.
	OutputModelNameFile string
	// ReadOnlyPkgs are input packages that get no model-name file.
	ReadOnlyPkgs []string
}

// Defaults are upstream's flag defaults.
func Defaults() Config {
	return Config{OutputFile: "generated.openapi.go", ReportFilename: "-"}
}

// AddFlags declares openapi-gen's flags on fs, bound to c, with c's values
// as their defaults.
func (c *Config) AddFlags(fs *pflag.FlagSet) {
	genflags.OutputDir(fs, &c.OutputDir)
	fs.StringVar(&c.OutputPkg, "output-pkg", c.OutputPkg, "the base Go import-path under which to generate results")
	genflags.OutputFile(fs, &c.OutputFile)
	fs.StringVar(&c.OutputModelNameFile, "output-model-name-file", c.OutputModelNameFile,
		`The filename for generated model name accessor functions.
If specified, a file with this name will be created in each package containing
a "+k8s:openapi-model-package" tag. The generated functions return fully qualified
model names, which are used in the OpenAPI spec as schema references instead of
Go type names. If empty, no model name accessor functions are generated and names
are inferred from Go type names.`)
	fs.StringSliceVar(&c.ReadOnlyPkgs, "readonly-pkg", c.ReadOnlyPkgs,
		"Packages that are read-only dependencies. Model name files will not be generated "+
			"for these packages. May be specified multiple times.")
	genflags.HeaderFile(fs, &c.HeaderFile)
	fs.StringVarP(&c.ReportFilename, "report-filename", "r", c.ReportFilename,
		"Name of report file used by API linter to print API violations. Default \"-\" stands for standard output. "+
			"NOTE that if valid filename other than \"-\" is specified, API linter won't return error on detected API violations. "+
			"This allows further check of existing API violations without stopping the OpenAPI generation toolchain.")
}

// Validate reports every problem with c at once, naming the flag.
func (c Config) Validate() error {
	var errs []error
	if c.OutputDir == "" {
		errs = append(errs, genflags.Required("output-dir"))
	}
	if c.OutputPkg == "" {
		errs = append(errs, genflags.Required("output-pkg"))
	}
	if c.OutputFile == "" {
		errs = append(errs, genflags.Required("output-file"))
	}
	if c.ReportFilename == "" {
		errs = append(errs, errors.New(`--report-filename must be specified (use "-" for stdout)`))
	}
	return errors.Join(errs...)
}
