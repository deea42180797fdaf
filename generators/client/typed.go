package client

import (
	"io"
	"path"
	"path/filepath"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/naming"
	"github.com/kodegen/kodegen/generators/internal/snippet"
	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/kversion"
)

// typedTarget is typed/<group>/<version>: a client per type, the group
// client and the expansion interfaces.
func (r *run) typedTarget(gv gvInfo) generator.Target {
	rel := gv.subdir()
	pkg := path.Join(r.clientsetPkg, rel)
	dir := filepath.Join(r.clientsetDir, filepath.FromSlash(rel))
	doc := "// This package has the automatically generated typed clients.\n"
	return r.target(rel, gv.Version.PackageName(), doc, r.onlyClientTypes, func(c *generator.Context) []generator.Generator {
		var gens []generator.Generator
		for _, t := range gv.Types {
			gens = append(gens, &genTypedClient{
				File: r.newFile(strings.ToLower(c.Namers["private"].Name(t))+".go", pkg),
				run:  r,
				gv:   gv,
				typ:  t,
			})
		}
		gens = append(gens,
			&genGroupClient{
				File: r.newFile(gv.PackageName+"_client.go", pkg, path.Join(r.clientsetPkg, "scheme")),
				run:  r,
				gv:   gv,
			},
			&genExpansion{
				GoGenerator: generator.GoGenerator{OutputFilename: "generated_expansion.go"},
				env:         r.env,
				dir:         dir,
				types:       gv.Types,
			})
		return gens
	})
}

// genGroupClient writes <group>_client.go: the group/version client, its
// getters for every type and its REST config defaults.
type genGroupClient struct {
	snippet.File
	run *run
	gv  gvInfo
	once
}

func (g *genGroupClient) Filter(*generator.Context, *types.Type) bool { return g.first() }

// getter is one type's accessor on a group client.
type getter struct {
	Client     string
	Type       *types.Type
	Namespaced bool
}

type groupClientArgs struct {
	// Client is the client type's name ("AppsV1"), Group the API group.
	Client, Group, APIPath string
	Internal               bool
	Getters                []getter
	Types                  []*types.Type
	RESTIf, Config, HTTPClient, HTTPClientFor, RESTClientForConfigAndClient,
	UserAgent, CodecFactory, SchemeGroupVersion, PrioritizedVersions, Scheme, Codecs *types.Type
}

func (g *genGroupClient) GenerateType(c *generator.Context, _ *types.Type, w io.Writer) error {
	sw := snippet.NewWriter(w, c, "$", "$")
	group := g.gv.Group.NonEmpty()
	if name, ok, err := naming.GroupNameOverride(c.Universe.Package(g.gv.InputPkg)); err != nil {
		return err
	} else if ok {
		group = name
	}
	scheme := path.Join(g.run.clientsetPkg, "scheme")
	args := groupClientArgs{
		Client:                       g.gv.GoName + namer.IC(string(g.gv.Version)),
		Group:                        group,
		APIPath:                      g.run.cfg.ClientsetAPIPath,
		Internal:                     g.gv.Version == "",
		Types:                        g.gv.Types,
		RESTIf:                       types.Ref(pkgRest, "Interface"),
		Config:                       types.Ref(pkgRest, "Config"),
		HTTPClient:                   types.Ref("net/http", "Client"),
		HTTPClientFor:                types.Ref(pkgRest, "HTTPClientFor"),
		RESTClientForConfigAndClient: types.Ref(pkgRest, "RESTClientForConfigAndClient"),
		UserAgent:                    types.Ref(pkgRest, "DefaultKubernetesUserAgent"),
		CodecFactory:                 types.Ref(pkgRest, "CodecFactoryForGeneratedClient"),
		SchemeGroupVersion:           types.Ref(g.gv.InputPkg, "SchemeGroupVersion"),
		PrioritizedVersions:          types.Ref(scheme, "Scheme.PrioritizedVersionsForGroup"),
		Scheme:                       types.Ref(scheme, "Scheme"),
		Codecs:                       types.Ref(scheme, "Codecs"),
	}
	if group == "" {
		args.APIPath = "/api"
	}
	for _, t := range g.gv.Types {
		args.Getters = append(args.Getters, getter{Client: args.Client, Type: t, Namespaced: !g.run.tags[t].NonNamespaced})
	}
	target := g.run.cfg.Target
	for _, tmpl := range []string{groupInterfaceTmpl, groupClientTmpl, groupGettersTmpl, groupNewForConfigTmpls.At(target),
		groupNewForConfigAndClientTmpls.At(target), groupNewOrDieTmpl, groupNewTmpl} {
		sw.Do(tmpl, args)
	}
	if args.Internal {
		sw.Do(groupInternalDefaultsTmpls.At(target), args)
	} else {
		sw.Do(groupDefaultsTmpls.At(target), args)
	}
	sw.Do(groupRESTClientTmpl, args)
	return sw.Error()
}

