package app

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"k8s.io/klog/v2"

	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/kversion"
	"github.com/kodegen/kodegen/internal/output"
)

// batchFlags are what kodegen batch and gen add to the generators' own.
type batchFlags struct {
	run        RunFlags
	noPrune    bool
	pruneRoots []string
	cacheDir   string
	noCache    bool
	cpuProfile string
	// target is --target-version: the default of the command lines that
	// give none; targetErr a bad $KODEGEN_TARGET_VERSION.
	target    kversion.Flag
	targetErr error
}

func addBatchFlags(cmd *cobra.Command, bf *batchFlags) {
	fs := cmd.Flags()
	AddRunFlags(fs, &bf.run)
	fs.BoolVar(&bf.noPrune, "no-prune", false, "keep generated files that the run no longer produces (default: delete them, below the output roots)")
	fs.StringArrayVar(&bf.pruneRoots, "prune-root", nil, "a folder below which stale files of the run's generators are deleted too (repeatable)")
	fs.StringVar(&bf.cacheDir, "cache-dir", "", "where to keep the record that lets an unchanged rerun skip loading (default: the user cache dir)")
	fs.BoolVar(&bf.noCache, "no-cache", false, "always load and generate, even when nothing changed")
	bf.targetErr = addTargetFlag(fs, &bf.target)
	fs.StringVar(&bf.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to this file")
	fs.Lookup("cpuprofile").Hidden = true
}

func batchCommand() *cobra.Command {
	var bf batchFlags
	var file string
	cmd := &cobra.Command{
		Use:   "batch [flags]",
		Short: "Run several upstream generator command lines on one package load",
		Long: `batch reads generator command lines, one per line, written exactly as for the
upstream binaries (deepcopy-gen, client-gen, lister-gen, informer-gen,
applyconfiguration-gen, defaulter-gen, conversion-gen, register-gen,
prerelease-lifecycle-gen), and runs
them all on one package load, writing the union of their output at the end.
Words are split as a shell would (quotes, backslashes); a trailing backslash
continues a line; blank lines and lines starting with # are skipped.`,
		Example: `  kodegen batch <<'EOF'
  deepcopy-gen --output-file zz_generated.deepcopy.go --go-header-file hack/boilerplate.go.txt ./pkg/apis/...
  lister-gen --output-dir pkg/generated/listers --output-pkg example.com/pkg/generated/listers ./pkg/apis/shop/v1
  EOF`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var in io.Reader = cmd.InOrStdin()
			if file != "" && file != "-" {
				f, err := os.Open(file)
				if err != nil {
					return err
				}
				defer f.Close()
				in = f
			}
			lines, err := readCommandLines(in)
			if err != nil {
				return err
			}
			return runCommandLines(cmd, lines, &bf)
		},
	}
	Silence(cmd)
	cmd.Flags().StringVarP(&file, "file", "f", "-", "read the command lines from this file (- for standard input)")
	addBatchFlags(cmd, &bf)
	AddKlogFlags(cmd.Flags())
	return cmd
}

// runCommandLines parses each command line with its generator's own command
// and runs all the generators together.
func runCommandLines(cmd *cobra.Command, lines [][]string, bf *batchFlags) error {
	start := time.Now()
	if bf.cpuProfile != "" {
		f, err := os.Create(bf.cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	identity := cacheIdentity(lines, bf)
	rec, hit := cacheLookup(bf, identity)
	if hit {
		fmt.Fprintf(cmd.ErrOrStderr(), "kodegen: nothing changed since the last run (%v)\n", time.Since(start).Round(time.Millisecond))
		return nil
	}
	if bf.targetErr != nil && !cmd.Flags().Changed("target-version") {
		return bf.targetErr
	}
	batch := collector{target: bf.target}
	var errs []error
	for _, words := range lines {
		if err := batch.addCommandLine(words, cmd.OutOrStdout(), cmd.ErrOrStderr()); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	// kodegen's own --compile-check, else one a command line gave.
	flag := bf.run.CompileCheck
	if !cmd.Flags().Changed("compile-check") && batch.check != "" {
		flag = batch.check
	}
	check, err := engine.ParseCheckMode(flag)
	if err != nil {
		return err
	}
	res, err := engine.Run(batch.gens, engine.Options{
		Verify:     bf.run.Verify || batch.verify,
		Check:      check,
		Prune:      !bf.noPrune,
		PruneRoots: bf.pruneRoots,
		Diff:       cmd.OutOrStdout(),
		Warnings:   cmd.ErrOrStderr(),
		Stdout:     cmd.OutOrStdout(),
	})
	if err != nil && !errors.Is(err, output.ErrDrift) {
		return err
	}
	report(cmd.ErrOrStderr(), res, bf.run.Verify || batch.verify, time.Since(start), batch.targets)
	if err == nil && !bf.run.Verify && !batch.verify {
		cacheStore(rec, identity, res.Files, res.Report.Pruned)
	}
	return err
}

// report prints the one summary line, and with -v every file and where the
// time went.
func report(w io.Writer, res engine.Result, verify bool, took time.Duration, targets []string) {
	r := res.Report
	for _, p := range r.Pruned { // deletions are always listed
		if verify {
			fmt.Fprintf(w, "kodegen: would prune %s\n", p)
		} else {
			fmt.Fprintf(w, "kodegen: pruned %s\n", p)
		}
	}
	if v := klog.V(1); v.Enabled() {
		for _, p := range r.Written {
			v.Infof("wrote %s", p)
		}
		logStats(res.Stats)
	}
	verb, pruned := "written", "pruned"
	if verify {
		verb, pruned = "out of date", "to prune"
	}
	target := ""
	if len(targets) > 0 {
		target = "; target " + strings.Join(targets, ", ")
	}
	fmt.Fprintf(w, "kodegen: %d files: %d %s, %d unchanged, %d %s; %d packages%s; %v\n",
		len(r.Written)+len(r.Unchanged), len(r.Written), verb, len(r.Unchanged), len(r.Pruned), pruned,
		res.Stats.Packages, target, took.Round(time.Millisecond))
}

// readCommandLines splits the input into command lines of words.
func readCommandLines(r io.Reader) ([][]string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	var out [][]string
	var pending string
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.HasSuffix(line, `\`) {
			pending += strings.TrimSuffix(line, `\`) + " "
			continue
		}
		line = pending + line
		pending = ""
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		words, err := splitWords(trimmed)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		out = append(out, words)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if strings.TrimSpace(pending) != "" {
		return nil, errors.New("the last line ends with a backslash")
	}
	if len(out) == 0 {
		return nil, errors.New("no command lines given")
	}
	return out, nil
}

// splitWords splits a command line into words the way a POSIX shell does
// for quotes and backslashes (no expansions).
func splitWords(s string) ([]string, error) {
	var words []string
	var cur strings.Builder
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		case c == '\'':
			end := strings.IndexByte(s[i+1:], '\'')
			if end < 0 {
				return nil, errors.New("unterminated single quote")
			}
			cur.WriteString(s[i+1 : i+1+end])
			i += end + 1
			inWord = true
		case c == '"':
			i++
			for ; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' && i+1 < len(s) && strings.IndexByte(`"\$`+"`", s[i+1]) >= 0 {
					i++
				}
				cur.WriteByte(s[i])
			}
			if i >= len(s) {
				return nil, errors.New("unterminated double quote")
			}
			inWord = true
		case c == '\\' && i+1 < len(s):
			i++
			cur.WriteByte(s[i])
			inWord = true
		default:
			cur.WriteByte(c)
			inWord = true
		}
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, nil
}
