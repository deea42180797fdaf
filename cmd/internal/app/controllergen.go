package app

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kodegen/kodegen/generators/crd"
	"github.com/kodegen/kodegen/generators/object"
	"github.com/kodegen/kodegen/internal/engine"
)

// controller-gen's command line: every argument is an option in the
// markers' grammar (crd:maxDescLen=0, paths=./..., output:crd:dir=...).

var cgGenerators = []string{"crd", "object", "rbac", "webhook", "schemapatch", "applyconfiguration"}

func cgOptionDefs() []crd.OptionDef {
	defs := []crd.OptionDef{
		{Name: "paths", Anon: "[]string", Help: "the package patterns to read (paths=./...; paths={./a/...,./b/...} or repeated)"},
		{Name: "crd", Help: "write CRD manifests", Args: []crd.OptionArg{
			{Name: "crdVersions", Type: "[]string", Optional: true, Help: "apiextensions versions to write (only v1)"},
			{Name: "maxDescLen", Type: "int", Optional: true, Help: "truncate descriptions to this length (0 drops them)"},
			{Name: "allowDangerousTypes", Type: "bool", Optional: true, Help: "allow float fields"},
			{Name: "generateEmbeddedObjectMeta", Type: "bool", Optional: true, Help: "give embedded ObjectMeta its name/namespace/labels/annotations/finalizers schema"},
			{Name: "ignoreUnexportedFields", Type: "bool", Optional: true, Help: "skip unexported fields"},
			{Name: "headerFile", Type: "string", Optional: true, Help: "text to start every file with"},
			{Name: "year", Type: "string", Optional: true, Help: "replaces YEAR in the header"},
			{Name: "deprecatedV1beta1CompatibilityPreserveUnknownFields", Type: "bool", Optional: true, Help: "set spec.preserveUnknownFields"},
			{Name: "omitToolVersion", Type: "bool", Optional: true, Help: "leave out the controller-gen.kubebuilder.io/version annotation"},
		}},
		{Name: "object", Help: "write deepcopy methods (zz_generated.deepcopy.go)", Args: []crd.OptionArg{
			{Name: "headerFile", Type: "string", Optional: true},
			{Name: "year", Type: "string", Optional: true},
		}},
		{Name: "rbac", Help: "not supported yet", Args: []crd.OptionArg{{Name: "roleName", Type: "string", Optional: true}, {Name: "fileName", Type: "string", Optional: true}, {Name: "headerFile", Type: "string", Optional: true}, {Name: "year", Type: "string", Optional: true}}},
		{Name: "webhook", Help: "not supported yet", Args: []crd.OptionArg{{Name: "headerFile", Type: "string", Optional: true}, {Name: "year", Type: "string", Optional: true}}},
		{Name: "schemapatch", Help: "not supported yet", Args: []crd.OptionArg{{Name: "manifests", Type: "string"}, {Name: "maxDescLen", Type: "int", Optional: true}, {Name: "generateEmbeddedObjectMeta", Type: "bool", Optional: true}}},
		{Name: "applyconfiguration", Help: "not supported yet", Args: []crd.OptionArg{{Name: "headerFile", Type: "string", Optional: true}}},
	}
	outputs := func(prefix, who string) []crd.OptionDef {
		return []crd.OptionDef{
			{Name: prefix + "dir", Anon: "string", Help: "write " + who + " into this directory"},
			{Name: prefix + "stdout", Help: "print " + who},
			{Name: prefix + "none", Help: "write " + who + " nowhere"},
			{Name: prefix + "artifacts", Help: "write " + who + "'s manifests into config", Args: []crd.OptionArg{
				{Name: "config", Type: "string"}, {Name: "code", Type: "string", Optional: true}}},
		}
	}
	defs = append(defs, outputs("output:", "every generator's output")...)
	for _, g := range cgGenerators {
		defs = append(defs, outputs("output:"+g+":", g+"'s output")...)
	}
	return defs
}

// cgOutput is where one generator's files go.
type cgOutput struct {
	kind string // dir, stdout, none, artifacts
	dir  string
	code string // artifacts: where package files go instead of their package
}

