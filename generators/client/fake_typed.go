package client

import (
	"fmt"
	"io"
	"path"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/snippet"
	"github.com/kodegen/kodegen/internal/kversion"
)

// fakeTypedTarget is typed/<group>/<version>/fake: a fake per type on
// client-go's gentype fakes, and the fake group client.
func (r *run) fakeTypedTarget(gv gvInfo) generator.Target {
	rel := path.Join(gv.subdir(), "fake")
	pkg := path.Join(r.clientsetPkg, rel)
	real := path.Join(r.clientsetPkg, gv.subdir())
	doc := "// Package fake has the automatically generated clients.\n"
	return r.target(rel, "fake", doc, r.onlyClientTypes, func(c *generator.Context) []generator.Generator {
		var gens []generator.Generator
		for _, t := range gv.Types {
			gens = append(gens, &genFakeTyped{
				File: r.newFile("fake_"+strings.ToLower(c.Namers["private"].Name(t))+".go", pkg),
				run:  r,
				gv:   gv,
				real: real,
				typ:  t,
			})
		}
		return append(gens, &genFakeGroup{
			File: r.newFile("fake_"+gv.PackageName+"_client.go", pkg),
			run:  r,
			gv:   gv,
			real: real,
		})
	})
}

// genFakeGroup writes fake_<group>_client.go: the fake group client.
type genFakeGroup struct {
	snippet.File
	run  *run
	gv   gvInfo
	real string
	once
}

func (g *genFakeGroup) Filter(*generator.Context, *types.Type) bool { return g.first() }

// realAlias is the import name of the real typed package.
func (g *genFakeGroup) realAlias() string { return strings.ToLower(path.Base(g.real)) }

func (g *genFakeGroup) Imports(c *generator.Context) []string {
	lines := g.File.Imports(c)
	if len(g.gv.Types) > 0 {
		lines = append(lines, fmt.Sprintf("%s %q", g.realAlias(), g.real))
	}
	return lines
}

type fakeGetter struct {
	Client, Real string
	Type         *types.Type
	Namespaced   bool
}

type fakeGroupArgs struct {
	symbols
	Client  string
	Getters []fakeGetter
}

func (g *genFakeGroup) GenerateType(c *generator.Context, _ *types.Type, w io.Writer) error {
	sw := snippet.NewWriter(w, c, "$", "$")
	args := fakeGroupArgs{symbols: newSymbols(g.run.clientsetPkg), Client: g.gv.GoName + namer.IC(string(g.gv.Version))}
	for _, t := range g.gv.Types {
		args.Getters = append(args.Getters, fakeGetter{Client: args.Client, Real: g.realAlias(), Type: t, Namespaced: !g.run.tags[t].NonNamespaced})
	}
	sw.Do(fakeGroupTmpls.At(g.run.cfg.Target), args)
	return sw.Error()
}

// fakeGroupTmpls: the getters built the fakes as struct literals before
// v0.32 (fakeGroupGettersTmpl0_31).
var fakeGroupTmpls = kversion.From(fakeGroupHeadTmpl+fakeGroupGettersTmpl0_31+fakeGroupRESTTmpl, kversion.V0_32,
	fakeGroupHeadTmpl+fakeGroupGettersTmpl+fakeGroupRESTTmpl)

const fakeGroupHeadTmpl = `
type Fake$.Client$ struct {
	*$.Fake|raw$
}`

const fakeGroupGettersTmpl = `
$- range .Getters$
$- if .Namespaced$

func (c *Fake$.Client$) $.Type|publicPlural$(namespace string) $.Real$.$.Type|public$Interface {
	return newFake$.Type|publicPlural$(c, namespace)
}
$- else$

func (c *Fake$.Client$) $.Type|publicPlural$() $.Real$.$.Type|public$Interface {
	return newFake$.Type|publicPlural$(c)
}
$- end$
$- end$
`

