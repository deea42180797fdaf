package client

import (
	"fmt"
	"io"
	"path"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/snippet"
)

// Packages the generated code refers to.
const (
	pkgDiscovery   = "k8s.io/client-go/discovery"
	pkgRest        = "k8s.io/client-go/rest"
	pkgGentype     = "k8s.io/client-go/gentype"
	pkgTesting     = "k8s.io/client-go/testing"
	pkgMetaV1      = "k8s.io/apimachinery/pkg/apis/meta/v1"
	pkgRuntime     = "k8s.io/apimachinery/pkg/runtime"
	pkgSchema      = "k8s.io/apimachinery/pkg/runtime/schema"
	pkgAPITypes    = "k8s.io/apimachinery/pkg/types"
	pkgWatch       = "k8s.io/apimachinery/pkg/watch"
	pkgFlowcontrol = "k8s.io/client-go/util/flowcontrol"
)

// clientsetGV is one group/version as the clientset templates show it.
type clientsetGV struct {
	// Name is GroupGoName+Version ("AppsV1"); Field is its lower-case-first
	// form ("appsV1"); Alias is the import name of the typed package.
	Name, Field, Alias string
}

func (r *run) clientsetGVs() []clientsetGV {
	var out []clientsetGV
	for _, gv := range r.allGroupVersions() {
		out = append(out, clientsetGV{
			Name:  gv.GoName + namer.IC(string(gv.Version)),
			Field: namer.IL(gv.GoName) + namer.IC(string(gv.Version)),
			Alias: gv.alias(),
		})
	}
	return out
}

// typedImports are the import lines of every typed package, under their
// upstream aliases (the group's Go name, not its folder).
func (r *run) typedImports(fake bool) []string {
	var lines []string
	for _, gv := range r.allGroupVersions() {
		pkg := path.Join(r.clientsetPkg, gv.subdir())
		lines = append(lines, fmt.Sprintf("%s %q", gv.alias(), pkg))
		if fake {
			lines = append(lines, fmt.Sprintf("fake%s %q", gv.alias(), path.Join(pkg, "fake")))
		}
	}
	return lines
}

func (r *run) clientsetTarget() generator.Target {
	return r.target("", r.cfg.ClientsetName, "", nil, func(*generator.Context) []generator.Generator {
		return []generator.Generator{&genClientset{
			File: r.newFile("clientset.go", r.clientsetPkg),
			run:  r,
		}}
	})
}

// genClientset writes clientset.go: the Interface over every group/version
// and the Clientset that implements it.
type genClientset struct {
	snippet.File
	run *run
	once
}

func (g *genClientset) Filter(*generator.Context, *types.Type) bool { return g.first() }

func (g *genClientset) Imports(c *generator.Context) []string {
	return append(g.File.Imports(c), g.run.typedImports(false)...)
}

type clientsetArgs struct {
	GVs                                                             []clientsetGV
	DiscoveryInterface, DiscoveryClient, Config, HTTPClient, RESTIf *types.Type
	UserAgent, HTTPClientFor, Errorf, NewRateLimiter                *types.Type
	NewDiscoveryForConfigAndClient, NewDiscovery                    *types.Type
}

func (g *genClientset) GenerateType(c *generator.Context, _ *types.Type, w io.Writer) error {
	sw := snippet.NewWriter(w, c, "$", "$")
	args := clientsetArgs{
		GVs:                            g.run.clientsetGVs(),
		DiscoveryInterface:             types.Ref(pkgDiscovery, fakeDiscoveryNames.At(g.run.cfg.Target)),
		DiscoveryClient:                types.Ref(pkgDiscovery, "DiscoveryClient"),
		Config:                         types.Ref(pkgRest, "Config"),
		HTTPClient:                     types.Ref("net/http", "Client"),
		RESTIf:                         types.Ref(pkgRest, "Interface"),
		UserAgent:                      types.Ref(pkgRest, "DefaultKubernetesUserAgent"),
		HTTPClientFor:                  types.Ref(pkgRest, "HTTPClientFor"),
		Errorf:                         types.Ref("fmt", "Errorf"),
		NewRateLimiter:                 types.Ref(pkgFlowcontrol, "NewTokenBucketRateLimiter"),
		NewDiscoveryForConfigAndClient: types.Ref(pkgDiscovery, "NewDiscoveryClientForConfigAndClient"),
		NewDiscovery:                   types.Ref(pkgDiscovery, "NewDiscoveryClient"),
	}
	for _, tmpl := range []string{clientsetInterfaceTmpl, clientsetStructTmpl, clientsetGetterTmpl, clientsetDiscoveryTmpl,
		clientsetNewForConfigTmpl, clientsetNewForConfigAndClientTmpl, clientsetNewOrDieTmpl, clientsetNewTmpl} {
		sw.Do(tmpl, args)
	}
	return sw.Error()
}

