package app

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/pflag"

	"github.com/kodegen/kodegen/internal/engine"
)

// collector gathers the generators of several command lines so that they
// run together, on one load (kodegen batch and kodegen gen).
type collector struct {
	gens   []engine.Generator
	verify bool // some command line asked for --verify
	// check is the --compile-check a command line gave ("" none)
	check string
}

// addCommandLine parses one upstream command line (words[0] is the tool)
// with its generator command's flags and adds the generator it builds.
// Warnings go to stderr. A line asking for --help prints the tool's help
// to stdout and adds nothing, as the tool would.
func (c *collector) addCommandLine(words []string, stdout, stderr io.Writer) error {
	t, err := findTool(words[0])
	if err != nil {
		return err
	}
	tc := t.newCommand()
	tc.cmd.SetOut(stdout)
	tc.cmd.SetErr(stderr)
	if err := tc.cmd.ParseFlags(words[1:]); errors.Is(err, pflag.ErrHelp) {
		return tc.cmd.Help()
	} else if err != nil {
		return fmt.Errorf("%s: %w", strings.Join(words, " "), err)
	}
	g, err := tc.generator(tc.cmd.Flags().Args())
	if err != nil {
		return fmt.Errorf("%s: %w", strings.Join(words, " "), err)
	}
	c.gens = append(c.gens, g)
	c.verify = c.verify || tc.run.Verify
	if tc.cmd.Flags().Changed("compile-check") {
		c.check = tc.run.CompileCheck
	}
	return nil
}
