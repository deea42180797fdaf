package validation

import (
	"bytes"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

func names(pkg string, ns ...string) generator.Args {
	args := generator.Args{}
	for _, n := range ns {
		args[n] = types.Ref(pkg, n)
	}
	return args
}

// The symbols the generated code names, as upstream's templates do.
var (
	fieldSyms     = names("k8s.io/apimachinery/pkg/util/validation/field", "ErrorList", "InternalError", "Path")
	fmtSyms       = names("fmt", "Errorf", "Fprintln")
	safeSyms      = names("k8s.io/apimachinery/pkg/api/safe", "Field", "Cast", "Value")
	operationSyms = names("k8s.io/apimachinery/pkg/api/operation", "Operation", "MatchesSubresource", "Update")
	contextSyms   = names("context", "Context")
	equalitySyms  = names("k8s.io/apimachinery/pkg/api/equality", "Semantic")
)

// validationsFile writes one package's validation file: the
// registration (Init) and a Validate_ function per type (GenerateType).
type validationsFile struct {
	generator.GoGenerator
	plan    *pkgPlan
	td      *discoverer
	imports namer.ImportTracker
}

func newFile(name string, plan *pkgPlan, td *discoverer) *validationsFile {
	return &validationsFile{
		GoGenerator: generator.GoGenerator{OutputFilename: name},
		plan:        plan,
		td:          td,
		imports:     generator.NewImportTrackerForPackage(plan.pkg.Path),
	}
}

func (g *validationsFile) Namers(*generator.Context) namer.NameSystems {
	return namer.NameSystems{"raw": namer.NewRawNamer(g.plan.pkg.Path, g.imports)}
}

func (g *validationsFile) Imports(*generator.Context) []string {
	var lines []string
	for _, l := range g.imports.ImportLines() {
		if l == g.plan.pkg.Path || strings.HasSuffix(l, `"`+g.plan.pkg.Path+`"`) {
			continue
		}
		lines = append(lines, l)
	}
	return lines
}

// Filter: the roots, and every type a root reaches that has validations.
func (g *validationsFile) Filter(_ *generator.Context, t *types.Type) bool {
	if slices.Contains(g.plan.roots, t) {
		return true
	}
	n := g.td.nodes[t]
	return n != nil && n.referenced && hasValidations(n)
}

// hasValidations reports whether n has validations, transitively.
func hasValidations(n *node) bool { return hasValidationsSeen(n, map[*node]bool{}) }

func hasValidationsSeen(n *node, seen map[*node]bool) bool {
	if n == nil || seen[n] {
		return false
	}
	seen[n] = true
	if n.typeVals.emitable() {
		return true
	}
	if n.typeVals.opaque {
		return false
	}
	if n.underlying != nil {
		if n.iterKey.emitable() && hasValidationsSeen(n.keyNode(), seen) || n.iterVal.emitable() && hasValidationsSeen(n.elemNode(), seen) {
			return true
		}
		if hasValidationsSeen(n.underlying.node, seen) {
			return true
		}
	}
	for _, c := range n.fields {
		if c.fieldVals.emitable() {
			return true
		}
		if c.iterKey.emitable() && c.node != nil && hasValidationsSeen(c.node.keyNode(), seen) ||
			c.iterVal.emitable() && c.node != nil && hasValidationsSeen(c.node.elemNode(), seen) {
			return true
		}
		if hasValidationsSeen(c.node, seen) {
			return true
		}
	}
	return false
}

func (g *validationsFile) Init(c *generator.Context, w io.Writer) error {
	if !g.plan.register {
		return nil
	}
	sw := generator.NewSnippetWriter(w, c, "$", "$")
	g.emitRegister(c, sw)
	return sw.Error()
}

func (g *validationsFile) GenerateType(c *generator.Context, t *types.Type, w io.Writer) error {
	sw := generator.NewSnippetWriter(w, c, "$", "$")
	g.emitVars(c, t, sw)
	g.emitFunction(c, t, sw)
	return sw.Error()
}

// emitVars declares the package variables of t's validations: its
// own, then its fields', each sorted by name.
func (g *validationsFile) emitVars(c *generator.Context, t *types.Type, sw *generator.SnippetWriter) {
	n := g.td.nodes[t]
	if n == nil {
		return
	}
	emit := func(vars []variable) {
		vars = slices.Clone(vars)
		slices.SortFunc(vars, func(a, b variable) int { return strings.Compare(a.name, b.name) })
		for _, v := range vars {
			sw.Do("var "+v.name+" = ", nil)
			g.writeArg(c, sw, v.init)
			sw.Do("\n", nil)
		}
	}
	emit(n.typeVals.vars)
	for _, f := range n.fields {
		emit(f.fieldVals.vars)
	}
}

func (g *validationsFile) emitRegister(c *generator.Context, sw *generator.SnippetWriter) {
	var roots []*types.Type
	for _, t := range g.plan.roots {
		if hasValidations(g.td.nodes[t]) {
			roots = append(roots, t)
		}
	}
	if len(roots) == 0 {
		return
	}
	scheme := &types.Type{Kind: types.Pointer, Elem: c.Universe.Type(g.plan.scheme)}
	sw.Do("func init() { localSchemeBuilder.Register(RegisterValidations)}\n\n", nil)
	sw.Do("// RegisterValidations adds validation functions to the given scheme.\n", nil)
	sw.Do("// Public to allow building arbitrary schemes.\n", nil)
	sw.Do("func RegisterValidations(scheme $.|raw$) error {\n", scheme)
	for _, t := range roots {
		args := generator.Args{
			"rootType": t, "typePfx": "", "field": fieldSyms, "fmt": fmtSyms,
			"operation": operationSyms, "safe": safeSyms, "context": contextSyms,
		}
		if !isNilable(t) {
			args["typePfx"] = "*"
		}
		sw.Do("// type $.rootType|name$\n", args)
		sw.Do("scheme.AddValidationFunc(\n", args)
		sw.Do("    ($.typePfx$$.rootType|raw$)(nil),\n", args)
		sw.Do("    func(ctx $.context.Context$, op $.operation.Operation|raw$, obj, oldObj interface{}) $.field.ErrorList|raw$ {\n", args)
		sw.Do("switch op.Request.SubresourcePath() {\n", nil)
		sw.Do("case ", nil)
		for i, s := range subresources(t) {
			if i > 0 {
				sw.Do(", ", nil)
			}
			sw.Do("$.$", s)
		}
		sw.Do(":\n", nil)
		sw.Do("    return $.rootType|objectvalidationfn$(\n", args)
		sw.Do("               ctx, op, nil /* fldPath */,\n", args)
		sw.Do("               obj.($.typePfx$$.rootType|raw$),\n", args)
		sw.Do("               $.safe.Cast|raw$[$.typePfx$$.rootType|raw$](oldObj))\n", args)
		sw.Do("  }\n", args)
		sw.Do("  return $.field.ErrorList|raw${\n", args)
		sw.Do("      $.field.InternalError|raw$(nil, ", args)
		sw.Do("          $.fmt.Errorf|raw$(\"no validation found for %T, subresource: %v\", obj, op.Request.SubresourcePath())),\n", args)
		sw.Do("  }\n", args)
		sw.Do("})\n", args)
	}
	sw.Do("return nil\n", nil)
	sw.Do("}\n\n", nil)
}

// subresources are the subresource paths a root type is validated for,
// quoted and sorted: its +k8s:supportsSubresource paths, and its
// +k8s:isSubresource path or else "/".
func subresources(t *types.Type) []string {
	src := markers.TypeLines(t)
	set := map[string]bool{}
	all, _ := markers.SupportsSubresource.All(src)
	for _, v := range all {
		set[unquote(v)] = true
	}
	if v, ok, _ := markers.IsSubresource.Get(src); ok {
		set[unquote(v)] = true
	} else {
		set["/"] = true
	}
	var out []string
	for _, s := range slices.Sorted(maps.Keys(set)) {
		out = append(out, strconv.Quote(s))
	}
	return out
}

func unquote(s string) string {
	if u, err := strconv.Unquote(s); err == nil {
		return u
	}
	return s
}

func (g *validationsFile) emitFunction(c *generator.Context, t *types.Type, sw *generator.SnippetWriter) {
	n := g.td.nodes[t]
	if !hasValidations(n) {
		return
	}
	args := generator.Args{
		"inType": t, "field": fieldSyms, "operation": operationSyms, "context": contextSyms, "objTypePfx": "*",
	}
	if isNilable(t) {
		args["objTypePfx"] = ""
	}
	sw.Do("// $.inType|objectvalidationfn$ validates an instance of $.inType|name$ according\n", args)
	sw.Do("// to declarative validation rules in the API schema.\n", args)
	sw.Do("func $.inType|objectvalidationfn$(\n", args)
	sw.Do("    ctx $.context.Context|raw$, ", args)
	sw.Do("    op $.operation.Operation|raw$, ", args)
	sw.Do("    fldPath *$.field.Path|raw$,\n", args)
	sw.Do("    obj, oldObj $.objTypePfx$$.inType|raw$) ", args)
	sw.Do("(errs $.field.ErrorList|raw$) {\n\n", args)
	g.emitChild(c, &child{node: n, t: t}, sw)
	sw.Do("return errs\n", nil)
	sw.Do("}\n\n", nil)
}

// emitChild emits the type-attached validations of ch's node and then
// descends into it (struct fields, the underlying type of a typedef).
func (g *validationsFile) emitChild(c *generator.Context, ch *child, sw *generator.SnippetWriter) {
	n := ch.node
	in := n.t
	args := generator.Args{"inType": in, "field": fieldSyms, "safe": safeSyms}
	didSome := false
	if v := n.typeVals; !v.empty() {
		emitComments(v.comments, sw)
		g.emitCalls(c, v.calls, sw)
		sw.Do("\n", nil)
		didSome = true
	}
	for _, it := range []struct {
		v    vals
		node *node
	}{{n.iterKey, n.keyNode()}, {n.iterVal, n.elemNode()}} {
		if !it.v.empty() && it.node != nil && hasValidations(it.node) {
			emitComments(it.v.comments, sw)
			g.emitCalls(c, it.v.calls, sw)
			sw.Do("\n", nil)
			didSome = true
		}
	}
	if n.typeVals.opaque {
		return
	}
	switch in.Kind {
	case types.Alias:
		if n.underlying.node != nil {
			g.emitChild(c, n.underlying, sw)
		}
	case types.Struct:
		for _, f := range n.fields {
			var buf bytes.Buffer
			bsw := sw.Dup(&buf)
			checked := false
			fv := f.fieldVals
			if nt := nativeType(f.t); nt.Kind == types.Slice && nt.Elem.Kind == types.Pointer {
				prop := f.node != nil && hasValidations(f.node)
				if len(fv.calls) > 0 || prop {
					nilCheck := fn("PtrSliceNoNils", shortCircuit, "PtrSliceNoNils")
					nilCheck.typeArgs = []types.Name{nt.Elem.Elem.Name}
					fv.calls = append([]call{nilCheck}, fv.calls...)
				}
			}
			if v := fv; !v.empty() {
				emitComments(v.comments, bsw)
				if len(v.calls) > 0 {
					emitRatchet(f.t, bsw)
					checked = true
					bsw.Do("// call field-attached validations\n", nil)
					g.emitCalls(c, v.calls, bsw)
				}
			}
			if f.node != nil {
				switch f.node.t.Kind {
				case types.Alias, types.Struct:
					if hasValidations(f.node) {
						if !checked {
							emitRatchet(f.t, bsw)
							checked = true
						}
						bsw.Do("// call the type's validation function\n", nil)
						bsw.Do("errs = append(errs, $.|raw$(ctx, op, fldPath, obj, oldObj)...)\n", c.Universe.Type(g.resolve(f.node.fnName)))
					}
				}
				for _, it := range []struct {
					v    vals
					node *node
				}{{f.iterKey, f.node.keyNode()}, {f.iterVal, f.node.elemNode()}} {
					if it.v.empty() || it.node == nil || !hasValidations(it.node) {
						continue
					}
					emitComments(it.v.comments, bsw)
					if len(it.v.calls) > 0 {
						if !checked {
							emitRatchet(f.t, bsw)
							checked = true
						}
						g.emitCalls(c, it.v.calls, bsw)
					}
				}
				if k := f.node.t.Kind; k == types.Slice || k == types.Map {
					g.emitChild(c, f, bsw)
				}
			}
			if buf.Len() == 0 {
				sw.Do("// field $.inType|raw$.$.name$ has no validation\n", args.WithArgs(generator.Args{"name": f.name}))
				didSome = true
				continue
			}
			leaf, typePfx, exprPfx := leafAndPrefixes(f.t)
			fa := args.WithArgs(generator.Args{
				"fieldName": f.name, "fieldJSON": f.json, "fieldType": leaf,
				"fieldTypePfx": typePfx, "fieldExprPfx": exprPfx,
			})
			if didSome {
				sw.Do("\n", nil)
			}
			sw.Do("{ // field $.inType|raw$.$.fieldName$\n", fa)
			sw.Do("    fn := func(\n", fa)
			sw.Do("        fldPath *$.field.Path|raw$,\n", fa)
			sw.Do("        obj, oldObj $.fieldTypePfx$$.fieldType|raw$,\n", fa)
			sw.Do("        oldValueCorrelated bool) (errs $.field.ErrorList|raw$) {\n", fa)
			if err := sw.Merge(&buf, bsw); err != nil {
				return
			}
			sw.Do("            return\n", fa)
			sw.Do("    }\n", fa)
			sw.Do("    oldVal := $.safe.Field|raw$(oldObj,\n", fa)
			sw.Do("        func(oldObj *$.inType|raw$) $.fieldTypePfx$$.fieldType|raw$ {\n", fa)
			sw.Do("            return $.fieldExprPfx$oldObj.$.fieldName$\n", fa)
			sw.Do("        })\n", fa)
			sw.Do("    errs = append(errs, fn(", fa)
			if f.json != "" {
				sw.Do("fldPath.Child(\"$.fieldJSON$\"), ", fa)
			} else {
				sw.Do("$.safe.Value|raw$(fldPath, func() *$.field.Path|raw$ { return fldPath.Child(\"$.fieldType|raw$\") }), ", fa)
			}
			sw.Do("    $.fieldExprPfx$obj.$.fieldName$, oldVal, oldObj != nil)...)\n", fa)
			sw.Do("}\n", fa)
			sw.Do("\n", nil)
			didSome = true
		}
	}
}

// emitRatchet emits the check that skips unchanged data on update.
func emitRatchet(t *types.Type, sw *generator.SnippetWriter) {
	args := generator.Args{"operation": operationSyms, "equality": equalitySyms}
	sw.Do("// don't revalidate unchanged data\n", nil)
	sw.Do("if oldValueCorrelated && op.Type == $.operation.Update|raw$ {\n", args)
	if directComparable(nonPointer(nativeType(t))) {
		sw.Do("  if obj == oldObj || (obj != nil && oldObj != nil && *obj == *oldObj) {\n", args)
	} else {
		sw.Do("  if $.equality.Semantic|raw$.DeepEqual(obj, oldObj) {\n", args)
	}
	sw.Do("    return nil\n", nil)
	sw.Do("  }\n", nil)
	sw.Do("}\n", nil)
}

func emitComments(comments []string, sw *generator.SnippetWriter) {
	for _, c := range comments {
		sw.Do("// ", nil)
		sw.Do(c, nil)
		sw.Do("\n", nil)
	}
}

// cohorts groups calls as upstream: the unnamed cohort first, then named
// ones in order of appearance; within each, short-circuiting calls first.
func cohorts(in []call) [][]call {
	var order []string
	by := map[string][]call{}
	for _, c := range in {
		if _, ok := by[c.cohort]; !ok && c.cohort != "" {
			order = append(order, c.cohort)
		}
		by[c.cohort] = append(by[c.cohort], c)
	}
	if len(by[""]) > 0 {
		order = append([]string{""}, order...)
	}
	var out [][]call
	for _, k := range order {
		var sooner, later []call
		for _, c := range by[k] {
			if c.flags&shortCircuit != 0 {
				sooner = append(sooner, c)
			} else {
				later = append(later, c)
			}
		}
		out = append(out, append(sooner, later...))
	}
	return out
}

func (g *validationsFile) emitCalls(c *generator.Context, calls []call, sw *generator.SnippetWriter) {
	for _, group := range cohorts(calls) {
		if name := group[0].cohort; name != "" {
			sw.Do("func() { // cohort = \"$.$\"\n", name)
		}
		last := -1
		for i, v := range group {
			if v.flags&shortCircuit != 0 {
				last = i
			}
		}
		if last >= 0 {
			sw.Do("earlyReturn := false\n", nil)
		}
		for i, v := range group {
			for _, cm := range v.comments {
				sw.Do("// $.$\n", cm)
			}
			call := func() {
				sw.Do("$.|raw$", c.Universe.Type(g.resolve(v.fn)))
				if len(v.typeArgs) > 0 {
					sw.Do("[", nil)
					for j, ta := range v.typeArgs {
						sw.Do("$.|raw$", c.Universe.Type(ta))
						if j < len(v.typeArgs)-1 {
							sw.Do(",", nil)
						}
					}
					sw.Do("]", nil)
				}
				sw.Do("(ctx, op, fldPath, obj, oldObj", nil)
				for _, a := range v.args {
					sw.Do(", ", nil)
					g.writeArg(c, sw, a)
				}
				sw.Do(")", nil)
				markLevel(sw, v)
				if v.flags&shortCircuit != 0 {
					sw.Do(".MarkShortCircuit()", nil)
				}
			}
			switch {
			case v.flags&shortCircuit != 0:
				sw.Do("if e := ", nil)
				call()
				sw.Do("; len(e) != 0 {\n", nil)
				if v.flags&nonError == 0 {
					sw.Do("  errs = append(errs, e...)\n", nil)
				}
				sw.Do("  earlyReturn = true\n", nil)
				sw.Do("}\n", nil)
				if i == last {
					sw.Do("if earlyReturn {\n", nil)
					sw.Do("  return // do not proceed\n", nil)
					sw.Do("}\n", nil)
				}
			case v.flags&nonError != 0:
				call()
			default:
				sw.Do("if e := ", nil)
				call()
				sw.Do("; len(e) != 0 {\n", nil)
				sw.Do("  errs = append(errs, e...)\n", nil)
				sw.Do("}\n", nil)
			}
		}
		if group[0].cohort != "" {
			sw.Do("}()\n", nil)
		}
	}
}

// writeArg writes a call argument: a Go literal, an identifier, or a
// wrapped call.
func (g *validationsFile) writeArg(c *generator.Context, sw *generator.SnippetWriter, v any) {
	switch v := v.(type) {
	case string:
		sw.Do(fmt.Sprintf("%q", unquote(v)), nil)
	case literal:
		sw.Do("$.$", string(v))
	case types.Name:
		sw.Do("$.|raw$", c.Universe.Type(v))
	case multiWrapper:
		args := generator.Args{"field": fieldSyms, "operation": operationSyms, "context": contextSyms, "objType": v.objType, "objTypePfx": "*"}
		if isNilable(v.objType) {
			args["objTypePfx"] = ""
		}
		sw.Do("\n", nil)
		sw.Do("func(", args)
		sw.Do("    ctx $.context.Context|raw$, ", args)
		sw.Do("    op $.operation.Operation|raw$, ", args)
		sw.Do("    fldPath *$.field.Path|raw$, ", args)
		sw.Do("    obj, oldObj $.objTypePfx$$.objType|raw$ ", args)
		sw.Do(")    $.field.ErrorList|raw$ {\n", args)
		sw.Do("errs := $.field.ErrorList|raw${}\n", args)
		last := -1
		for i, f := range v.calls {
			if f.flags&shortCircuit != 0 {
				last = i
			}
		}
		if last >= 0 {
			sw.Do("earlyReturn := false\n", nil)
		}
		for i, f := range v.calls {
			switch {
			case f.flags&shortCircuit != 0:
				sw.Do("if e := ", nil)
				g.writeCall(c, sw, f, "ctx", "op", "fldPath", "obj", "oldObj")
				sw.Do("; len(e) != 0 {\n", nil)
				if f.flags&nonError == 0 {
					sw.Do("  errs = append(errs, e...)\n", nil)
				}
				sw.Do("  earlyReturn = true\n", nil)
				sw.Do("}\n", nil)
				if i == last {
					sw.Do("if earlyReturn {\n", nil)
					sw.Do("  return errs\n", nil)
					sw.Do("}\n", nil)
				}
			case f.flags&nonError != 0:
				g.writeCall(c, sw, f, "ctx", "op", "fldPath", "obj", "oldObj")
			default:
				sw.Do("errs = append(errs, ", nil)
				g.writeCall(c, sw, f, "ctx", "op", "fldPath", "obj", "oldObj")
				sw.Do("...)\n", nil)
			}
		}
		sw.Do("return errs\n}", nil)
	case structLit:
		sw.Do("\n", nil)
		sw.Do("$.|raw$", c.Universe.Type(v.t))
		g.writeTypeArgs(sw, v.typeArgs)
		sw.Do("{\n", nil)
		for _, f := range v.fields {
			sw.Do(f.name+": ", nil)
			g.writeArg(c, sw, f.value)
			sw.Do(",\n", nil)
		}
		sw.Do("}", nil)
	case sliceLit:
		sw.Do("\n", nil)
		sw.Do("[]$.|raw$", c.Universe.Type(v.elem))
		g.writeTypeArgs(sw, v.typeArgs)
		sw.Do("{\n", nil)
		for _, e := range v.elems {
			g.writeArg(c, sw, e)
			sw.Do(",\n", nil)
		}
		sw.Do("}", nil)
	case nestedCall:
		g.writeCall(c, sw, call(v))
	case exclusionsLit:
		ex := c.Universe.Type(types.Name{Package: validatePkg, Name: "EnumExclusion"})
		args := generator.Args{"ex": ex, "t": v.t}
		sw.Do("\n[]$.ex|raw$[$.t|raw$]{\n", args)
		for _, e := range v.values {
			for _, x := range e.exclusions {
				sw.Do("\n$.ex|raw$[$.t|raw$]{\n", args)
				sw.Do("Value: $.|raw$,\n", c.Universe.Type(e.name))
				sw.Do(fmt.Sprintf("Option: %q,\n", x.option), nil)
				sw.Do(fmt.Sprintf("ExcludeWhen: %t,\n", x.when), nil)
				sw.Do("},\n", nil)
			}
		}
		sw.Do("}", nil)
	case funcLit:
		sw.Do("\n", nil)
		sw.Do("func(", nil)
		for i, p := range v.params {
			if i > 0 {
				sw.Do(", ", nil)
			}
			sw.Do("$.name$ $.type|raw$", generator.Args{"name": p.name, "type": p.t})
		}
		sw.Do(")", nil)
		if len(v.results) > 1 {
			sw.Do(" (", nil)
		}
		for i, r := range v.results {
			if i > 0 {
				sw.Do(", ", nil)
			}
			sw.Do(" $.|raw$", r)
		}
		if len(v.results) > 1 {
			sw.Do(")", nil)
		}
		sw.Do(" { $.$ }", v.body)
	case wrapper:
		if len(v.call.args) == 0 {
			for _, cm := range v.call.comments {
				sw.Do("// $.$\n", cm)
			}
			sw.Do("$.|raw$", c.Universe.Type(g.resolve(v.call.fn)))
			return
		}
		args := generator.Args{
			"field": fieldSyms, "operation": operationSyms, "context": contextSyms,
			"objType": v.objType, "objTypePfx": "*",
		}
		if isNilable(v.objType) {
			args["objTypePfx"] = ""
		}
		sw.Do("\n", nil)
		sw.Do("func(", args)
		sw.Do("    ctx $.context.Context|raw$, ", args)
		sw.Do("    op $.operation.Operation|raw$, ", args)
		sw.Do("    fldPath *$.field.Path|raw$, ", args)
		sw.Do("    obj, oldObj $.objTypePfx$$.objType|raw$ ", args)
		sw.Do(")    $.field.ErrorList|raw$ {\n", args)
		sw.Do("return ", nil)
		g.writeCall(c, sw, v.call, "ctx", "op", "fldPath", "obj", "oldObj")
		sw.Do("\n}", args)
	default:
		sw.Do(fmt.Sprintf("%v", v), nil)
	}
}

// writeCall writes fn[typeArgs](leading..., args...), upstream's
// emitFunctionCall.
func (g *validationsFile) writeCall(c *generator.Context, sw *generator.SnippetWriter, v call, leading ...string) {
	sw.Do("$.|raw$", c.Universe.Type(g.resolve(v.fn)))
	if len(v.typeArgs) > 0 {
		sw.Do("[", nil)
		for i, ta := range v.typeArgs {
			sw.Do("$.|raw$", c.Universe.Type(ta))
			if i < len(v.typeArgs)-1 {
				sw.Do(",", nil)
			}
		}
		sw.Do("]", nil)
	}
	sw.Do("(", nil)
	sw.Do(strings.Join(leading, ", "), nil)
	if len(leading) > 0 && len(v.args) > 0 {
		sw.Do(", ", nil)
	}
	for i, a := range v.args {
		if i != 0 {
			sw.Do(", ", nil)
		}
		g.writeArg(c, sw, a)
	}
	sw.Do(")", nil)
	markLevel(sw, v)
}

// markLevel marks the errors of an alpha or beta call.
func markLevel(sw *generator.SnippetWriter, v call) {
	if v.level != "" {
		sw.Do(".Mark"+v.level+"()", nil)
	}
}

// leafAndPrefixes is the type a field's closure takes (the field's type
// without pointers, as a pointer unless nilable) and how to reach it.
func leafAndPrefixes(t *types.Type) (*types.Type, string, string) {
	leaf, ptrs := t, 0
	for leaf.Kind == types.Pointer {
		ptrs++
		leaf = leaf.Elem
	}
	if !isNilable(leaf) {
		if ptrs == 0 {
			return leaf, "*", "&"
		}
		return leaf, "*", strings.Repeat("*", ptrs-1)
	}
	return leaf, "", strings.Repeat("*", ptrs)
}

// fixtureFile is zz_generated.validations_test.go, which runs the
// package's validateFalse fixtures.
type fixtureFile struct {
	generator.GoGenerator
}

func (g *fixtureFile) Imports(*generator.Context) []string { return []string{`"testing"`} }

func (g *fixtureFile) Init(c *generator.Context, w io.Writer) error {
	sw := generator.NewSnippetWriter(w, c, "$", "$")
	sw.Do("func TestValidation(t *testing.T) {\n", nil)
	sw.Do("  localSchemeBuilder.Test(t).ValidateFixtures()\n", nil)
	sw.Do("}\n", nil)
	return sw.Error()
}

// resolve is the package a Validate_ function is called from: this
// file's package for the types it validates, else the types package's
// canonical package (upstream's resolveFunc).
func (g *validationsFile) resolve(name types.Name) types.Name {
	if name.Package == g.plan.typesPath {
		name.Package = g.plan.pkg.Path
	} else if pkg, ok := g.td.w.canonical[name.Package]; ok {
		name.Package = pkg
	}
	return name
}

// writeTypeArgs writes [T1, T2] (nothing for none).
func (g *validationsFile) writeTypeArgs(sw *generator.SnippetWriter, ts []*types.Type) {
	if len(ts) == 0 {
		return
	}
	sw.Do("[", nil)
	for i, t := range ts {
		if i > 0 {
			sw.Do(", ", nil)
		}
		sw.Do("$.|raw$", t)
	}
	sw.Do("]", nil)
}
