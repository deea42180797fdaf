package conversion

import (
	"fmt"
	"reflect"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/snippet"
)

// fromURLValues writes the conversion from net/url.Values (query
// parameters) into out: each field reads the parameter named by its json
// tag, and gets its zero value when the parameter is absent.
func (g *genConversion) fromURLValues(in, out *types.Type, sw *snippet.Writer) {
	args := pairArgs(in, out)
	sw.Do(autoOpenTmpl, args)
	for _, m := range out.Members {
		g.where = out.Name.String() + "." + m.Name
		margs := generator.Args{"name": m.Name, "type": m.Type, "Pointer": unsafePtr}
		if optedOut(m) {
			sw.Do("// INFO: in.$.name$ opted out of conversion generation\n", margs)
			continue
		}
		param := jsonName(m.Tags)
		if param == "" {
			sw.Do("// WARNING: Field $.name$ does not have json tag, skipping.\n\n", margs)
			g.unsupportedParam("has no json tag naming its query parameter; add one, or opt the field out with +k8s:conversion-gen=false")
			continue
		}
		sw.Do("if values, ok := map[string][]string(*in)[\"$.param$\"]; ok && len(values) > 0 {\n", margs.With("param", param))
		g.fromValues(in.Underlying.Elem, m, margs, sw)
		sw.Do("} else {\n", nil)
		g.zeroValue(m, margs, sw)
		sw.Do("}\n", nil)
	}
	sw.Do(autoCloseTmpl, nil)
	if _, ok := g.manualFor(in, out); !ok {
		sw.Do(convertTmpl, args)
	}
}

// jsonName is the name part of a field's json tag.
func jsonName(tags string) string {
	name, _, _ := strings.Cut(reflect.StructTag(tags).Get("json"), ",")
	return name
}

// fromValues sets field m from values, the parameter's values.
func (g *genConversion) fromValues(values *types.Type, m types.Member, args generator.Args, sw *snippet.Writer) {
	if f, ok := g.manualFor(values, m.Type); ok {
		sw.Do(callFromValuesTmpl, args.With("fn", f))
		return
	}
	switch {
	case m.Type == types.String:
		sw.Do("out.$.name$ = values[0]\n", args)
	case g.shared.equal.Equal(values, m.Type) && values.Kind == types.Slice:
		sw.Do("out.$.name$ = *(*$.type|raw$)($.Pointer|raw$(&values))\n", args)
	default:
		sw.Do("// FIXME: out.$.name$ is of not yet supported type and requires manual conversion\n", args)
		g.unsupportedParam(fmt.Sprintf("query parameters cannot be converted to %s; write a conversion function from []string, or opt the field out with +k8s:conversion-gen=false", m.Type))
	}
}

const callFromValuesTmpl = `if err := $.fn|raw$(&values, &out.$.name$, s); err != nil {
	return err
}
`

// unsupportedParam reports a field that no query parameter sets: a
// warning, as upstream only writes a comment, or an error under --strict.
func (g *genConversion) unsupportedParam(problem string) {
	if g.shared.strict {
		g.fail("%s", problem)
		return
	}
	g.shared.env.Warnf("%s: %s", g.where, problem)
}

// zeroValue resets field m when its parameter is absent.
func (g *genConversion) zeroValue(m types.Member, args generator.Args, sw *snippet.Writer) {
	t := unalias(m.Type)
	args = args.With("under", t)
	switch t.Kind {
	case types.Builtin:
		g.zeroBuiltin(t, args, sw)
	case types.Struct:
		if t == m.Type {
			sw.Do("out.$.name$ = $.under|raw${}\n", args)
		} else {
			sw.Do("out.$.name$ = $.type|raw$($.under|raw${})\n", args)
		}
	case types.Map, types.Slice, types.Pointer, types.Interface:
		sw.Do("out.$.name$ = nil\n", args)
	default:
		g.fail("cannot reset a field of type %s; write a conversion function from net/url.Values", m.Type)
	}
}

func (g *genConversion) zeroBuiltin(t *types.Type, args generator.Args, sw *snippet.Writer) {
	switch t {
	case types.String:
		sw.Do("out.$.name$ = \"\"\n", args)
	case types.Bool:
		sw.Do("out.$.name$ = false\n", args)
	case types.Int64, types.Int32, types.Int16, types.Int, types.Uint64, types.Uint32, types.Uint16, types.Uint,
		types.Uintptr, types.Byte, types.Float64, types.Float32, types.Float:
		sw.Do("out.$.name$ = 0\n", args)
	default:
		g.fail("cannot reset a field of type %s; write a conversion function from net/url.Values", t)
	}
}