// ControllerGen is the controller-gen command.
func ControllerGen() *cobra.Command {
	var which int
	var detailed bool
	var run RunFlags
	var toolVersion string
	var printVersion bool
	cmd := &cobra.Command{
		Use:   "controller-gen [options] paths=./...",
		Short: "Generate CRD manifests from Go API types (kodegen's controller-gen)",
		Long: `Generate Kubernetes API extension manifests from Go types, as controller-gen v0.23.0 does.

Options are written as markers: crd:maxDescLen=0,crdVersions=v1 paths=./... output:crd:artifacts:config=config/crd/bases.
Supported generators: crd; object is wired by kodegen's deepcopy support; rbac, webhook,
schemapatch and applyconfiguration are not supported yet.

Run with -w to list the markers of the generators named (crd, object; both when
none is), -ww with their arguments, -wwww as JSON; the options are listed below.`,
		Example: `  controller-gen crd paths=./api/... output:crd:artifacts:config=config/crd/bases
  controller-gen crd:maxDescLen=0 paths=./... output:crd:stdout`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if printVersion {
				fmt.Fprintf(cmd.OutOrStdout(), "Version: %s (kodegen)\n", crd.DefaultVersion)
				return nil
			}
			if which > 0 {
				return cgMarkerDocs(cmd.OutOrStdout(), cmd.ErrOrStderr(), which, cgNamedGenerators(args))
			}
			if len(args) == 0 {
				return cmd.Help()
			}
			gens, err := cgPlan(args, toolVersion)
			if err != nil {
				return err
			}
			if len(gens) == 0 {
				fmt.Fprintln(cmd.ErrOrStderr(), "no generators to run")
				return nil
			}
			return runGenerators(cmd, run, gens...)
		},
	}
	Silence(cmd)
	fs := cmd.Flags()
	fs.CountVarP(&which, "which-markers", "w", "print the markers of the generators named (-ww: with their arguments, -www: one line each, -wwww: JSON)")
	fs.BoolVar(&detailed, "detailed-help", false, "same as -ww")
	fs.BoolVar(&printVersion, "version", false, "print the controller-gen version reproduced")
	fs.StringVar(&toolVersion, "tool-version", "", "the controller-gen.kubebuilder.io/version annotation (default: the one in the existing CRD files, else "+crd.DefaultVersion+")")
	AddRunFlags(fs, &run)
	help := cmd.HelpFunc()
	cmd.SetHelpFunc(func(c *cobra.Command, args []string) {
		help(c, args)
		cgOptionsHelp(c.OutOrStdout())
	})
	cmd.PreRun = func(*cobra.Command, []string) {
		if detailed && which < 2 {
			which = 2
		}
	}
	return cmd
}

