package register

import (
	"io"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/snippet"
	"github.com/kodegen/kodegen/internal/kversion"
)

var (
	metaGroupVersion   = types.Ref("k8s.io/apimachinery/pkg/apis/meta/v1", "GroupVersion")
	addToGroupVersion  = types.Ref("k8s.io/apimachinery/pkg/apis/meta/v1", "AddToGroupVersion")
	schemaGroupVersion = types.Ref("k8s.io/apimachinery/pkg/runtime/schema", "GroupVersion")
	groupResource      = types.Ref("k8s.io/apimachinery/pkg/runtime/schema", "GroupResource")
	runtimeScheme      = types.Ref("k8s.io/apimachinery/pkg/runtime", "Scheme")
	schemeBuilder      = types.Ref("k8s.io/apimachinery/pkg/runtime", "SchemeBuilder")
)

// genRegister writes one package's registration file.
type genRegister struct {
	snippet.File
	group, version string
	kinds          []string
	target         kversion.Version
}

// plainImports: before v0.32 register-gen spelled runtime and schema by
// hand, and gofmt's import pass added them without a name.
var plainImports = kversion.From([]string{"k8s.io/apimachinery/pkg/runtime", "k8s.io/apimachinery/pkg/runtime/schema"}, kversion.V0_32, nil)

// deprecatedGap: from v0.35 an empty comment line separates the
// SchemeGroupVersion comment from its Deprecated paragraph.
var deprecatedGap = kversion.From("", kversion.V0_35, "//\n")

func (g *genRegister) Filter(*generator.Context, *types.Type) bool { return false }

func (g *genRegister) Finalize(c *generator.Context, w io.Writer) error {
	sw := snippet.NewWriter(w, c, "$", "$")
	sw.Do(registerTmpl, generator.Args{
		"group":              g.group,
		"version":            g.version,
		"kinds":              g.kinds,
		"metaGroupVersion":   metaGroupVersion,
		"schemaGroupVersion": schemaGroupVersion,
		"groupResource":      groupResource,
		"schemeBuilder":      schemeBuilder,
		"scheme":             runtimeScheme,
		"addToGroupVersion":  addToGroupVersion,
		"deprecatedGap":      deprecatedGap.At(g.target),
	})
	return sw.Error()
}

// registerTmpl is the whole file body. The order in which it names outside
// packages decides their import names, as upstream.
const registerTmpl = `
// GroupName specifies the group name used to register the objects.
const GroupName = "$.group$"

// GroupVersion specifies the group and the version used to register the objects.
var GroupVersion = $.metaGroupVersion|raw${Group: GroupName, Version: "$.version$"}

// SchemeGroupVersion is group version used to register these objects
$.deprecatedGap$// Deprecated: use GroupVersion instead.
var SchemeGroupVersion = $.schemaGroupVersion|raw${Group: GroupName, Version: "$.version$"}

// Resource takes an unqualified resource and returns a Group qualified GroupResource
func Resource(resource string) $.groupResource|raw$ {
	return SchemeGroupVersion.WithResource(resource).GroupResource()
}

var (
	// localSchemeBuilder and AddToScheme will stay in k8s.io/kubernetes.
	SchemeBuilder      $.schemeBuilder|raw$
	localSchemeBuilder = &SchemeBuilder
	// Deprecated: use Install instead
	AddToScheme = localSchemeBuilder.AddToScheme
	Install     = localSchemeBuilder.AddToScheme
)

func init() {
	// We only register manually written functions here. The registration of the
	// generated functions takes place in the generated files. The separation
	// makes the code compile even when the generated files are missing.
	localSchemeBuilder.Register(addKnownTypes)
}

// Adds the list of known types to Scheme.
func addKnownTypes(scheme *$.scheme|raw$) error {
	scheme.AddKnownTypes(SchemeGroupVersion,
$- range .kinds $
		&$ . ${},
$- end $
	)
	// AddToGroupVersion allows the serialization of client types like ListOptions.
	$.addToGroupVersion|raw$(scheme, SchemeGroupVersion)
	return nil
}
`
