package validation

import (
	"fmt"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/gengo/v2/parser/tags"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// dependent is +k8s:dependentRequired(sibling) and
// +k8s:dependentForbidden(sibling): when the field is set, the sibling
// must (must not) be; a check of the struct, upstream's
// dependencyTagValidator.
func dependent(ctx tagContext, tag codetags.Tag) (vals, error) {
	if ctx.member == nil || ctx.nested != "" {
		return vals{}, fmt.Errorf("must be used on a struct field")
	}
	parent := nonPointer(nativeType(ctx.parentType))
	if parent.Kind != types.Struct {
		return vals{}, fmt.Errorf("parent type must be a struct (got %s)", parent.Kind)
	}
	if len(tag.Args) != 1 {
		return vals{}, fmt.Errorf("expected exactly one argument naming the dependent field, got %d", len(tag.Args))
	}
	dep := tag.Args[0].Value
	depMember := memberByJSON(parent, dep)
	if depMember == nil {
		return vals{}, fmt.Errorf("no sibling field with JSON name %q", dep)
	}
	if depMember.Name == ctx.member.Name {
		return vals{}, fmt.Errorf("trigger and dependent field must be different (both are %q)", dep)
	}
	jt, ok := tags.LookupJSON(*ctx.member)
	if !ok || jt.Name == "" {
		return vals{}, fmt.Errorf("trigger field %q has no JSON name", ctx.member.Name)
	}
	for _, m := range []struct {
		role   string
		member *types.Member
	}{{"trigger", ctx.member}, {"dependent", depMember}} {
		switch nt := nativeType(m.member.Type); nt.Kind {
		case types.Pointer, types.Map, types.Slice, types.Builtin:
		default:
			return vals{}, fmt.Errorf("%s field %q has unsupported type kind %s", m.role, m.member.Name, nt.Kind)
		}
	}
	name := "DependentRequired"
	if tag.Name == markers.VDependentForbidden.Name {
		name = "DependentForbidden"
	}
	ptr := types.PointerTo(ctx.parentType)
	c := fn(tag.Name, 0, name, jt.Name, memberExtractor(ptr, ctx.member), dep, memberExtractor(ptr, depMember))
	c.toParent = true
	return vals{late: []call{c}}, nil
}

// parentBound reports whether c (or the call it wraps) belongs to the
// struct holding the field it was written on (upstream's ParentContext).
func parentBound(c call) bool {
	if c.toParent || c.mode != nil || c.union != nil && c.union.parent {
		return true
	}
	for _, a := range c.args {
		if w, ok := a.(wrapper); ok && parentBound(w.call) {
			return true
		}
	}
	return false
}

// unbind makes c (and the call it wraps) belong to its own place:
// +k8s:item and +k8s:subfield take their payload's parent-bound calls as
// their place's.
func unbind(c call) call {
	c.toParent = false
	if c.union != nil {
		c.union.parent = false
	}
	for i, a := range c.args {
		if w, ok := a.(wrapper); ok {
			w.call = unbind(w.call)
			c.args[i] = w
		}
	}
	return c
}