// cgPlan turns controller-gen options into generators.
func cgPlan(args []string, toolVersion string) ([]engine.Generator, error) {
	defs := cgOptionDefs()
	var paths []string
	gens := map[string]*crd.Option{}
	var order []string
	outputs := map[string]cgOutput{}
	var def *cgOutput
	var errs []error
	for _, a := range args {
		o, err := crd.ParseOption(defs, a)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		name := o.Def.Name
		switch {
		case name == "paths":
			paths = append(paths, o.Anon.([]string)...)
		case strings.HasPrefix(name, "output:"):
			parts := strings.Split(name, ":")
			out := cgOutput{kind: parts[len(parts)-1]}
			switch out.kind {
			case "dir":
				out.dir, _ = o.Anon.(string)
			case "artifacts":
				out.dir, _ = o.Args["config"].(string)
				out.code, _ = o.Args["code"].(string)
			}
			if len(parts) == 3 {
				outputs[parts[1]] = out
			} else {
				def = &out
			}
		default:
			if gens[name] != nil {
				errs = append(errs, fmt.Errorf("multiple instances of '%s' generator specified", name))
				continue
			}
			gens[name] = o
			order = append(order, name)
		}
	}
	for g := range outputs {
		if gens[g] == nil {
			errs = append(errs, fmt.Errorf("non-invoked generator %q", g))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	outFor := func(g string) cgOutput {
		if o, ok := outputs[g]; ok {
			return o
		}
		if def != nil {
			return *def
		}
		return cgOutput{kind: "dir", dir: filepath.Join("config", g)}
	}
	var out []engine.Generator
	for _, name := range order {
		o := gens[name]
		switch name {
		case "crd":
			cfg, err := crdConfig(o, paths, outFor(name), toolVersion)
			if err != nil {
				return nil, err
			}
			if cfg == nil {
				continue
			}
			g, err := crd.New(*cfg)
			if err != nil {
				return nil, err
			}
			out = append(out, g)
		case "object":
			// object writes beside the types, as controller-gen's
			// default rule (artifacts) does; another rule is refused
			// rather than ignored.
			if r, ok := outputs[name]; ok || def != nil {
				if !ok {
					r = *def
				}
				switch {
				case r.kind == "none":
					continue
				case r.kind != "artifacts" || r.code != "":
					return nil, fmt.Errorf("controller-gen: kodegen writes object's zz_generated.deepcopy.go beside the types (controller-gen's default); output:%s for object is not supported yet: drop it", r.kind)
				}
			}
			header, _ := o.Args["headerFile"].(string)
			year, _ := o.Args["year"].(string)
			g, err := object.New(object.Config{Inputs: paths, HeaderFile: header, Year: year})
			if err != nil {
				return nil, err
			}
			out = append(out, g)
		default:
			return nil, fmt.Errorf("controller-gen: the %s generator is not supported yet by kodegen's controller-gen; run upstream controller-gen for %s", name, name)
		}
	}
	return out, nil
}

func crdConfig(o *crd.Option, paths []string, out cgOutput, toolVersion string) (*crd.Config, error) {
	cfg := crd.Config{Inputs: paths, ToolVersion: toolVersion}
	switch out.kind {
	case "none":
		return nil, nil
	case "stdout":
		cfg.Stdout = true
	default:
		cfg.OutputDir = out.dir
	}
	if v, ok := o.Args["crdVersions"].([]string); ok {
		cfg.CRDVersions = v
	}
	if v, ok := o.Args["maxDescLen"].(int); ok {
		cfg.MaxDescLen = &v
	}
	b := func(name string) bool { v, _ := o.Args[name].(bool); return v }
	cfg.AllowDangerousTypes = b("allowDangerousTypes")
	cfg.GenerateEmbeddedObjectMeta = b("generateEmbeddedObjectMeta")
	cfg.IgnoreUnexportedFields = b("ignoreUnexportedFields")
	cfg.OmitToolVersion = b("omitToolVersion")
	if v, ok := o.Args["deprecatedV1beta1CompatibilityPreserveUnknownFields"].(bool); ok {
		cfg.PreserveUnknownFields = &v
	}
	cfg.HeaderFile, _ = o.Args["headerFile"].(string)
	cfg.Year, _ = o.Args["year"].(string)
	if len(paths) == 0 {
		return nil, errors.New("controller-gen: no paths given (add paths=./... )")
	}
	return &cfg, nil
}

// cgOptionsHelp prints the options, as controller-gen's usage ends with
// them.
func cgOptionsHelp(w io.Writer) {
	fmt.Fprint(w, "\n\nOptions (controller-gen's grammar: name:arg=value,arg=value)\n\n")
	for _, d := range cgOptionDefs() {
		if strings.HasPrefix(d.Name, "output:") && strings.Count(d.Name, ":") == 2 && !strings.HasPrefix(d.Name, "output:crd:") {
			continue
		}
		fmt.Fprintf(w, "  %s\n      %s\n", d.Usage(), d.Help)
		for _, a := range d.Args {
			if a.Help != "" {
				fmt.Fprintf(w, "      %s: %s\n", a.Name, a.Help)
			}
		}
	}
}

// hasGenerator reports whether controller-gen options name a generator.
func hasGenerator(args []string) bool {
	for _, a := range args {
		name, _, _ := strings.Cut(strings.TrimPrefix(a, "+"), "=")
		name, _, _ = strings.Cut(name, ":")
		for _, g := range cgGenerators {
			if name == g {
				return true
			}
		}
	}
	return false
}
