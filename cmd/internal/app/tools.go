package app

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"k8s.io/klog/v2"

	"github.com/kodegen/kodegen/generators/applyconfig"
	"github.com/kodegen/kodegen/generators/client"
	"github.com/kodegen/kodegen/generators/conversion"
	"github.com/kodegen/kodegen/generators/deepcopy"
	"github.com/kodegen/kodegen/generators/defaulter"
	"github.com/kodegen/kodegen/generators/informer"
	"github.com/kodegen/kodegen/generators/lifecycle"
	"github.com/kodegen/kodegen/generators/lister"
	"github.com/kodegen/kodegen/generators/object"
	"github.com/kodegen/kodegen/generators/openapi"
	"github.com/kodegen/kodegen/generators/register"
	"github.com/kodegen/kodegen/generators/validation"
	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/kversion"
	"github.com/kodegen/kodegen/internal/markers"
)

// tool is one generator command: upstream's binary name, its help, and
// how its flags become a generator. Every generator command is built from
// one of these (see tools), with the same shape: the generator's own flags
// (Config.AddFlags), --verify and klog's -v.
type tool struct {
	name    string // upstream's binary name, e.g. "deepcopy-gen"
	short   string
	long    string // what it writes; the markers part of --help comes from the catalogue
	example string
	// packages says the arguments are input packages. client-gen takes
	// none: it reads --input and --input-base.
	packages bool
	// bind declares the generator's flags on fs and returns its build step.
	bind func(fs *pflag.FlagSet) build
	// advise, when set, checks the parsed flags against the machine (what
	// the generator may not read itself); its error is printed as a warning.
	advise func(fs *pflag.FlagSet) error
	// inPlace says the generator writes into its input packages (deepcopy,
	// defaulter, conversion, register): without a k8s.io/client-go
	// requirement, its target comes from k8s.io/apimachinery's.
	inPlace bool
	// untargeted says the generator has no --target-version (openapi-gen,
	// kube-openapi's, is not versioned with client-go).
	untargeted bool
	// instead, when set, may do the command's job itself on the parsed
	// flags (validation-gen --docs prints and exits) and report so.
	instead func(fs *pflag.FlagSet, out io.Writer) (done bool, err error)
}

// build turns parsed flags, arguments and the resolved target into a
// generator; it validates (through the generator's New) and reads nothing
// else.
type build func(fs *pflag.FlagSet, args []string, target kversion.Version) (engine.Generator, error)

// bindConfig is the bind of a generator package with the usual skeleton:
// Defaults, Config.AddFlags and New. finish copies the arguments (and
// whatever else depends on the parsed flags) into the Config.
func bindConfig[C any](defaults func() C, addFlags func(*C, *pflag.FlagSet), finish func(*C, *pflag.FlagSet, []string), newGen func(C) (engine.Generator, error)) func(*pflag.FlagSet) build {
	return func(fs *pflag.FlagSet) build {
		cfg := defaults()
		addFlags(&cfg, fs)
		return func(fs *pflag.FlagSet, args []string, target kversion.Version) (engine.Generator, error) {
			finish(&cfg, fs, args)
			if t, ok := any(&cfg).(interface{ SetTarget(kversion.Version) }); ok {
				t.SetTarget(target)
			}
			return newGen(cfg)
		}
	}
}

