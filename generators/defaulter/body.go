package defaulter

import (
	"fmt"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/snippet"
)

// bodyWriter writes the body of a SetObjectDefaults_ function by walking
// its call tree in order: nil checks for pointers, loops for slices and
// maps, then the calls and the default of every node.
type bodyWriter struct {
	sw      *snippet.Writer
	imports namer.ImportTracker
}

const (
	ifNotNilTmpl  = "if $.v$ != nil {\n"
	closeTmpl     = "}\n"
	rangeTmpl     = "for $.i$ := range $.v$ {\n"
	elemValueTmpl = "$.local$ := $.v$[$.i$]\n"
	elemAddrTmpl  = "$.local$ := &$.v$[$.i$]\n"
	callTmpl      = "$.fn|raw$($.arg$)\n"
)

// loopVars returns the index and element variable names for a loop depth
// levels deep: i/a, j/b, … as long as the letters last.
func loopVars(depth int) (index, local string) {
	const indexes, locals = "ijklmnop", "abcdefgh"
	if depth >= len(indexes) {
		return fmt.Sprintf("i%d", depth), fmt.Sprintf("local%d", depth)
	}
	return indexes[depth : depth+1], locals[depth : depth+1]
}

// node writes n, reached as the Go expression v. parent is nil at the root.
func (w *bodyWriter) node(n *callNode, v string, depth int, parent *callNode) {
	if n.field != "" {
		v += "." + n.field
	}
	index, local := loopVars(depth)
	pointer := n.elem && !n.index
	if pointer && parent != nil {
		w.sw.Do(ifNotNilTmpl, generator.Args{"v": v})
	}
	switch {
	case n.index:
		w.sw.Do(rangeTmpl, generator.Args{"i": index, "v": v})
		if !n.markerOnly {
			tmpl := elemAddrTmpl
			if n.elem {
				tmpl = elemValueTmpl
			}
			w.sw.Do(tmpl, generator.Args{"local": local, "v": v, "i": index})
		}
		w.writeDefault(n, v, index, pointer)
		w.calls(n, local, true)
		for _, c := range n.children {
			w.node(c, local, depth+1, n)
		}
		w.sw.Do(closeTmpl, nil)
	case n.key:
		if n.value != nil {
			// Map keys are typed: each map gets its own key variable.
			key := index + "_" + parent.field
			w.sw.Do(rangeTmpl, generator.Args{"i": key, "v": v})
			w.writeDefault(n, v, key, pointer)
			w.sw.Do(closeTmpl, nil)
		}
	default:
		w.writeDefault(n, v, "", pointer)
		w.calls(n, v, pointer)
		for _, c := range n.children {
			w.node(c, v, depth, n)
		}
	}
	if pointer && parent != nil {
		w.sw.Do(closeTmpl, nil)
	}
}

// calls writes the node's function calls on v (taking its address unless
// it already is a pointer).
func (w *bodyWriter) calls(n *callNode, v string, isPointer bool) {
	arg := v
	if !isPointer {
		arg = "&" + v
	}
	for _, fn := range n.calls {
		w.sw.Do(callTmpl, generator.Args{"fn": fn, "arg": arg})
	}
}

const (
	ifZeroTmpl       = "if $.target$ == $.zero$ {\n"
	ifNilTmpl        = "if $.target$ == nil {\n"
	assignTmpl       = "$.target$ = $.value$\n"
	assignCastTmpl   = "$.target$ = $.type|raw$($.value$)\n"
	ptrVarTmpl       = "var ptrVar$.n$ $.type|raw$ = $.value$\n"
	ptrVarCastTmpl   = "ptrVar$.n$ := $.type|raw$($.value$)\n"
	takeAddrTmpl     = "$.dest$ $.op$ &$.src$\n"
	takeAddrCastTmpl = "$.dest$ $.op$ (*$.type|raw$)(&$.src$)\n"
	mapCopyTmpl      = "$.tmp$ := $.target$\n"
	unmarshalTmpl    = "if err := $.unmarshal|raw$([]byte(`$.value$`), $.into$); err != nil {\n\tpanic(err)\n}\n"
	mapStoreTmpl     = "$.target$ = $.tmp$\n"
)

// writeDefault writes the code that applies n's default to v (or to
// v[index], for slice elements and map values); isPointer says whether v
// already is a pointer to where the JSON is decoded.
func (w *bodyWriter) writeDefault(n *callNode, v, index string, isPointer bool) {
	d := n.value
	if d == nil {
		return
	}
	target := v
	if n.index || n.key {
		target = v + "[" + index + "]"
	}
	value := d.literal
	if value == "" {
		value = types.Name{Package: w.imports.LocalNameOf(d.ref.Package), Name: d.ref.Name}.String()
	}
	switch {
	case d.primitive && len(pointerPath(d.field)) > 0:
		w.sw.Do(ifNilTmpl, generator.Args{"target": target})
		w.pointerChain(pointerPath(d.field), target, value, d.literal != "")
	case d.primitive:
		w.sw.Do(ifZeroTmpl, generator.Args{"target": target, "zero": zeroLiteral[d.base.String()]})
		tmpl := assignTmpl
		if d.literal == "" {
			tmpl = assignCastTmpl
		}
		w.sw.Do(tmpl, generator.Args{"target": target, "value": value, "type": d.field})
	default:
		w.sw.Do(ifNilTmpl, generator.Args{"target": target})
		into := target
		args := generator.Args{"target": target, "value": value, "unmarshal": jsonUnmarshal}
		switch {
		case n.key:
			// Map values are not addressable: decode into a copy.
			tmp := index + "_default"
			args["tmp"] = tmp
			into = "&" + tmp
			w.sw.Do(mapCopyTmpl, args)
		case !isPointer:
			into = "&" + target
		}
		args["into"] = into
		w.sw.Do(unmarshalTmpl, args)
		if n.key {
			w.sw.Do(mapStoreTmpl, args)
		}
	}
	w.sw.Do(closeTmpl, nil)
}

// pointerChain assigns a default to a nil pointer target: the value goes
// into a variable of the base type, and each level of pointer takes the
// address of the level below, converting where the pointer type is named.
// path is the chain of element types from the target's type down to the
// base type.
func (w *bodyWriter) pointerChain(path []*types.Type, target, value string, literal bool) {
	n := len(path)
	elem := path[n-1]
	args := generator.Args{"n": n, "type": elem, "value": value}
	if literal {
		w.sw.Do(ptrVarTmpl, args)
	} else {
		w.sw.Do(ptrVarCastTmpl, args)
	}
	for i := n; i >= 1; i-- {
		dest, op := fmt.Sprintf("ptrVar%d", i-1), ":="
		if i == 1 {
			dest, op = target, "="
		}
		source := "*" + elem.String()
		if i == n {
			source = elem.String()
		}
		elem = path[i-1]
		args := generator.Args{"dest": dest, "op": op, "src": fmt.Sprintf("ptrVar%d", i), "type": elem}
		if elem.String() == source {
			w.sw.Do(takeAddrTmpl, args)
		} else {
			w.sw.Do(takeAddrCastTmpl, args)
		}
	}
}
