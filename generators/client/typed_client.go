package client

import (
	"io"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/genclient"
	"github.com/kodegen/kodegen/generators/internal/snippet"
)

// genTypedClient writes <type>.go: the typed client of one type on
// client-go's gentype clients, plus a method per +genclient:method.
type genTypedClient struct {
	snippet.File
	run *run
	gv  gvInfo
	typ *types.Type
}

func (g *genTypedClient) Filter(_ *generator.Context, t *types.Type) bool { return t == g.typ }

// typeArgs are the template arguments of a client (or fake) of one type.
type typeArgs struct {
	symbols
	Type *types.Type
	// Client is the group client's type name without "Client" ("AppsV1").
	Client               string
	Namespaced, Protobuf bool
	// List and Apply choose the gentype client; Base and New are it and
	// its constructor.
	List, Apply bool
	Base, New   *types.Type
	// ApplyConfig is the type's apply configuration (with Apply).
	ApplyConfig *types.Type
	// RealInterface and SchemeGroupVersion are for fakes.
	RealInterface, SchemeGroupVersion *types.Type
}

// methodArgs are the template arguments of one method or signature.
type methodArgs struct {
	symbols
	Type, Input, Result *types.Type
	InputApply          *types.Type
	Verb, Subresource   string
	Namespaced          bool
	Protobuf            bool
	// verb is the +genclient:method's verb=.
	verb string
}

func (r *run) typeArgs(t *types.Type, gv gvInfo, prefix string) typeArgs {
	tags := r.tags[t]
	apply := r.cfg.ApplyConfigurationPackage != ""
	a := typeArgs{
		symbols:    newSymbols(r.clientsetPkg),
		Type:       t,
		Client:     gv.GoName + namer.IC(string(gv.Version)),
		Namespaced: !tags.NonNamespaced,
		Protobuf:   r.cfg.PrefersProtobuf,
		List:       !tags.NoVerbs && tags.HasVerb("list"),
		Apply:      !tags.NoVerbs && apply && tags.HasVerb("apply"),
	}
	if apply {
		a.ApplyConfig = applyConfigFor(r.cfg.ApplyConfigurationPackage, t.Name.Package, t.Name.Name)
	}
	a.Base, a.New = gentypeKind(prefix, a.List, a.Apply)
	return a
}

// methods are the +genclient:method methods of t that are generated.
func (r *run) methods(u types.Universe, t *types.Type, a typeArgs) []methodArgs {
	var out []methodArgs
	for _, m := range r.tags[t].Methods {
		if m.Verb == "apply" && r.cfg.ApplyConfigurationPackage == "" {
			continue
		}
		input, result := methodTypes(u, t, m)
		ma := methodArgs{
			symbols: a.symbols, Type: t, Input: input, Result: result,
			Verb: m.Name, Subresource: m.Subresource, Namespaced: a.Namespaced, Protobuf: a.Protobuf,
			verb: m.Verb,
		}
		if r.cfg.ApplyConfigurationPackage != "" {
			ma.InputApply = applyConfigFor(r.cfg.ApplyConfigurationPackage, input.Name.Package, input.Name.Name)
		}
		out = append(out, ma)
	}
	return out
}

// verbSignature is the interface method of a default verb.
var verbSignature = map[string]string{
	"create":           `$.Verb$(ctx $.Context|raw$, $.Input|private$ *$.Input|raw$, opts $.CreateOptions|raw$) (*$.Result|raw$, error)`,
	"update":           `$.Verb$(ctx $.Context|raw$, $.Input|private$ *$.Input|raw$, opts $.UpdateOptions|raw$) (*$.Result|raw$, error)`,
	"updateStatus":     updateStatusSignature,
	"delete":           `$.Verb$(ctx $.Context|raw$, name string, opts $.DeleteOptions|raw$) error`,
	"deleteCollection": `$.Verb$(ctx $.Context|raw$, opts $.DeleteOptions|raw$, listOpts $.ListOptions|raw$) error`,
	"get":              `$.Verb$(ctx $.Context|raw$, name string, opts $.GetOptions|raw$) (*$.Result|raw$, error)`,
	"list":             `$.Verb$(ctx $.Context|raw$, opts $.ListOptions|raw$) (*$.Result|raw$List, error)`,
	"watch":            `$.Verb$(ctx $.Context|raw$, opts $.ListOptions|raw$) ($.WatchInterface|raw$, error)`,
	"patch":            `$.Verb$(ctx $.Context|raw$, name string, pt $.PatchType|raw$, data []byte, opts $.PatchOptions|raw$, subresources ...string) (result *$.Result|raw$, err error)`,
	"apply":            `$.Verb$(ctx $.Context|raw$, $.Input|private$ *$.InputApply|raw$, opts $.ApplyOptions|raw$) (result *$.Result|raw$, err error)`,
	"applyStatus":      applyStatusSignature,
}

