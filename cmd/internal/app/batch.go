package app

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/pflag"

	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/kversion"
)

// collector gathers the generators of several command lines so that they
// run together, on one load (kodegen batch and kodegen gen).
type collector struct {
	gens   []engine.Generator
	verify bool // some command line asked for --verify
	// check is the --compile-check a command line gave ("" none)
	check string
	// target is the --target-version of command lines that give none;
	// targets are the distinct targets the lines resolved to, with why.
	target  kversion.Flag
	targets []string
}

// addCommandLine parses one upstream command line (words[0] is the tool)
// with its generator command's flags and adds the generator it builds.
// Warnings go to stderr. A line asking for --help prints the tool's help
// to stdout and adds nothing, as the tool would.
func (c *collector) addCommandLine(words []string, stdout, stderr io.Writer) error {
	if words[0] == "controller-gen" {
		return c.addControllerGen(words)
	}
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
	if !tc.cmd.Flags().Changed("target-version") && c.target.Given {
		tc.target, tc.targetErr = c.target, nil
	}
	g, err := tc.generator(tc.cmd.Flags().Args())
	if err != nil {
		return fmt.Errorf("%s: %w", strings.Join(words, " "), err)
	}
	if !tc.tool.untargeted {
		if s := tc.choice.String(); !slices.Contains(c.targets, s) {
			c.targets = append(c.targets, s)
		}
	}
	c.gens = append(c.gens, g)
	c.verify = c.verify || tc.run.Verify
	if tc.cmd.Flags().Changed("compile-check") {
		c.check = tc.run.CompileCheck
	}
	return nil
}

// addControllerGen adds the generators of a controller-gen command line
// (options, not flags: crd:maxDescLen=0 paths=./... output:crd:dir=...).
// Its --verify and --tool-version are read; other flags are refused.
func (c *collector) addControllerGen(words []string) error {
	var opts []string
	toolVersion := ""
	for _, w := range words[1:] {
		switch {
		case w == "--verify":
			c.verify = true
		case strings.HasPrefix(w, "--tool-version="):
			toolVersion = strings.TrimPrefix(w, "--tool-version=")
		case strings.HasPrefix(w, "-"):
			return fmt.Errorf("%s: controller-gen lines take options, not the flag %s", strings.Join(words, " "), w)
		default:
			opts = append(opts, w)
		}
	}
	gens, err := cgPlan(opts, toolVersion)
	if err != nil {
		return fmt.Errorf("%s: %w", strings.Join(words, " "), err)
	}
	c.gens = append(c.gens, gens...)
	return nil
}
