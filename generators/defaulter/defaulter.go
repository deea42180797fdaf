package defaulter

import (
	"io"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/snippet"
	"github.com/kodegen/kodegen/internal/kversion"
)

var (
	runtimeScheme = types.Ref("k8s.io/apimachinery/pkg/runtime", "Scheme")
	jsonUnmarshal = types.Ref("encoding/json", "Unmarshal")
)

// plainImports: before v0.32 defaulter-gen spelled json.Unmarshal by hand
// and gofmt's import pass added "encoding/json" without a name (found by
// the second oracle, upstream's defaulter-gen v0.31.14 on the golden
// inputs: test/conformance TestReleasesGoldenUpstream).
var plainImports = kversion.From([]string{"encoding/json"}, kversion.V0_32, nil)

// genDefaulter writes one package's defaulters file: RegisterDefaults,
// then a SetObjectDefaults_<Type> per type that gets one.
type genDefaulter struct {
	snippet.File
	hand    handWritten
	objects map[*types.Type]*types.Type
}

func (g *genDefaulter) Filter(_ *generator.Context, t *types.Type) bool {
	return g.objects[t] != nil
}

// registration is one line of RegisterDefaults.
type registration struct {
	Type *types.Type
	Func string
}

// Init writes RegisterDefaults, registering the types in the context's
// order (the generator's filter leaves only those with a defaulter).
func (g *genDefaulter) Init(c *generator.Context, w io.Writer) error {
	regs := make([]registration, 0, len(c.Order))
	for _, t := range c.Order {
		regs = append(regs, registration{Type: t, Func: g.objects[t].Name.Name})
	}
	sw := snippet.NewWriter(w, c, "$", "$")
	sw.Do(registerDefaultsTmpl, generator.Args{"scheme": runtimeScheme, "regs": regs})
	return sw.Error()
}

const registerDefaultsTmpl = `// RegisterDefaults adds defaulters functions to the given scheme.
// Public to allow building arbitrary schemes.
// All generated defaulters are covering - they call all nested defaulters.
func RegisterDefaults(scheme *$.scheme|raw$) error {
$- range .regs $
	scheme.AddTypeDefaultingFunc(&$.Type|raw${}, func(obj interface{}) { $.Func$(obj.(*$.Type|raw$)) })
$- end $
	return nil
}

`

// GenerateType writes SetObjectDefaults_<Type> for t.
func (g *genDefaulter) GenerateType(c *generator.Context, t *types.Type, w io.Writer) error {
	b := newTreeBuilder(g.hand, g.objects)
	tree := b.build(t, true)
	if err := b.err(); err != nil {
		return err
	}
	if tree == nil {
		return nil
	}
	importRefs(tree, g.Tracker())
	sw := snippet.NewWriter(w, c, "$", "$")
	sw.Do(objectDefaulterOpenTmpl, generator.Args{"type": t, "func": g.objects[t].Name.Name})
	bw := &bodyWriter{sw: sw, imports: g.Tracker()}
	bw.node(tree, "in", 0, nil)
	sw.Do("}\n\n", nil)
	return sw.Error()
}

const objectDefaulterOpenTmpl = `func $.func$(in *$.type|raw$) {
`

// importRefs imports the packages of every ref(...) default in the tree
// before any code is written, as upstream does (this decides import names
// when two packages share one).
func importRefs(n *callNode, imports namer.ImportTracker) {
	if n.value != nil && n.value.ref.Name != "" {
		imports.AddSymbol(n.value.ref)
	}
	for _, c := range n.children {
		importRefs(c, imports)
	}
}
