package validation

import (
	"fmt"
	"slices"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// updateConstraints are +k8s:update's payloads, in the order of
// k8s.io/apimachinery/pkg/api/validate's UpdateConstraint values.
var updateConstraints = []string{"NoSet", "NoUnset", "NoModify", "NoAddItem", "NoRemoveItem"}

// updateMeta is the +k8s:update constraints of one field, gathered from
// all its tags (upstream's updateMetadata).
type updateMeta struct {
	constraints []string // sorted as updateConstraints
	level       string   // the last tag's +k8s:alpha/beta level
	generated   bool
}

// collectUpdateMeta reads the +k8s:update tags of a place.
func collectUpdateMeta(tgs []codetags.Tag) *updateMeta {
	var um *updateMeta
	for _, tag := range tgs {
		lvl := ""
		for wrapping(tag.Name) && tag.ValueTag != nil {
			switch tag.Name {
			case markers.VAlpha.Name:
				lvl = "Alpha"
			case markers.VBeta.Name:
				lvl = "Beta"
			}
			tag = *tag.ValueTag
		}
		if tag.Name != markers.VUpdate.Name || !slices.Contains(updateConstraints, tag.Value) {
			continue
		}
		if um == nil {
			um = &updateMeta{}
		}
		if !slices.Contains(um.constraints, tag.Value) {
			um.constraints = append(um.constraints, tag.Value)
		}
		um.level = lvl
	}
	if um != nil {
		slices.SortFunc(um.constraints, func(a, b string) int {
			return slices.Index(updateConstraints, a) - slices.Index(updateConstraints, b)
		})
	}
	return um
}

// update is +k8s:update: the place's constraints become one call, made
// at its first +k8s:update tag; on list or map values (through
// +k8s:eachVal) only NoModify applies.
func update(ctx tagContext, tag codetags.Tag) (vals, error) {
	if !slices.Contains(updateConstraints, tag.Value) {
		return vals{}, fmt.Errorf("unknown +k8s:update constraint: %s", tag.Value)
	}
	if ctx.nested == "list values" || ctx.nested == "map values" {
		if tag.Value != "NoModify" {
			return vals{}, fmt.Errorf("+k8s:update=%s does not apply to %s, attach it to the enclosing field", tag.Value, ctx.nested)
		}
		if k := nonPointer(nativeType(ctx.t)).Kind; k == types.Slice || k == types.Map {
			return vals{}, fmt.Errorf("+k8s:update=NoModify cannot be applied to list/map elements that are themselves lists or maps")
		}
		if ctx.nested == "list values" && ctx.parentList != nil && ctx.parentList.semantic != "map" {
			return vals{}, fmt.Errorf("+k8s:eachVal=+k8s:update=NoModify requires the enclosing list to use listType=map or unique=map (got %s)", ctx.parentList.semantic)
		}
		return one(scalarUpdate(ctx.t, []string{"NoModify"})), nil
	}
	um := ctx.update
	if um == nil {
		// applied through another tag (+k8s:subfield): this tag alone
		um = collectUpdateMeta([]codetags.Tag{tag})
	}
	if um.generated {
		return vals{}, nil
	}
	t := nonPointer(nativeType(ctx.t))
	compound := t.Kind == types.Slice || t.Kind == types.Map
	for _, c := range um.constraints {
		switch c {
		case "NoAddItem", "NoRemoveItem":
			if !compound {
				return vals{}, fmt.Errorf("+k8s:update=%s can only be used on list or map fields", c)
			}
		case "NoModify":
			if compound {
				return vals{}, fmt.Errorf("+k8s:update=NoModify is not supported on list or map fields, use +k8s:eachVal=+k8s:update=NoModify for per-item immutability")
			}
		case "NoSet", "NoUnset":
			if t.Kind == types.Struct && ctx.t.Kind != types.Pointer {
				return vals{}, fmt.Errorf("+k8s:update=%s cannot be used on non-pointer struct fields (they cannot be unset)", c)
			}
		}
	}
	um.generated = true
	var c call
	switch t.Kind {
	case types.Slice:
		var match any = literal("nil")
		if slices.Contains(um.constraints, "NoAddItem") || slices.Contains(um.constraints, "NoRemoveItem") {
			lm := placeListMeta(ctx)
			if lm == nil {
				return vals{}, fmt.Errorf("+k8s:update=NoAddItem/+k8s:update=NoRemoveItem require list metadata (+k8s:listType with listMapKey, or +k8s:unique) to determine item identity")
			}
			elem := nativeType(ctx.t).Elem
			switch lm.semantic {
			case "map":
				if len(lm.keys) == 0 {
					return vals{}, fmt.Errorf("+k8s:update=NoAddItem/+k8s:update=NoRemoveItem require listMapKey to be set for listType=map")
				}
				match = lm.matchFunc(elem)
			case "set":
				match = equalFn(elem)
			default:
				return vals{}, fmt.Errorf("+k8s:update=NoAddItem/+k8s:update=NoRemoveItem require listType=set, listType=map, unique=set, or unique=map to define item identity")
			}
		}
		name := "ValSliceUpdate"
		if nativeType(ctx.t).Elem.Kind == types.Pointer {
			name = "PtrSliceUpdate"
		}
		c = fn(markers.VUpdate.Name, shortCircuit, name, append([]any{match}, constraintArgs(um.constraints)...)...)
	case types.Map:
		c = fn(markers.VUpdate.Name, shortCircuit, "UpdateMap", constraintArgs(um.constraints)...)
	default:
		c = scalarUpdate(ctx.t, um.constraints)
	}
	c.level = um.level
	return vals{late: []call{c}}, nil
}

func scalarUpdate(t *types.Type, constraints []string) call {
	nt := nonPointer(nativeType(t))
	name := "UpdateValueByReflect"
	switch {
	case t.Kind == types.Pointer:
		name = "UpdatePointer"
	case nt.Kind == types.Struct:
		name = "UpdateStruct"
	case directComparable(nt):
		name = "UpdateValueByCompare"
	}
	return fn(markers.VUpdate.Name, shortCircuit, name, constraintArgs(constraints)...)
}

func constraintArgs(constraints []string) []any {
	var out []any
	for _, c := range constraints {
		out = append(out, types.Name{Package: validatePkg, Name: c})
	}
	return out
}
