package app

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"strconv"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"k8s.io/klog/v2"

	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/output"
)

// Exit codes, the same for every command.
const (
	ExitOK    = 0 // done, or verify found nothing to change
	ExitDrift = 1 // verify found files that differ
	ExitError = 2 // bad usage or bad input; nothing was written
)

// ExitCode maps a command's error to the process exit code.
func ExitCode(err error) int {
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, output.ErrDrift):
		return ExitDrift
	default:
		return ExitError
	}
}

// Main executes cmd and exits with the matching code. Only mains call it.
func Main(cmd *cobra.Command) {
	// A run allocates a lot of short-lived syntax and text; collecting half
	// as often costs about 60 MiB more at the peak on k8s.io/api and saves a
	// sixth of the CPU. $GOGC still wins when set.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	err := cmd.Execute()
	if err != nil && !errors.Is(err, output.ErrDrift) {
		fmt.Fprintf(cmd.ErrOrStderr(), "Error: %v\n", err)
	}
	klog.Flush()
	os.Exit(ExitCode(err))
}

// Silence makes cobra leave error printing to Main: a bad marker is not a
// usage error, so no usage text either.
func Silence(cmd *cobra.Command) {
	cmd.SilenceUsage = true
	cmd.SilenceErrors = true
}

// AddKlogFlags adds klog's flags (-v and friends) the way upstream's tools
// accept them, hiding all but -v from --help.
func AddKlogFlags(fs *pflag.FlagSet) {
	klogFlags := flag.NewFlagSet("klog", flag.ContinueOnError)
	klog.InitFlags(klogFlags)
	klogFlags.VisitAll(func(f *flag.Flag) {
		if fs.Lookup(f.Name) != nil {
			return
		}
		fs.AddGoFlag(f)
		if f.Name != "v" {
			fs.Lookup(f.Name).Hidden = true
		}
	})
}

// RunFlags are the flags every generating command has besides its own.
type RunFlags struct {
	Verify bool
	// CompileCheck is --compile-check: how the output is checked before
	// it is written.
	CompileCheck string
}

// AddRunFlags adds --verify. Its default comes from $KODEGEN_VERIFY, so
// one variable turns every go:generate line or script step into a check.
func AddRunFlags(fs *pflag.FlagSet, rf *RunFlags) {
	def, _ := strconv.ParseBool(os.Getenv("KODEGEN_VERIFY"))
	fs.BoolVar(&rf.Verify, "verify", def, "write nothing; print a diff of every file that would change and exit 1 if there is one (default from $KODEGEN_VERIFY)")
	fs.StringVar(&rf.CompileCheck, "compile-check", "auto", "before writing, check that the generated code compiles with the packages it lands in: full type-checks it (in memory), names only looks for names declared twice, auto does both when the run writes at most "+strconv.Itoa(engine.AutoTypeCheckFiles)+" files and names otherwise, off skips it (a way out should the check be wrong; please report it)")
}

// runGenerators runs gens through the engine with rf: the verify diff goes
// to the command's output, warnings and the verify summary to its error
// stream.
func runGenerators(cmd *cobra.Command, rf RunFlags, gens ...engine.Generator) error {
	mode, err := engine.ParseCheckMode(rf.CompileCheck)
	if err != nil {
		return err
	}
	res, err := engine.Run(gens, engine.Options{Verify: rf.Verify, Check: mode, Diff: cmd.OutOrStdout(), Warnings: cmd.ErrOrStderr(), Stdout: cmd.OutOrStdout()})
	if err != nil && !errors.Is(err, output.ErrDrift) {
		return err
	}
	for _, p := range res.Report.Written {
		klog.V(1).Infof("wrote %s", p)
	}
	if rf.Verify {
		if err != nil {
			fmt.Fprintf(cmd.ErrOrStderr(), "%d file(s) out of date, %d up to date\n", len(res.Report.Written)+len(res.Report.Pruned), len(res.Report.Unchanged))
		}
		return err
	}
	klog.V(1).Infof("%d written, %d unchanged", len(res.Report.Written), len(res.Report.Unchanged))
	logStats(res.Stats)
	return nil
}

// logStats says, with -v 1, where a run's time went.
func logStats(s engine.Stats) {
	v := klog.V(1)
	if !v.Enabled() {
		return
	}
	v.Infof("load %v, plan %v, render %v, format %v, check %v, write %v", s.Load, s.Plan, s.Render, s.Format, s.Check, s.Write)
	v.Infof("load: %v", s.LoadDetail)
	v.Infof("check: %v", s.CheckDetail)
}