// once makes a generator's GenerateType run for the first type only: the
// file does not depend on types.
type once struct{ done bool }

func (o *once) first() bool {
	first := !o.done
	o.done = true
	return first
}

const clientsetInterfaceTmpl = `
type Interface interface {
	Discovery() $.DiscoveryInterface|raw$
$- range .GVs$
	$.Name$() $.Alias$.$.Name$Interface
$- end$
}
`

const clientsetStructTmpl = `
// Clientset contains the clients for groups.
type Clientset struct {
	*$.DiscoveryClient|raw$
$- range .GVs$
	$.Field$ *$.Alias$.$.Name$Client
$- end$
}
`

const clientsetGetterTmpl = `
$- range .GVs$

// $.Name$ retrieves the $.Name$Client
func (c *Clientset) $.Name$() $.Alias$.$.Name$Interface {
	return c.$.Field$
}
$- end$
`

const clientsetDiscoveryTmpl = `

// Discovery retrieves the DiscoveryClient
func (c *Clientset) Discovery() $.DiscoveryInterface|raw$ {
	if c == nil {
		return nil
	}
	return c.DiscoveryClient
}
`

const clientsetNewForConfigTmpl = `
// NewForConfig creates a new Clientset for the given config.
// If config's RateLimiter is not set and QPS and Burst are acceptable,
// NewForConfig will generate a rate-limiter in configShallowCopy.
// NewForConfig is equivalent to NewForConfigAndClient(c, httpClient),
// where httpClient was generated with rest.HTTPClientFor(c).
func NewForConfig(c *$.Config|raw$) (*Clientset, error) {
	configShallowCopy := *c

	if configShallowCopy.UserAgent == "" {
		configShallowCopy.UserAgent = $.UserAgent|raw$()
	}

	// share the transport between all clients
	httpClient, err := $.HTTPClientFor|raw$(&configShallowCopy)
	if err != nil {
		return nil, err
	}

	return NewForConfigAndClient(&configShallowCopy, httpClient)
}
`

const clientsetNewForConfigAndClientTmpl = `
// NewForConfigAndClient creates a new Clientset for the given config and http client.
// Note the http client provided takes precedence over the configured transport values.
// If config's RateLimiter is not set and QPS and Burst are acceptable,
// NewForConfigAndClient will generate a rate-limiter in configShallowCopy.
func NewForConfigAndClient(c *$.Config|raw$, httpClient *$.HTTPClient|raw$) (*Clientset, error) {
	configShallowCopy := *c
	if configShallowCopy.RateLimiter == nil && configShallowCopy.QPS > 0 {
		if configShallowCopy.Burst <= 0 {
			return nil, $.Errorf|raw$("burst is required to be greater than 0 when RateLimiter is not set and QPS is set to greater than 0")
		}
		configShallowCopy.RateLimiter = $.NewRateLimiter|raw$(configShallowCopy.QPS, configShallowCopy.Burst)
	}

	var cs Clientset
	var err error
$- range .GVs$
	cs.$.Field$, err = $.Alias$.NewForConfigAndClient(&configShallowCopy, httpClient)
	if err != nil {
		return nil, err
	}
$- end$

	cs.DiscoveryClient, err = $.NewDiscoveryForConfigAndClient|raw$(&configShallowCopy, httpClient)
	if err != nil {
		return nil, err
	}
	return &cs, nil
}
`

const clientsetNewOrDieTmpl = `
// NewForConfigOrDie creates a new Clientset for the given config and
// panics if there is an error in the config.
func NewForConfigOrDie(c *$.Config|raw$) *Clientset {
	cs, err := NewForConfig(c)
	if err != nil {
		panic(err)
	}
	return cs
}
`

const clientsetNewTmpl = `
// New creates a new Clientset for the given RESTClient.
func New(c $.RESTIf|raw$) *Clientset {
	var cs Clientset
$- range .GVs$
	cs.$.Field$ = $.Alias$.New(c)
$- end$

	cs.DiscoveryClient = $.NewDiscovery|raw$(c)
	return &cs
}
`
