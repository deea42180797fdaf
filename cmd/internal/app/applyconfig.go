package app

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/applyconfig"
)

// ApplyconfigurationGen is applyconfiguration-gen: upstream's flags, plus
// --verify.
func ApplyconfigurationGen() *cobra.Command {
	cfg := applyconfig.Config{External: applyconfig.DefaultExternal()}
	var rf RunFlags
	cmd := &cobra.Command{
		Use:   "applyconfiguration-gen [flags] PACKAGE...",
		Short: "Generate server-side apply configurations (With… builders, Extract…) for API types",
		Long: `applyconfiguration-gen writes, for every type of the given API packages that is reachable
from a +genclient type with the apply verb, a <Type>ApplyConfiguration with With… builders
into --output-dir/<group>/<version>, plus utils.go (ForKind, NewTypeConverter) and
internal/internal.go (the structured-merge-diff schema from --openapi-schema).`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg.Inputs = args
			if err := cfg.Validate(); err != nil {
				return err
			}
			return Run(cmd.OutOrStdout(), rf, applyconfig.New(cfg))
		},
	}
	Silence(cmd)
	fs := cmd.Flags()
	fs.StringVar(&cfg.OutputDir, "output-dir", "", "the base directory under which to generate results")
	fs.StringVar(&cfg.OutputPkg, "output-pkg", "", "the Go import-path of the generated results")
	addHeaderFileFlag(fs, &cfg.HeaderFile)
	fs.Var(&externalValue{m: cfg.External}, "external-applyconfigurations",
		"list of comma separated external apply configurations locations in <type-package>.<type-name>:<applyconfiguration-package> form."+
			"For example: k8s.io/api/apps/v1.Deployment:k8s.io/client-go/applyconfigurations/apps/v1")
	fs.StringVar(&cfg.OpenAPISchema, "openapi-schema", "",
		"path to the openapi schema containing all the types that apply configurations will be generated for")
	addLintRulesFlag(fs, &cfg.LintRules)
	AddRunFlags(fs, &rf)
	AddKlogFlags(fs)
	return cmd
}

// externalValue is --external-applyconfigurations: comma separated
// <package>.<Type>:<applyconfiguration package> entries added to the
// defaults (meta/v1), as upstream.
type externalValue struct {
	m map[types.Name]string
}

func (v *externalValue) Set(s string) error {
	if s == "" {
		return nil
	}
	entries, err := csv.NewReader(strings.NewReader(s)).Read()
	if err != nil {
		return fmt.Errorf("%q: %w", s, err)
	}
	for _, e := range entries {
		name, pkg, err := applyconfig.ParseExternal(e)
		if err != nil {
			return err
		}
		if _, dup := v.m[name]; dup {
			return fmt.Errorf("%s.%s is given twice (the meta/v1 types are included by default)", name.Package, name.Name)
		}
		v.m[name] = pkg
	}
	return nil
}

func (v *externalValue) Type() string { return "string" }

func (v *externalValue) String() string {
	entries := make([]string, 0, len(v.m))
	for name, pkg := range v.m {
		entries = append(entries, name.Package+"."+name.Name+":"+pkg)
	}
	sort.Strings(entries)
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	_ = w.Write(entries)
	w.Flush()
	return "[" + strings.TrimSuffix(b.String(), "\n") + "]"
}