// tools are the generator commands, sorted by name.
var tools = []tool{
	{
		name:  "applyconfiguration-gen",
		short: "Generate server-side apply configurations (With… builders, Extract…) for API types",
		long: `applyconfiguration-gen writes, for every type of the given API packages that is reachable
from a +genclient type with the apply verb, a <Type>ApplyConfiguration with With… builders
into --output-dir/<group>/<version>, plus utils.go (ForKind, NewTypeConverter) and
internal/internal.go (the structured-merge-diff schema from --openapi-schema).`,
		packages: true,
		bind: bindConfig(applyconfig.Defaults, (*applyconfig.Config).AddFlags,
			func(c *applyconfig.Config, _ *pflag.FlagSet, args []string) { c.Inputs = args }, applyconfig.New),
	},
	{
		name:  "client-gen",
		short: "Generate a typed clientset for the +genclient types of API group/versions",
		long: `client-gen writes a clientset below --output-dir/--clientset-name: clientset.go,
scheme/, fake/ and, per --input group/version, typed/<group>/<version> with a
client per +genclient type (on k8s.io/client-go/gentype), the group client,
expansion interfaces and fakes. With --apply-configuration-package the clients
get Apply and ApplyStatus.`,
		example: `  client-gen --go-header-file hack/boilerplate.go.txt --clientset-name versioned \
    --output-dir pkg/generated/clientset --output-pkg example.com/pkg/generated/clientset \
    --input-base example.com/pkg/apis --input shop/v1 --input shop/v1beta1`,
		bind: bindConfig(client.Defaults, (*client.Config).AddFlags,
			func(*client.Config, *pflag.FlagSet, []string) {}, client.New),
		advise: func(fs *pflag.FlagSet) error {
			dir, _ := fs.GetString("output-dir")
			pkg, _ := fs.GetString("output-pkg")
			return outputLocation(dir, pkg)
		},
	},
	{
		name:       "controller-gen-object",
		inPlace:    true,
		untargeted: true,
		short:      "Generate DeepCopy, DeepCopyInto and DeepCopyObject as controller-gen's object generator does",
		long: `controller-gen-object is controller-gen's object generator (sigs.k8s.io/controller-tools
v0.23.0, "controller-gen object:headerFile=<file>,year=<year> paths=<packages>"), byte for
byte: zz_generated.deepcopy.go in every package with +kubebuilder:object:generate=true (or
types with +kubebuilder:object:root=true, which also get DeepCopyObject).`,
		example:  "  controller-gen-object --header-file hack/boilerplate.go.txt ./api/...",
		packages: true,
		bind: bindConfig(object.Defaults, (*object.Config).AddFlags,
			func(c *object.Config, _ *pflag.FlagSet, args []string) { c.Inputs = args }, object.New),
	},
	{
		name:    "conversion-gen",
		inPlace: true,
		short:   "Generate conversion functions between versioned and internal API types",
		long: `conversion-gen writes autoConvert_<a>_To_<b> and Convert_<a>_To_<b> functions between the types of
each input package and their namesakes in its peer packages, and RegisterConversions(scheme).`,
		packages: true,
		bind: bindConfig(conversion.Defaults, (*conversion.Config).AddFlags,
			func(c *conversion.Config, _ *pflag.FlagSet, args []string) { c.Inputs = args }, conversion.New),
	},
	{
		name:    "deepcopy-gen",
		inPlace: true,
		short:   "Generate DeepCopy, DeepCopyInto and DeepCopy<Interface> methods",
		long: `deepcopy-gen writes DeepCopyInto, DeepCopy and DeepCopy<Interface> methods
for the types of the given packages into --output-file in each package.
Hand-written DeepCopy/DeepCopyInto methods are used instead of generating them.`,
		example:  "  deepcopy-gen --output-file zz_generated.deepcopy.go --go-header-file hack/boilerplate.go.txt ./pkg/apis/...",
		packages: true,
		bind: bindConfig(deepcopy.Defaults, (*deepcopy.Config).AddFlags,
			func(c *deepcopy.Config, fs *pflag.FlagSet, args []string) {
				c.Inputs = args
				// Without these flags, regenerate what is there rather than
				// write a second, conflicting file (upstream's default).
				c.KeepExistingName = !fs.Changed("output-file")
				c.KeepExistingHeader = !fs.Changed("go-header-file")
			}, deepcopy.New),
	},
	{
		name:    "defaulter-gen",
		inPlace: true,
		short:   "Generate SetObjectDefaults_ functions and RegisterDefaults for API packages",
		long: `defaulter-gen writes, into every package that has +k8s:defaulter-gen=<FieldName> in its doc.go,
a file with a SetObjectDefaults_<Type> function per type having that field (or marked
+k8s:defaulter-gen=true), which calls every hand-written SetDefaults_<Type> below it and
applies every +default=<JSON> marker, and RegisterDefaults(scheme) registering them all.`,
		packages: true,
		bind: bindConfig(defaulter.Defaults, (*defaulter.Config).AddFlags,
			func(c *defaulter.Config, _ *pflag.FlagSet, args []string) { c.Inputs = args }, defaulter.New),
	},
	{
		name:  "informer-gen",
		short: "Generate shared informers for the +genclient types of API packages",
		long: `informer-gen writes, below --output-dir, an informer for every +genclient type
of the given packages that has the list and watch verbs (in <group>/<version>
packages, with the version and group interfaces), a SharedInformerFactory
(factory.go), its ForResource lookup (generic.go) and internalinterfaces/.
Versioned packages go to externalversions/ and internal ones to
internalversion/, unless --single-directory is given.

The informers use the clientset of --versioned-clientset-package (and
--internal-clientset-package) and the listers of --listers-package.

Like upstream, each informer's GroupVersionResource names the resource as
the lower-case Kind + "s" (NetworkPolicy → networkpolicys), whatever
--plural-exceptions says. --plural-resource-names uses the real resource
name instead: the type's +resourceName, else its lower-case plural with
--plural-exceptions applied (networkpolicies).`,
		example: `  informer-gen --go-header-file hack/boilerplate.go.txt \
    --output-dir pkg/generated/informers --output-pkg example.com/pkg/generated/informers \
    --versioned-clientset-package example.com/pkg/generated/clientset/versioned \
    --listers-package example.com/pkg/generated/listers \
    example.com/pkg/apis/shop/v1`,
		packages: true,
		bind: bindConfig(informer.Defaults, (*informer.Config).AddFlags,
			func(c *informer.Config, _ *pflag.FlagSet, args []string) { c.Inputs = args }, informer.New),
	},
	{
		name:  "lister-gen",
		short: "Generate listers for the +genclient types of API packages",
		long: `lister-gen writes a lister (List, Get, and per-namespace access for namespaced
types) for every +genclient type of the given packages that has the get and
list verbs, below --output-dir in <group>/<version> packages, plus
expansion_generated.go with an empty <Type>ListerExpansion interface for
every type without a hand-written <type>_expansion.go.`,
		example: `  lister-gen --go-header-file hack/boilerplate.go.txt \
    --output-dir pkg/generated/listers --output-pkg example.com/pkg/generated/listers \
    example.com/pkg/apis/shop/v1`,
		packages: true,
		bind: bindConfig(lister.Defaults, (*lister.Config).AddFlags,
			func(c *lister.Config, _ *pflag.FlagSet, args []string) { c.Inputs = args }, lister.New),
	},
	{
		name:       "openapi-gen",
		untargeted: true,
		short:      "Generate OpenAPI definitions (GetOpenAPIDefinitions) and model names for API types",
		long: `openapi-gen writes --output-dir/--output-file, whose GetOpenAPIDefinitions returns the
OpenAPI definition of every type selected by +k8s:openapi-gen=true (on the package in doc.go,
or on the type), and the API rule violation report (--report-filename: a file, "-" for the
standard output, /dev/null). With --output-model-name-file it also writes, into every input
package with +k8s:openapi-model-package, OpenAPIModelName methods (never into the module
cache or GOROOT).`,
		example: `  openapi-gen --go-header-file hack/boilerplate.go.txt \
    --output-dir pkg/generated/openapi --output-pkg example.com/pkg/generated/openapi \
    --output-file zz_generated.openapi.go --report-filename /dev/null \
    k8s.io/apimachinery/pkg/apis/meta/v1 example.com/pkg/apis/shop/v1`,
		packages: true,
		bind: bindConfig(openapi.Defaults, (*openapi.Config).AddFlags,
			func(c *openapi.Config, _ *pflag.FlagSet, args []string) { c.Inputs = args }, openapi.New),
	},
	{
		name:    "prerelease-lifecycle-gen",
		inPlace: true,
		short:   "Generate APILifecycleIntroduced/Deprecated/Replacement/Removed methods for API types",
		long: `prerelease-lifecycle-gen writes, into every package that has +k8s:prerelease-lifecycle-gen=true in its
doc.go, a file with APILifecycleIntroduced, APILifecycleDeprecated, APILifecycleReplacement and
APILifecycleRemoved methods for every type embedding TypeMeta, from its
+k8s:prerelease-lifecycle-gen:introduced/deprecated/removed/replacement markers. Alpha and beta
versions are deprecated three minor releases after they were introduced and removed three after
that unless the markers say otherwise; GA versions (v1, v2, …) only when they say so.`,
		example:  "  prerelease-lifecycle-gen --output-file zz_generated.prerelease-lifecycle.go --go-header-file hack/boilerplate.go.txt ./pkg/apis/...",
		packages: true,
		bind: bindConfig(lifecycle.Defaults, (*lifecycle.Config).AddFlags,
			func(c *lifecycle.Config, _ *pflag.FlagSet, args []string) { c.Inputs = args }, lifecycle.New),
	},
	{
		name:    "register-gen",
		inPlace: true,
		short:   "Generate scheme registration (SchemeGroupVersion, AddToScheme, addKnownTypes) for API packages",
		long: `register-gen writes, into every versioned package that has +groupName= (or +k8s:register-gen=true)
in its doc.go and no hand-written register.go, a file declaring GroupName, SchemeGroupVersion,
SchemeBuilder, AddToScheme and addKnownTypes for every type embedding TypeMeta.`,
		packages: true,
		bind: bindConfig(register.Defaults, (*register.Config).AddFlags,
			func(c *register.Config, _ *pflag.FlagSet, args []string) { c.Inputs = args }, register.New),
	},
	{
		name:  "validation-gen",
		short: "Generate declarative validation (Validate_<Type>, RegisterValidations) from +k8s: validation tags",
		long: `validation-gen writes, into every package that has +k8s:validation-gen=TypesWithField=<Field>
(or =*) in its doc.go, a file with a Validate_<Type> function per selected type (and per type they
reach that has validations), which applies the +k8s: validation tags of the type and its fields
(+k8s:required, +k8s:minimum, +k8s:format, …), and RegisterValidations(scheme). An unknown
validation tag, or one where it does not apply, is an error. --docs prints every tag.`,
		example:  "  validation-gen --output-file zz_generated.validations.go --go-header-file hack/boilerplate.go.txt ./pkg/apis/...",
		packages: true,
		bind: bindConfig(validation.Defaults, (*validation.Config).AddFlags,
			func(c *validation.Config, _ *pflag.FlagSet, args []string) { c.Inputs = args }, validation.New),
		instead: func(fs *pflag.FlagSet, out io.Writer) (bool, error) {
			if docs, _ := fs.GetBool("docs"); docs {
				return true, validation.Docs(out)
			}
			return false, nil
		},
	},
}

