package object

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/pflag"
)

// OutputFile is the file controller-gen's object generator writes into
// each package; it has no option to change it.
const OutputFile = "zz_generated.deepcopy.go"

// Config is everything one `controller-gen object` run needs: its options
// (object:headerFile=…,year=…) and the input packages (paths=…).
type Config struct {
	// Inputs are the input packages (import paths, ./dir, ./...).
	Inputs []string
	// HeaderFile is the header put at the top of each file, after the build
	// tag; empty means none.
	HeaderFile string
	// Year replaces " YEAR" in the header (controller-gen's year option;
	// empty replaces it with " ", as controller-gen does).
	Year string
}

// Defaults are controller-gen's defaults: no header, no year.
func Defaults() Config { return Config{} }

// AddFlags declares the generator's options as flags on fs, bound to c,
// for kodegen's own commands (controller-gen's command line spells them
// object:headerFile=…,year=…). The command sets Inputs.
func (c *Config) AddFlags(fs *pflag.FlagSet) {
	fs.StringVar(&c.HeaderFile, "header-file", c.HeaderFile, `the header (license) put at the top of each file (controller-gen's object:headerFile)`)
	fs.StringVar(&c.Year, "year", c.Year, `replaces " YEAR" in the header (controller-gen's object:year)`)
}

// Validate reports every problem with cfg at once.
func (cfg Config) Validate() error {
	var errs []error
	if len(cfg.Inputs) == 0 {
		errs = append(errs, errors.New("no input packages: give paths=./... (or the packages to generate for)"))
	}
	if strings.ContainsAny(cfg.Year, "\n\r") {
		errs = append(errs, fmt.Errorf("year=%q: want one line, e.g. year=2026", cfg.Year))
	}
	return errors.Join(errs...)
}