// The group client's templates by release: before v0.33
// setConfigDefaults returned an error that the constructors checked.
var (
	groupNewForConfigTmpls          = kversion.From(groupNewForConfigTmpl0_31, kversion.V0_33, groupNewForConfigTmpl)
	groupNewForConfigAndClientTmpls = kversion.From(groupNewForConfigAndClientTmpl0_31, kversion.V0_33, groupNewForConfigAndClientTmpl)
	// v0.31: the serializer was scheme.Codecs itself, not wrapped by
	// rest.CodecFactoryForGeneratedClient.
	groupInternalDefaultsTmpls = kversion.Table[string]{
		{From: kversion.V0_31, Value: strings.Replace(groupInternalDefaultsTmpl0_32, codecFactoryExpr, "$.Codecs|raw$", 1)},
		{From: kversion.V0_32, Value: groupInternalDefaultsTmpl0_32},
		{From: kversion.V0_33, Value: groupInternalDefaultsTmpl},
	}
	groupDefaultsTmpls = kversion.Table[string]{
		{From: kversion.V0_31, Value: strings.Replace(groupDefaultsTmpl0_32, codecFactoryExpr, "$.Codecs|raw$", 1)},
		{From: kversion.V0_32, Value: groupDefaultsTmpl0_32},
		{From: kversion.V0_33, Value: groupDefaultsTmpl},
	}
)

const codecFactoryExpr = "$.CodecFactory|raw$($.Scheme|raw$, $.Codecs|raw$)"

const groupInterfaceTmpl = `
type $.Client$Interface interface {
	RESTClient() $.RESTIf|raw$
$- range .Types$
	$.|publicPlural$Getter
$- end$
}
`

const groupClientTmpl = `
// $.Client$Client is used to interact with features provided by the $.Group$ group.
type $.Client$Client struct {
	restClient $.RESTIf|raw$
}
`

const groupGettersTmpl = `
$- range .Getters$
$- if .Namespaced$

func (c *$.Client$Client) $.Type|publicPlural$(namespace string) $.Type|public$Interface {
	return new$.Type|publicPlural$(c, namespace)
}
$- else$

func (c *$.Client$Client) $.Type|publicPlural$() $.Type|public$Interface {
	return new$.Type|publicPlural$(c)
}
$- end$
$- end$
`

const groupNewForConfigTmpl = `

// NewForConfig creates a new $.Client$Client for the given config.
// NewForConfig is equivalent to NewForConfigAndClient(c, httpClient),
// where httpClient was generated with rest.HTTPClientFor(c).
func NewForConfig(c *$.Config|raw$) (*$.Client$Client, error) {
	config := *c
	setConfigDefaults(&config)
	httpClient, err := $.HTTPClientFor|raw$(&config)
	if err != nil {
		return nil, err
	}
	return NewForConfigAndClient(&config, httpClient)
}
`

const groupNewForConfigAndClientTmpl = `
// NewForConfigAndClient creates a new $.Client$Client for the given config and http client.
// Note the http client provided takes precedence over the configured transport values.
func NewForConfigAndClient(c *$.Config|raw$, h *$.HTTPClient|raw$) (*$.Client$Client, error) {
	config := *c
	setConfigDefaults(&config)
	client, err := $.RESTClientForConfigAndClient|raw$(&config, h)
	if err != nil {
		return nil, err
	}
	return &$.Client$Client{client}, nil
}
`

const groupNewOrDieTmpl = `
// NewForConfigOrDie creates a new $.Client$Client for the given config and
// panics if there is an error in the config.
func NewForConfigOrDie(c *$.Config|raw$) *$.Client$Client {
	client, err := NewForConfig(c)
	if err != nil {
		panic(err)
	}
	return client
}
`

const groupNewTmpl = `
// New creates a new $.Client$Client for the given RESTClient.
func New(c $.RESTIf|raw$) *$.Client$Client {
	return &$.Client$Client{c}
}
`

const groupInternalDefaultsTmpl = `
func setConfigDefaults(config *$.Config|raw$) {
	config.APIPath = "$.APIPath$"
	if config.UserAgent == "" {
		config.UserAgent = $.UserAgent|raw$()
	}
	if config.GroupVersion == nil || config.GroupVersion.Group != $.PrioritizedVersions|raw$("$.Group$")[0].Group {
		gv := $.PrioritizedVersions|raw$("$.Group$")[0]
		config.GroupVersion = &gv
	}
	config.NegotiatedSerializer = $.CodecFactory|raw$($.Scheme|raw$, $.Codecs|raw$)

	if config.QPS == 0 {
		config.QPS = 5
	}
	if config.Burst == 0 {
		config.Burst = 10
	}
}
`