// findTool finds a generator command by its upstream name, with or without
// the "-gen" suffix.
func findTool(name string) (tool, error) {
	for _, t := range tools {
		if t.name == name || t.name == name+"-gen" {
			return t, nil
		}
	}
	return tool{}, fmt.Errorf("unknown generator %q%s: want one of %s", name, didYouMean(name, toolNames()), strings.Join(toolNames(), ", "))
}

func toolNames() []string {
	names := make([]string, len(tools))
	for i, t := range tools {
		names[i] = t.name
	}
	return names
}

// Command returns the command of the generator upstream calls name
// ("deepcopy-gen"); the mains of cmd/<name> run it.
func Command(name string) *cobra.Command {
	t, err := findTool(name)
	if err != nil {
		return &cobra.Command{Use: name, RunE: func(*cobra.Command, []string) error { return err }}
	}
	return t.newCommand().cmd
}

// toolCommand is one generator command, with what batch needs besides
// cobra's command: its --verify and its build step.
type toolCommand struct {
	tool  tool
	cmd   *cobra.Command
	run   RunFlags
	build build
	// target is --target-version (default $KODEGEN_TARGET_VERSION),
	// targetErr a bad $KODEGEN_TARGET_VERSION, choice the target the last
	// build used and why.
	target    kversion.Flag
	targetErr error
	choice    kversion.Choice
}

