package defaulter

import (
	"errors"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// callNode is one step of the path from an object to something that needs
// defaulting: a field, a pointer, a slice element or a map value. The
// generated function walks the tree in order, calling every function in
// calls on the node and applying its default.
type callNode struct {
	// field is the Go field accessed at this step ("" for the root and for
	// elements).
	field string
	// index: range over a slice or array; key: range over a map.
	index, key bool
	// elem: the value at this step is a pointer.
	elem bool
	// calls are the defaulting functions to call here, in order.
	calls []*types.Type
	// children are the steps below this one.
	children []*callNode
	// value is the +default of this step, if any.
	value *defaultValue
	// markerOnly nodes exist only to apply a default.
	markerOnly bool
	// typ is the type of the value at this step.
	typ *types.Type
}

// treeBuilder builds call trees over the hand-written defaulters and the
// object defaulters that will be generated.
type treeBuilder struct {
	hand     handWritten
	objects  map[*types.Type]*types.Type
	building map[*types.Type]bool
	errs     []error
	seen     map[string]bool
}

func newTreeBuilder(hand handWritten, objects map[*types.Type]*types.Type) *treeBuilder {
	return &treeBuilder{hand: hand, objects: objects, building: map[*types.Type]bool{}, seen: map[string]bool{}}
}

// err returns every error met while building, each once.
func (b *treeBuilder) err() error { return errors.Join(b.errs...) }

func (b *treeBuilder) fail(err error) {
	if err != nil && !b.seen[err.Error()] {
		b.seen[err.Error()] = true
		b.errs = append(b.errs, err)
	}
}

// build returns the call tree for a value of type t, or nil when nothing
// below t needs defaulting. The root is always reached through a pointer
// and never calls its own object defaulter.
func (b *treeBuilder) build(t *types.Type, root bool) *callNode {
	node := &callNode{elem: root, typ: t}
	if obj := b.objects[t]; !root && obj != nil {
		// A generated object defaulter covers everything below t.
		node.calls = append(node.calls, obj)
		return node
	}
	hand := b.hand[t]
	if hand == nil {
		hand = &handFuncs{}
	}
	switch {
	case hand.object != nil:
		node.calls = append(node.calls, hand.object)
		return node
	case hand.base != nil:
		node.calls = append(node.calls, hand.base)
		if hand.covers {
			return node
		}
	}
	node.calls = append(node.calls, hand.extra...)

	// A type met again below itself is not expanded again.
	if b.building[t] {
		return nil
	}
	b.building[t] = true
	defer func() { b.building[t] = false }()

	switch t.Kind {
	case types.Pointer:
		if child := b.build(t.Elem, false); child != nil {
			child.elem = true
			node.children = append(node.children, child)
		}
	case types.Slice, types.Array:
		b.addElement(node, t, func(n *callNode) {
			n.index = true
			if t.Elem.Kind == types.Pointer {
				n.elem = true
			}
		})
	case types.Map:
		b.addElement(node, t, func(n *callNode) { n.key = true })
	case types.Struct:
		for _, m := range t.Members {
			b.addMember(node, t, m)
		}
	case types.Alias:
		if child := b.build(t.Underlying, false); child != nil {
			node.children = append(node.children, child)
		}
	}
	if len(node.children) == 0 && len(node.calls) == 0 {
		return nil
	}
	return node
}

// addElement adds the step into the elements of slice, array or map t: its
// own tree, or else the default of the element type.
func (b *treeBuilder) addElement(node *callNode, t *types.Type, mark func(*callNode)) {
	child := b.build(t.Elem, false)
	if child == nil {
		child = b.withDefault(nil, t.Elem, markers.DocLines(t.Elem), t.Elem.Name.Package)
	}
	if child != nil {
		mark(child)
		node.children = append(node.children, child)
	}
}

// addMember adds the step into field m of struct t.
func (b *treeBuilder) addMember(node *callNode, t *types.Type, m types.Member) {
	name := m.Name
	if name == "" {
		if m.Type.Kind == types.Pointer {
			name = m.Type.Elem.Name.Name
		} else {
			name = m.Type.Name.Name
		}
	}
	// src names the field as m, or as its type when embedded without a name.
	src := markers.MemberLines(t, m)
	src.Sym.Member = name
	child := b.build(m.Type, false)
	if child != nil {
		// Upstream resolves a ref(Ident) here against the field type's
		// package; kept for identical output.
		b.withDefault(child, m.Type, src, m.Type.Name.Package)
	} else {
		child = b.withDefault(nil, m.Type, src, t.Name.Package)
	}
	if child != nil {
		child.field = name
		node.children = append(node.children, child)
	}
}

// withDefault attaches the +default found in src (or on the types t
// points to) to node, making a node when there is none yet. It returns
// node, or nil when there is neither a node nor a default.
func (b *treeBuilder) withDefault(node *callNode, t *types.Type, src markers.Source, refPkg string) *callNode {
	v, err := readDefault(t, src, refPkg)
	b.fail(err)
	if v == nil {
		return node
	}
	if node == nil {
		node = &callNode{markerOnly: true, typ: t}
	}
	node.value = v
	return node
}