const updateStatusSignature = `// Add a +genclient:noStatus comment above the type to avoid generating UpdateStatus().
$.Verb$(ctx $.Context|raw$, $.Input|private$ *$.Type|raw$, opts $.UpdateOptions|raw$) (*$.Type|raw$, error)`

const applyStatusSignature = `// Add a +genclient:noStatus comment above the type to avoid generating ApplyStatus().
$.Verb$(ctx $.Context|raw$, $.Input|private$ *$.InputApply|raw$, opts $.ApplyOptions|raw$) (result *$.Result|raw$, err error)`

// subresourceSignature is the interface method of a subresource method.
var subresourceSignature = map[string]string{
	"create": `$.Verb$(ctx $.Context|raw$, $.Type|private$Name string, $.Input|private$ *$.Input|raw$, opts $.CreateOptions|raw$) (*$.Result|raw$, error)`,
	"update": `$.Verb$(ctx $.Context|raw$, $.Type|private$Name string, $.Input|private$ *$.Input|raw$, opts $.UpdateOptions|raw$) (*$.Result|raw$, error)`,
	"get":    `$.Verb$(ctx $.Context|raw$, $.Type|private$Name string, options $.GetOptions|raw$) (*$.Result|raw$, error)`,
	"apply":  `$.Verb$(ctx $.Context|raw$, $.Type|private$Name string, $.Input|private$ *$.InputApply|raw$, opts $.ApplyOptions|raw$) (*$.Result|raw$, error)`,
}

// defaultVerbName is the method name of a default verb.
var defaultVerbName = map[string]string{
	"create": "Create", "update": "Update", "updateStatus": "UpdateStatus", "delete": "Delete",
	"deleteCollection": "DeleteCollection", "get": "Get", "list": "List", "watch": "Watch",
	"patch": "Patch", "apply": "Apply", "applyStatus": "ApplyStatus",
}

// hasStatus reports whether t gets the status verbs: it has a Status
// field and no +genclient:noStatus.
func (r *run) hasStatus(t *types.Type) bool {
	if r.tags[t].NoStatus {
		return false
	}
	for _, m := range t.Members {
		if m.Name == "Status" {
			return true
		}
	}
	return false
}

// defaultVerbs are the default verbs t's interface declares, in order.
func (r *run) defaultVerbs(t *types.Type) []string {
	tags := r.tags[t]
	var out []string
	for v := range genclient.AllVerbs() {
		switch {
		case !tags.HasVerb(v):
		case (v == "updateStatus" || v == "applyStatus") && !r.hasStatus(t):
		case (v == "apply" || v == "applyStatus") && r.cfg.ApplyConfigurationPackage == "":
		default:
			out = append(out, v)
		}
	}
	return out
}

func (g *genTypedClient) GenerateType(c *generator.Context, t *types.Type, w io.Writer) error {
	sw := snippet.NewWriter(w, c, "$", "$")
	a := g.run.typeArgs(t, g.gv, "")
	methods := g.run.methods(c.Universe, t, a)
	if a.Namespaced {
		sw.Do(typedGetterNamespacedTmpl, a)
	} else {
		sw.Do(typedGetterTmpl, a)
	}
	sw.Do(typedInterfaceOpenTmpl, a)
	if !g.run.tags[t].NoVerbs {
		g.writeSignatures(sw, a, methods)
	}
	sw.Do(typedInterfaceCloseTmpl, a)
	sw.Do(typedStructTmpl, a)
	sw.Do(typedConstructorTmpls.At(g.run.cfg.Target), a)
	if g.run.tags[t].NoVerbs {
		return sw.Error()
	}
	for _, m := range methods {
		sw.Do(typedMethodTmpl(m, g.run.cfg.Target), m)
	}
	return sw.Error()
}

// writeSignatures writes the interface's methods: the default verbs, then
// the +genclient:method ones after a blank line.
func (g *genTypedClient) writeSignatures(sw *snippet.Writer, a typeArgs, methods []methodArgs) {
	sw.Do("\n", nil)
	for i, v := range g.run.defaultVerbs(a.Type) {
		if i > 0 {
			sw.Do("\n", nil)
		}
		ma := methodArgs{symbols: a.symbols, Type: a.Type, Input: a.Type, Result: a.Type, InputApply: a.ApplyConfig, Verb: defaultVerbName[v]}
		sw.Do(verbSignature[v], ma)
	}
	if len(methods) == 0 {
		return
	}
	sw.Do("\n", nil)
	for _, m := range methods {
		if sig, ok := subresourceSignature[m.verb]; ok && m.Subresource != "" {
			sw.Do(sig, m)
		} else {
			sw.Do(verbSignature[m.verb], m)
		}
		sw.Do("\n", nil)
	}
}
