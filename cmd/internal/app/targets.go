package app

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/spf13/pflag"

	"github.com/kodegen/kodegen/internal/kversion"
)

// TargetEnv is the environment variable that gives --target-version its
// default (the scripts' KODEGEN_TARGET_VERSION).
const TargetEnv = "KODEGEN_TARGET_VERSION"

// addTargetFlag declares --target-version on fs, its default from
// $KODEGEN_TARGET_VERSION; a bad value there is returned, for the run to
// report unless the flag is given.
func addTargetFlag(fs *pflag.FlagSet, f *kversion.Flag) error {
	var err error
	if env := os.Getenv(TargetEnv); env != "" {
		if e := f.Set(env); e != nil {
			err = fmt.Errorf("$%s: %w", TargetEnv, e)
		}
	}
	fs.Var(f, "target-version", "the k8s.io/client-go release to write for: v0.MINOR or v0.MINOR.PATCH, one of "+kversion.SupportedList()+
		"; auto: the one the go.mod of the output's module requires (k8s.io/apimachinery's for the in-place generators when it has no client-go), the latest without a module or requirement (default from $"+TargetEnv+")")
	return err
}

// flagsSince are upstream's flags that appeared after the oldest
// supported target, by tool ("*": every code-generator tool), with the
// release that introduced them: a target before it has no such flag.
var flagsSince = map[string]map[string]kversion.Version{
	"*":              {"lint-rules": kversion.V0_37},
	"client-gen":     {"prefers-protobuf": kversion.V0_32},
	"conversion-gen": {"build-tag": kversion.V0_32},
	"defaulter-gen":  {"build-tag": kversion.V0_32},
}

// resolveTarget is the target of the command's run: --target-version, or
// the go.mod of the output's module. A flag given with a value other than
// its default that the target does not have yet is an error naming the
// release that introduced it.
func (tc *toolCommand) resolveTarget() (kversion.Choice, error) {
	fs := tc.cmd.Flags()
	if tc.targetErr != nil && !fs.Changed("target-version") {
		return kversion.Choice{}, tc.targetErr
	}
	choice, err := kversion.Choose(tc.target, tc.outputModuleDir(), tc.tool.inPlace)
	if err != nil {
		return kversion.Choice{}, fmt.Errorf("%s: %w", tc.tool.name, err)
	}
	if err := checkFlagsSince(tc.tool.name, fs, choice); err != nil {
		return kversion.Choice{}, err
	}
	return choice, nil
}

// outputModuleDir is where the output's module is looked for: the
// --output-dir when the tool has one and it is given, else the working
// directory (in-place generators write into their inputs, found from it).
func (tc *toolCommand) outputModuleDir() string {
	if f := tc.cmd.Flags().Lookup("output-dir"); f != nil && f.Value.String() != "" {
		return f.Value.String()
	}
	return "."
}

// checkFlagsSince reports every flag given that the target lacks.
func checkFlagsSince(tool string, fs *pflag.FlagSet, choice kversion.Choice) error {
	var msgs []string
	for _, table := range []map[string]kversion.Version{flagsSince["*"], flagsSince[tool]} {
		for _, name := range sortedNames(table) {
			f := fs.Lookup(name)
			if f == nil || !fs.Changed(name) || f.Value.String() == f.DefValue || choice.Version.AtLeast(table[name]) {
				continue
			}
			msgs = append(msgs, fmt.Sprintf("--%s came with %s %s; the target is %s: drop the flag, or target %s or later (--target-version)",
				name, tool, table[name], choice, table[name]))
		}
	}
	if len(msgs) > 0 {
		return fmt.Errorf("%s", strings.Join(msgs, "\n"))
	}
	return nil
}

func sortedNames(m map[string]kversion.Version) []string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	slices.Sort(names)
	return names
}