const groupDefaultsTmpl = `
func setConfigDefaults(config *$.Config|raw$) {
	gv := $.SchemeGroupVersion|raw$
	config.GroupVersion = &gv
	config.APIPath = "$.APIPath$"
	config.NegotiatedSerializer = $.CodecFactory|raw$($.Scheme|raw$, $.Codecs|raw$).WithoutConversion()

	if config.UserAgent == "" {
		config.UserAgent = $.UserAgent|raw$()
	}
}
`

const groupRESTClientTmpl = `
// RESTClient returns a RESTClient that is used to communicate
// with API server by this client implementation.
func (c *$.Client$Client) RESTClient() $.RESTIf|raw$ {
	if c == nil {
		return nil
	}
	return c.restClient
}
`

// genExpansion writes generated_expansion.go: an empty <Type>Expansion
// interface for every type without a hand-written <type>_expansion.go.
type genExpansion struct {
	generator.GoGenerator
	env   *engine.Env
	dir   string
	types []*types.Type
}

func (g *genExpansion) Filter(_ *generator.Context, t *types.Type) bool {
	return len(g.types) == 0 || t == g.types[0]
}

func (g *genExpansion) GenerateType(c *generator.Context, _ *types.Type, w io.Writer) error {
	sw := snippet.NewWriter(w, c, "$", "$")
	for _, t := range g.types {
		handWritten, err := g.env.Exists(filepath.Join(g.dir, strings.ToLower(t.Name.Name)+"_expansion.go"))
		if err != nil {
			return err
		}
		if !handWritten {
			sw.Do(expansionTmpl, t)
		}
	}
	return sw.Error()
}

const expansionTmpl = `
type $.|public$Expansion interface{}
`

// The group client's templates before v0.33 (groupNewForConfigTmpls …).

const groupNewForConfigTmpl0_31 = `

// NewForConfig creates a new $.Client$Client for the given config.
// NewForConfig is equivalent to NewForConfigAndClient(c, httpClient),
// where httpClient was generated with rest.HTTPClientFor(c).
func NewForConfig(c *$.Config|raw$) (*$.Client$Client, error) {
	config := *c
	if err := setConfigDefaults(&config); err != nil {
		return nil, err
	}
	httpClient, err := $.HTTPClientFor|raw$(&config)
	if err != nil {
		return nil, err
	}
	return NewForConfigAndClient(&config, httpClient)
}
`

const groupNewForConfigAndClientTmpl0_31 = `
// NewForConfigAndClient creates a new $.Client$Client for the given config and http client.
// Note the http client provided takes precedence over the configured transport values.
func NewForConfigAndClient(c *$.Config|raw$, h *$.HTTPClient|raw$) (*$.Client$Client, error) {
	config := *c
	if err := setConfigDefaults(&config); err != nil {
		return nil, err
	}
	client, err := $.RESTClientForConfigAndClient|raw$(&config, h)
	if err != nil {
		return nil, err
	}
	return &$.Client$Client{client}, nil
}
`

const groupInternalDefaultsTmpl0_32 = `
func setConfigDefaults(config *$.Config|raw$) error {
	config.APIPath = "$.APIPath$"
	if config.UserAgent == "" {
		config.UserAgent = $.UserAgent|raw$()
	}
	if config.GroupVersion == nil || config.GroupVersion.Group != $.PrioritizedVersions|raw$("$.Group$")[0].Group {
		gv := $.PrioritizedVersions|raw$("$.Group$")[0]
		config.GroupVersion = &gv
	}
	config.NegotiatedSerializer = $.CodecFactory|raw$($.Scheme|raw$, $.Codecs|raw$)

	if config.QPS == 0 {
		config.QPS = 5
	}
	if config.Burst == 0 {
		config.Burst = 10
	}

	return nil
}
`

const groupDefaultsTmpl0_32 = `
func setConfigDefaults(config *$.Config|raw$) error {
	gv := $.SchemeGroupVersion|raw$
	config.GroupVersion = &gv
	config.APIPath = "$.APIPath$"
	config.NegotiatedSerializer = $.CodecFactory|raw$($.Scheme|raw$, $.Codecs|raw$).WithoutConversion()

	if config.UserAgent == "" {
		config.UserAgent = $.UserAgent|raw$()
	}

	return nil
}
`
