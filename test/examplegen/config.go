package examplegen

import (
	"errors"
	"strings"

	"github.com/spf13/pflag"
)

// Config is everything one typenames-gen run needs.
type Config struct {
	// Inputs are the input packages (import paths, ./dir, ./...).
	Inputs []string
	// OutputFile is the name of the file written into each package.
	OutputFile string
	// HeaderFile is the boilerplate put on top of each file; YEAR is
	// replaced. Empty means none.
	HeaderFile string
}

// Defaults are the flag defaults.
func Defaults() Config { return Config{OutputFile: "zz_generated.typenames.go"} }

// AddFlags declares typenames-gen's flags on fs, bound to c, with c's
// values as their defaults. It declares only; the command parses.
func (c *Config) AddFlags(fs *pflag.FlagSet) {
	fs.StringVar(&c.OutputFile, "output-file", c.OutputFile, "the name of the file to be generated")
	fs.StringVar(&c.HeaderFile, "go-header-file", c.HeaderFile,
		`the path to a file containing boilerplate header text; the string "YEAR" will be replaced with the current 4-digit year`)
}

// Validate reports every problem with c at once, naming the flag.
func (c Config) Validate() error {
	var errs []error
	if c.OutputFile == "" {
		errs = append(errs, errors.New("--output-file must be specified"))
	} else if strings.ContainsAny(c.OutputFile, `/\`) {
		errs = append(errs, errors.New("--output-file="+c.OutputFile+": want a file name, not a path; the file is written into each input package"))
	}
	return errors.Join(errs...)
}
