package validation

import (
	"fmt"
	"slices"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// subfield applies its payload tag to one field (by JSON name) of a
// struct: validate.Subfield with a getter, in the cohort named by the
// field, upstream's subfieldTagValidator. The field's own short-circuit
// validations (+k8s:required, …) come along, as non-errors, so that the
// payload is not run where they would stop it.
func subfield(ctx tagContext, tag codetags.Tag) (vals, error) {
	for t := tag.ValueTag; t != nil; t = t.ValueTag {
		if t.Name == markers.VSubfield.Name {
			return vals{}, fmt.Errorf("nested +%s tags are unsupported; apply validations directly to the nested type instead", markers.VSubfield.Name)
		}
	}
	nt := nonPointer(nativeType(ctx.t))
	if nt.Kind != types.Struct {
		return vals{}, fmt.Errorf("can only be used on struct types: %v", nt.Kind)
	}
	arg, ok := tag.PositionalArg()
	if !ok {
		return vals{}, fmt.Errorf("missing required field name positional argument")
	}
	sub := arg.Value
	m := memberByJSON(nt, sub)
	if m == nil {
		return vals{}, fmt.Errorf("no field for json name %q", sub)
	}
	if tag.ValueTag == nil {
		return vals{}, fmt.Errorf("missing validation tag")
	}
	memberTags, err := markers.ValidationTagsOf(markers.Source{Lines: m.CommentLines})
	if err != nil {
		return vals{}, err
	}
	memberList := ctx.subLists[sub]
	if memberList == nil {
		memberList, _ = collectListMeta(m.Type, memberTags)
	}
	subCtx := tagContext{scope: markers.Field, t: m.Type, member: m, list: memberList, w: ctx.w,
		path: ctx.path + "." + sub, seen: ctx.seen, opaque: hasTag(memberTags, markers.VOpaqueType.Name),
		placePath: ctx.placePath + "." + sub, parentPath: ctx.placePath, parentType: ctx.t, unions: ctx.unions}

	inner := *tag.ValueTag
	vt, ok := markers.LookupValidation(inner.Name)
	if !ok {
		return vals{}, fmt.Errorf("unknown validation tag %q", inner.Name)
	}
	if !slices.Contains(vt.Contexts, "struct fields") {
		return vals{}, fmt.Errorf("tag %q cannot be specified on struct fields", inner.Name)
	}
	v, err := tagValidation(subCtx, inner)
	if err != nil {
		return vals{}, err
	}
	calls := v.deferred(1)
	if !ctx.opaque && !typeOpaque(ctx.t) && !ctx.seen[subCtx.path] {
		if ctx.seen != nil {
			ctx.seen[subCtx.path] = true
		}
		mv, err := tagVals(tagContext{scope: markers.Field, t: m.Type, member: m, path: subCtx.path, w: ctx.w, parentPath: ctx.placePath, parentType: ctx.t}, memberTags)
		if err != nil {
			return vals{}, err
		}
		for _, c := range mv.deferred(1) {
			if c.flags&shortCircuit != 0 {
				c.flags |= nonError
				calls = append(calls, c)
			}
		}
	}
	structT := ctx.t
	if !isNilable(structT) {
		structT = types.PointerTo(structT)
	}
	fieldT, pfx := m.Type, ""
	if !isNilable(fieldT) {
		fieldT, pfx = types.PointerTo(fieldT), "&"
	}
	get := funcLit{params: []param{{"o", structT}}, results: []*types.Type{fieldT}, body: "return " + pfx + "o." + m.Name}
	equiv := equalFn(m.Type)
	out := vals{comments: v.comments}
	for _, c := range calls {
		// a union member's placeholder is the field's, not the subfield's
		if parentBound(c) {
			out.late = append(out.late, unbind(c))
			continue
		}
		w := fn(markers.VSubfield.Name, c.flags, "Subfield", sub, get, equiv, wrapper{call: c, objType: m.Type, frag: "." + sub})
		w.cohort = sub
		w.round = c.round
		out.late = append(out.late, w)
	}
	return out, nil
}

// hasTag reports whether tgs hold tag name, directly or through a tag
// that applies its payload to the same place.
func hasTag(tgs []codetags.Tag, name string) bool {
	for _, t := range tgs {
		for wrapping(t.Name) && t.ValueTag != nil {
			t = *t.ValueTag
		}
		if t.Name == name {
			return true
		}
	}
	return false
}

// typeOpaque reports whether t's (non-pointer, native) type is marked
// +k8s:opaqueType.
func typeOpaque(t *types.Type) bool {
	nt := nonPointer(t)
	for nt.Kind == types.Alias {
		if opaqueLines(nt.CommentLines) {
			return true
		}
		nt = nonPointer(nt.Underlying)
	}
	return opaqueLines(nt.CommentLines)
}

func opaqueLines(lines []string) bool {
	tgs, err := markers.ValidationTagsOf(markers.Source{Lines: lines})
	return err == nil && hasTag(tgs, markers.VOpaqueType.Name)
}

// collectSubfieldListMeta reads the list tags given to subfields
// (+k8s:subfield(name)=+k8s:listType=…), by subfield name.
func collectSubfieldListMeta(t *types.Type, tgs []codetags.Tag) (map[string]*listMeta, error) {
	var out map[string]*listMeta
	nt := nonPointer(nativeType(t))
	for _, tag := range tgs {
		for wrapping(tag.Name) && tag.ValueTag != nil {
			tag = *tag.ValueTag
		}
		if tag.Name != markers.VSubfield.Name || tag.ValueTag == nil || nt.Kind != types.Struct {
			continue
		}
		arg, ok := tag.PositionalArg()
		if !ok {
			continue
		}
		m := memberByJSON(nt, arg.Value)
		if m == nil {
			continue
		}
		inner := *tag.ValueTag
		for wrapping(inner.Name) && inner.ValueTag != nil {
			inner = *inner.ValueTag
		}
		if !listTag(inner.Name) {
			continue
		}
		if out == nil {
			out = map[string]*listMeta{}
		}
		lm := out[arg.Value]
		if lm == nil {
			lm = &listMeta{}
			out[arg.Value] = lm
		}
		if err := lm.read(m.Type, inner); err != nil {
			return nil, tagError{tag: tag.Name, err: err}
		}
	}
	return out, nil
}
