package defaulter

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// reachCheck looks at the final call tree of every type that gets an object
// defaulter for what the generated code cannot do. Below the values of a
// map only +default of the values themselves is applied (map values are
// not addressable): anything else there is dropped, as upstream drops it,
// with a warning. Shapes for which upstream writes code that does not
// compile, and ref() defaults naming a constant an input package does not
// have, are errors.
type reachCheck struct {
	warn func(string)
	// inputs are the packages loaded from source, whose constants are known.
	inputs map[string]*types.Package
	// load loads a package that is not in the universe, for a ref()
	// naming one: the generated code imports it, so it must exist and
	// have the name. It returns nil for a package already in the universe
	// (a dependency of the inputs), whose constants are not checked.
	load func(path string) (*types.Package, error)
}

func (rc reachCheck) check(hand handWritten, objects map[*types.Type]*types.Type) error {
	ts := make([]*types.Type, 0, len(objects))
	for t := range objects {
		ts = append(ts, t)
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].Name.String() < ts[j].Name.String() })
	var errs []error
	for _, t := range ts {
		tree := newTreeBuilder(hand, objects).build(t, true)
		if tree == nil {
			continue
		}
		errs = append(errs, rc.reach(tree, t.Name.String())...)
	}
	return errors.Join(errs...)
}

func (rc reachCheck) reach(n *callNode, path string) []error {
	switch {
	case n.field != "":
		path += "." + n.field
	case n.index:
		path += "[i]"
	case n.key:
		path += "[key]"
	}
	var errs []error
	if n.value != nil && n.value.ref.Name != "" {
		ref := n.value.ref
		pkg := rc.inputs[ref.Package]
		if pkg == nil && rc.load != nil {
			var err error
			if pkg, err = rc.load(ref.Package); err != nil {
				msg, _, _ := strings.Cut(err.Error(), "\n")
				msg = strings.TrimSuffix(strings.TrimSpace(msg), "; to add it:")
				errs = append(errs, markers.Default.Errorf(n.value.sym, "ref(", "+default=ref(%s)%s: the package %s does not load (%s); name a constant of a package that exists", ref, via(n.value.sym, path), ref.Package, msg))
				pkg = nil
			}
		}
		if pkg != nil && pkg.Constants[ref.Name] == nil && pkg.Variables[ref.Name] == nil {
			errs = append(errs, markers.Default.Errorf(n.value.sym, "ref(", "+default=ref(%s)%s: %s has no constant or variable %s", ref, via(n.value.sym, path), pkg.Path, ref.Name))
		}
	}
	if n.key && (len(n.calls) > 0 || len(n.children) > 0) {
		rc.warn(fmt.Sprintf("%s: defaulters below map values are not called (map values are not addressable); call them from a hand-written SetDefaults_ function", path))
		return errs
	}
	if n.index && !n.markerOnly && len(n.calls) == 0 && !anyWrites(n.children) {
		errs = append(errs, fmt.Errorf("%s: every defaulter below is inside map values, where it is not called, which leaves an unused loop variable (upstream writes code that does not compile); default the maps in a hand-written SetDefaults_ function marked +k8s:defaulter-gen=covers", path))
	}
	if n.index && !n.markerOnly && !n.elem && rangesOverElement(n) {
		errs = append(errs, fmt.Errorf("%s: the elements are slices or maps with something to default inside; the generated code would range over a pointer to them, "+
			"which does not compile (upstream writes it anyway); wrap the inner slice or map in a struct, or default it in a hand-written SetDefaults_ function", path))
	}
	if n.elem && !n.index && misusesPointer(n) {
		errs = append(errs, fmt.Errorf("%s: a pointer to a slice, map or pointer with something to default inside; the generated code would use the pointer "+
			"as the value, which does not compile (upstream writes it anyway); use the slice, map or pointed-to value directly, or default it in a "+
			"hand-written SetDefaults_ function", path))
	}
	for _, c := range n.children {
		errs = append(errs, rc.reach(c, path)...)
	}
	return errs
}

// misusesPointer reports whether the code below pointer node n uses the
// pointer as if it were the value: ranging over it (fine only for arrays)
// or following a second pointer.
func misusesPointer(n *callNode) bool {
	base, _ := resolve(n.typ)
	array := base.Kind == types.Array
	var misuse func(*callNode) bool
	misuse = func(c *callNode) bool {
		switch {
		case c.field != "":
			return false
		case c.index:
			return !array
		case c.key:
			return c.value != nil
		case c.elem:
			return true
		}
		for _, g := range c.children {
			if misuse(g) {
				return true
			}
		}
		return false
	}
	for _, c := range n.children {
		if misuse(c) {
			return true
		}
	}
	return false
}

// rangesOverElement reports whether the code for the elements of slice node
// n loops over the element itself, which it holds as a pointer: fine for
// arrays, not for slices and maps.
func rangesOverElement(n *callNode) bool {
	if base, _ := resolve(n.typ); base.Kind == types.Array {
		return false
	}
	var loops func(*callNode) bool
	loops = func(c *callNode) bool {
		switch {
		case c.field != "":
			return false
		case c.index, c.key && c.value != nil:
			return true
		}
		for _, g := range c.children {
			if loops(g) {
				return true
			}
		}
		return false
	}
	for _, c := range n.children {
		if loops(c) {
			return true
		}
	}
	return false
}

// writes reports whether writing n produces any statement (a loop over a
// slice is always written).
func writes(n *callNode) bool {
	switch {
	case n.key:
		return n.value != nil
	case n.index:
		return true
	}
	return n.value != nil || len(n.calls) > 0 || anyWrites(n.children)
}

func anyWrites(ns []*callNode) bool {
	for _, c := range ns {
		if writes(c) {
			return true
		}
	}
	return false
}

// via names the field being defaulted when it is not where the marker is
// (a default on a type, applied to a field of a pointer to it).
func via(sym markers.Symbol, path string) string {
	if sym.String() == path {
		return ""
	}
	return " (defaulting " + path + ")"
}
