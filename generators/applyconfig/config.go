package applyconfig

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"go/token"
	"path"
	"sort"
	"strings"

	"github.com/spf13/pflag"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/apilint"
	"github.com/kodegen/kodegen/generators/internal/genflags"
	"github.com/kodegen/kodegen/internal/kversion"
)

// Config is everything applyconfiguration-gen is asked to do.
type Config struct {
	// Inputs are the API packages to generate apply configurations for.
	Inputs []string
	// OutputDir is the directory the output package tree is written to.
	OutputDir string
	// OutputPkg is the import path of OutputDir.
	OutputPkg string
	// HeaderFile is the boilerplate put on top of every file; "" for none.
	HeaderFile string
	// External maps types of other packages to the package holding their
	// (already generated) apply configurations.
	External map[types.Name]string
	// OpenAPISchema is a JSON OpenAPI document ({"definitions": …}) of the
	// input types; without it there is no internal package and no Extract
	// functions. GeneratedSchema builds the document in process from the
	// definitions openapi-gen renders in the same run.
	OpenAPISchema string
	// LintRules are the doc.go lint rules to enforce (apilint.Rules).
	LintRules []string
	// Target is the k8s.io/client-go release the output is for
	// (--target-version; the zero Version is the latest supported).
	Target kversion.Version
}

// SetTarget sets the release the output is for (the app layer resolves
// --target-version and go.mod into it).
func (c *Config) SetTarget(v kversion.Version) { c.Target = v }

// GeneratedSchema as --openapi-schema asks for the schema that a
// models-schema program would print for the OpenAPI definitions openapi-gen
// renders in the same run, built in memory: no file, no program.
const GeneratedSchema = "-generated-"

// metaV1 is the package of TypeMeta and ObjectMeta.
const metaV1 = "k8s.io/apimachinery/pkg/apis/meta/v1"

// DefaultExternal returns the apply configurations client-go publishes for
// meta/v1, which every run knows unless told otherwise.
func DefaultExternal() map[types.Name]string {
	m := map[types.Name]string{}
	for _, name := range []string{
		"Condition", "DeleteOptions", "LabelSelector", "LabelSelectorRequirement",
		"ManagedFieldsEntry", "ObjectMeta", "OwnerReference", "TypeMeta",
	} {
		m[types.Name{Package: metaV1, Name: name}] = "k8s.io/client-go/applyconfigurations/meta/v1"
	}
	return m
}

// Defaults are upstream's flag defaults: the meta/v1 apply configurations
// are known.
func Defaults() Config { return Config{External: DefaultExternal()} }

// AddFlags declares applyconfiguration-gen's flags on fs, bound to c, with
// c's values as their defaults.
func (c *Config) AddFlags(fs *pflag.FlagSet) {
	genflags.OutputDir(fs, &c.OutputDir)
	genflags.OutputPkg(fs, &c.OutputPkg)
	genflags.HeaderFile(fs, &c.HeaderFile)
	if c.External == nil {
		c.External = map[types.Name]string{}
	}
	fs.Var(&externalValue{m: c.External}, "external-applyconfigurations",
		"list of comma separated external apply configurations locations in <type-package>.<type-name>:<applyconfiguration-package> form."+
			"For example: k8s.io/api/apps/v1.Deployment:k8s.io/client-go/applyconfigurations/apps/v1")
	fs.StringVar(&c.OpenAPISchema, "openapi-schema", c.OpenAPISchema,
		"path to the openapi schema containing all the types that apply configurations will be generated for"+
			" (kodegen: "+GeneratedSchema+" builds it in process from the definitions openapi-gen renders in the same kodegen batch or gen run)")
	genflags.LintRules(fs, &c.LintRules)
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
		name, pkg, err := ParseExternal(e)
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

// ParseExternal parses one <package>.<Type>:<applyconfiguration package>
// entry of --external-applyconfigurations.
func ParseExternal(entry string) (types.Name, string, error) {
	parts := strings.Split(entry, ":")
	if len(parts) != 2 {
		return types.Name{}, "", fmt.Errorf("%q: want <package>.<Type>:<applyconfiguration package>, e.g. k8s.io/api/apps/v1.Deployment:k8s.io/client-go/applyconfigurations/apps/v1", entry)
	}
	i := strings.LastIndex(parts[0], ".")
	if i <= 0 || i == len(parts[0])-1 {
		return types.Name{}, "", fmt.Errorf("%q: %q is not <package>.<Type>", entry, parts[0])
	}
	return types.Name{Package: parts[0][:i], Name: parts[0][i+1:]}, parts[1], nil
}

// LintRules are the values --lint-rules accepts.
var LintRules = apilint.Rules

// Validate reports every problem of c at once, naming the flag.
func (c Config) Validate() error {
	var errs []error
	if c.OutputDir == "" {
		errs = append(errs, genflags.Required("output-dir"))
	}
	if c.OutputPkg == "" {
		errs = append(errs, genflags.Required("output-pkg"))
	} else if name := path.Base(c.OutputPkg); !token.IsIdentifier(name) {
		errs = append(errs, fmt.Errorf("--output-pkg %s: %q (the package name of utils.go) is not a Go identifier; end the path with one, e.g. %s", c.OutputPkg, name, path.Join(path.Dir(c.OutputPkg), "applyconfiguration")))
	}
	errs = append(errs, genflags.ImportPaths(map[string]string{"output-pkg": c.OutputPkg}))
	if err := apilint.Validate(c.LintRules); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}