func (t tool) newCommand() *toolCommand {
	tc := &toolCommand{tool: t}
	use := t.name + " [flags] PACKAGE..."
	if !t.packages {
		use = t.name + " [flags]"
	}
	tc.cmd = &cobra.Command{
		Use:     use,
		Short:   t.short,
		Long:    t.long + markerHelp(t.name),
		Example: t.example,
		// Upstream accepts any arguments (none: nothing to do; client-gen
		// ignores them); so do we, with a warning.
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if t.instead != nil {
				if done, err := t.instead(cmd.Flags(), cmd.OutOrStdout()); done || err != nil {
					return err
				}
			}
			g, err := tc.generator(args)
			if err != nil {
				return err
			}
			return runGenerators(cmd, tc.run, g)
		},
	}
	Silence(tc.cmd)
	fs := tc.cmd.Flags()
	tc.build = t.bind(fs)
	if !t.untargeted {
		tc.targetErr = addTargetFlag(fs, &tc.target)
	}
	AddRunFlags(fs, &tc.run)
	AddKlogFlags(fs)
	return tc
}

// generator is the command's build step on its parsed flags and args. It
// warns, on the command's error stream, about arguments upstream accepts
// but that do nothing.
func (tc *toolCommand) generator(args []string) (engine.Generator, error) {
	switch {
	case tc.tool.packages && len(args) == 0:
		fmt.Fprintf(tc.cmd.ErrOrStderr(), "%s: warning: no input packages given, nothing to generate; give package patterns as arguments, e.g. ./pkg/apis/...\n", tc.tool.name)
	case !tc.tool.packages && len(args) > 0:
		fmt.Fprintf(tc.cmd.ErrOrStderr(), "%s: warning: ignoring the arguments %s: %s reads its packages from --input and --input-base\n", tc.tool.name, strings.Join(args, " "), tc.tool.name)
	}
	if tc.tool.advise != nil {
		if err := tc.tool.advise(tc.cmd.Flags()); err != nil {
			fmt.Fprintf(tc.cmd.ErrOrStderr(), "%s: warning: %v\n", tc.tool.name, err)
		}
	}
	var target kversion.Version
	if !tc.tool.untargeted {
		choice, err := tc.resolveTarget()
		if err != nil {
			return nil, err
		}
		tc.choice, target = choice, choice.Version
		klog.V(1).Infof("%s: target %s", tc.tool.name, choice)
	}
	return tc.build(tc.cmd.Flags(), args, target)
}

// markerHelp is the markers part of a generator's --help, from the marker
// catalogue: every marker the tool reads (Def.ReadByTool).
func markerHelp(toolName string) string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	for _, d := range markers.Catalogue() {
		if !d.ReadByTool(toolName) {
			continue
		}
		m := d.Marker()
		if vals := slices.DeleteFunc(slices.Clone(d.Allowed), func(v string) bool { return v == "" }); len(vals) > 0 {
			m += "=" + strings.Join(vals, "|") // "" is the bare marker
		}
		fmt.Fprintf(w, "  %s\t(%s) %s\n", m, d.Scopes, d.Doc)
	}
	w.Flush()
	if b.Len() == 0 {
		return ""
	}
	return "\n\nMarkers (kodegen markers --generator " + toolName + " adds examples):\n" + strings.TrimSuffix(b.String(), "\n")
}