const fakeGroupRESTTmpl = `
// RESTClient returns a RESTClient that is used to communicate
// with API server by this client implementation.
func (c *Fake$.Client$) RESTClient() $.RESTIf|raw$ {
	var ret *$.RESTClient|raw$
	return ret
}
`

// genFakeTyped writes fake_<type>.go: the fake client of one type.
type genFakeTyped struct {
	snippet.File
	run  *run
	gv   gvInfo
	real string
	typ  *types.Type
}

func (g *genFakeTyped) Filter(_ *generator.Context, t *types.Type) bool { return t == g.typ }

func (g *genFakeTyped) GenerateType(c *generator.Context, t *types.Type, w io.Writer) error {
	sw := snippet.NewWriter(w, c, "$", "$")
	a := g.run.typeArgs(t, g.gv, "Fake")
	a.RealInterface = types.Ref(g.real, t.Name.Name+"Interface")
	a.SchemeGroupVersion = types.Ref(t.Name.Package, "SchemeGroupVersion")
	if fakeOnTesting.At(g.run.cfg.Target) {
		g.writeFakeTyped0_31(sw, t, a, g.run.methods(c.Universe, t, a))
		return sw.Error()
	}
	sw.Do(fakeStructTmpl, a)
	sw.Do(fakeConstructorTmpl, a)
	if g.run.tags[t].NoVerbs {
		return sw.Error()
	}
	for _, m := range g.run.methods(c.Universe, t, a) {
		sw.Do(fakeMethodTmpl(m), m)
	}
	return sw.Error()
}

// fakeOnTesting: before v0.32 the typed fakes implemented every verb on
// client-go/testing's actions (writeFakeTyped0_31); from v0.32 they embed
// gentype's fake clients.
var fakeOnTesting = kversion.From(true, kversion.V0_32, false)

// fakeMethodTmpl picks the fake implementation of a +genclient:method.
func fakeMethodTmpl(m methodArgs) string {
	sub := m.Subresource != ""
	switch m.verb {
	case "get":
		return pick(sub, fakeGetSubresourceTmpl, fakeGetTmpl)
	case "list":
		return fakeListTmpl
	case "create":
		return pick(sub, fakeCreateSubresourceTmpl, fakeCreateTmpl)
	case "update":
		return pick(sub, fakeUpdateSubresourceTmpl, fakeUpdateTmpl)
	case "patch":
		return fakePatchTmpl
	case "apply":
		return pick(sub, fakeApplySubresourceTmpl, fakeApplyTmpl)
	}
	return ""
}

const fakeStructTmpl = `
// fake$.Type|publicPlural$ implements $.Type|public$Interface
type fake$.Type|publicPlural$ struct {
	*$.Base|raw$[*$.Type|raw$$if .List$, *$.Type|raw$List$end$$if .Apply$, *$.ApplyConfig|raw$$end$]
	Fake *Fake$.Client$
}
`

const fakeConstructorTmpl = `
func newFake$.Type|publicPlural$(fake *Fake$.Client$$if .Namespaced$, namespace string$end$) $.RealInterface|raw$ {
	return &fake$.Type|publicPlural${
		$.New|raw$[*$.Type|raw$$if .List$, *$.Type|raw$List$end$$if .Apply$, *$.ApplyConfig|raw$$end$](
			fake.Fake,
			$if .Namespaced$namespace$else$""$end$,
			$.SchemeGroupVersion|raw$.WithResource("$.Type|resource$"),
			$.SchemeGroupVersion|raw$.WithKind("$.Type|singularKind$"),
			func() *$.Type|raw$ { return &$.Type|raw${} },
$- if .List$
			func() *$.Type|raw$List { return &$.Type|raw$List{} },
			func(dst, src *$.Type|raw$List) { dst.ListMeta = src.ListMeta },
			func(list *$.Type|raw$List) []*$.Type|raw$ { return $.ToPointers|raw$(list.Items) },
			func(list *$.Type|raw$List, items []*$.Type|raw$) { list.Items = $.FromPointers|raw$(items) },
$- end$
		),
		fake,
	}
}
`
