package validation

import (
	"fmt"
	"path"
	"strings"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// Upstream's validation linter: the tags of every root type, of its
// fields and of the types they reach are checked by three rules, unless
// the package (or a type) is +k8s:validation-gen-nolint. A violation is
// an error at the tag's (or the field's) line, and nothing is written.
//
//   - +k8s:alpha and +k8s:beta only prefix a validation tag, never inside
//     another tag's payload;
//   - a tag is at least as stable as where it is used: Stable in a
//     package vN, Beta or better in vNbetaM (or under +k8s:beta, or
//     +k8s:ifEnabled/ifDisabled), anything in vNalphaM (or under
//     +k8s:alpha);
//   - a field of pointer, list, map or scalar type with a validation of
//     its own, or reaching one through its type, says whether it is
//     +k8s:optional, +k8s:required or +k8s:forbidden.

// linter lints types once each and gathers the violations.
type linter struct {
	w      *world
	linted map[*types.Type]bool
	errs   []error
	// hasVal caches transitive validation by type and opacity (nil while
	// being computed: a cycle).
	hasVal map[lintKey]*bool
}

type opacity struct{ typ, key, val bool }

type lintKey struct {
	t  *types.Type
	op opacity
}

func newLinter(w *world) *linter {
	return &linter{w: w, linted: map[*types.Type]bool{}, hasVal: map[lintKey]*bool{}}
}

// lintTags are the known validation tags of lines (none when they do not
// parse: upstream skips those).
func lintTags(lines []string) []codetags.Tag {
	tags, err := markers.ValidationTagsOf(markers.Source{Lines: lines})
	if err != nil {
		return nil
	}
	return tags
}

func (l *linter) lintType(t *types.Type) {
	if l.linted[t] {
		return
	}
	l.linted[t] = true
	if t.CommentLines != nil {
		if markers.ValidationGenNolint.Has(markers.Source{Lines: t.CommentLines}) {
			return
		}
		for _, v := range l.rules(t, t, lintTags(t.CommentLines)) {
			l.errs = append(l.errs, markers.Errorf(markers.TypeSymbol(t, ""), v.tag, "", "type %s: %s", t.Name, v.msg))
		}
	}
	switch t.Kind {
	case types.Alias:
		l.lintType(t.Underlying)
	case types.Struct:
		for _, m := range t.Members {
			for _, v := range l.rules(t, m.Type, lintTags(m.CommentLines)) {
				fix := ""
				if v.tag == "" {
					fix = "; add +k8s:optional, +k8s:required or +k8s:forbidden (or +k8s:validation-gen-nolint on the type or in doc.go)"
				}
				l.errs = append(l.errs, markers.Errorf(markers.TypeSymbol(t, m.Name), v.tag, "", "type %s: field %s: %s%s", t.Name, m.Name, v.msg, fix))
			}
			l.lintType(m.Type)
		}
	case types.Slice, types.Array, types.Pointer:
		l.lintType(t.Elem)
	case types.Map:
		l.lintType(t.Key)
		l.lintType(t.Elem)
	}
}

// violation is one rule's message, naming the tag it is about ("" for the
// field's missing requiredness).
type violation struct{ tag, msg string }

// rules runs the three rules on the tags of a type (container == t) or
// of a field of type t in struct container.
func (l *linter) rules(container, t *types.Type, tags []codetags.Tag) []violation {
	var out []violation
	for _, rule := range []func(container, t *types.Type, tags []codetags.Tag) (violation, bool){alphaBetaPrefix, stability, l.requiredness} {
		if v, ok := rule(container, t, tags); ok {
			out = append(out, v)
		}
	}
	return out
}

func isLevel(name string) bool {
	return name == markers.VAlpha.Name || name == markers.VBeta.Name
}

// alphaBetaPrefix: +k8s:alpha and +k8s:beta only at the start of a tag,
// with a validation tag as payload.
func alphaBetaPrefix(_, _ *types.Type, tags []codetags.Tag) (violation, bool) {
	var check func(tag codetags.Tag, root bool) (violation, bool)
	check = func(tag codetags.Tag, root bool) (violation, bool) {
		if isLevel(tag.Name) {
			if !root {
				return violation{tag.Name, fmt.Sprintf("tag %q can't be used in between", tag.Name)}, true
			}
			if tag.ValueTag == nil {
				return violation{tag.Name, fmt.Sprintf("tag %q requires a validation tag as its value payload", tag.Name)}, true
			}
		}
		if tag.ValueTag != nil {
			return check(*tag.ValueTag, false)
		}
		return violation{}, false
	}
	for _, tag := range tags {
		if v, ok := check(tag, true); ok {
			return v, true
		}
	}
	return violation{}, false
}

var stabilityOrder = map[string]int{"Alpha": 0, "Beta": 1, "Stable": 2}

// stability: every tag at least as stable as the place requires.
func stability(container, t *types.Type, tags []codetags.Tag) (violation, bool) {
	pkg := t.Name.Package
	if container != nil {
		pkg = container.Name.Package
	}
	def := "Stable"
	switch v := path.Base(pkg); {
	case strings.Contains(v, "alpha"):
		def = "Alpha"
	case strings.Contains(v, "beta"):
		def = "Beta"
	}
	var check func(tag codetags.Tag, level string) (violation, bool)
	check = func(tag codetags.Tag, level string) (violation, bool) {
		vt, ok := markers.LookupValidation(tag.Name)
		if !ok {
			return violation{}, false
		}
		if stabilityOrder[vt.Stability] < stabilityOrder[level] {
			return violation{tag.Name, fmt.Sprintf("tag %q with stability level %q cannot be used in %s validation", tag.Name, vt.Stability, level)}, true
		}
		if tag.ValueTag != nil {
			return check(*tag.ValueTag, level)
		}
		return violation{}, false
	}
	for _, tag := range tags {
		level, inner := def, tag
		if isLevel(tag.Name) {
			level = "Alpha"
			if tag.Name == markers.VBeta.Name {
				level = "Beta"
			}
			if tag.ValueTag == nil {
				continue
			}
			inner = *tag.ValueTag
		}
		if (inner.Name == markers.VIfEnabled.Name || inner.Name == markers.VIfDisabled.Name) && level == "Stable" {
			level = "Beta"
		}
		if v, ok := check(inner, level); ok {
			return v, true
		}
	}
	return violation{}, false
}

// hasTagNamed reports whether name is among tags or their payloads.
func hasTagNamed(tags []codetags.Tag, name string) bool {
	for _, tag := range tags {
		if tag.Name == name || tag.ValueTag != nil && hasTagNamed([]codetags.Tag{*tag.ValueTag}, name) {
			return true
		}
	}
	return false
}

// chainTag reports whether a tag's payload is another tag.
func chainTag(name string) bool {
	vt, ok := markers.LookupValidation(name)
	return ok && vt.Payload == string(codetags.ValueTypeTag)
}

// validating reports whether tags hold a validation tag other than
// +k8s:optional and +k8s:opaqueType (in a payload too).
func validating(tags []codetags.Tag) bool {
	for _, tag := range tags {
		switch {
		case tag.Name == markers.VOptional.Name || tag.Name == markers.VOpaqueType.Name:
		case chainTag(tag.Name):
			if tag.ValueTag != nil && validating([]codetags.Tag{*tag.ValueTag}) {
				return true
			}
		default:
			if _, ok := markers.LookupValidation(tag.Name); ok {
				return true
			}
		}
	}
	return false
}

const needsRequiredness = "field with validation must have +k8s:optional, +k8s:required or +k8s:forbidden"

// requiredness: a field (not a struct value) with a validation, of its
// own or through its type, says whether it is optional.
func (l *linter) requiredness(container, t *types.Type, tags []codetags.Tag) (violation, bool) {
	if container == nil || container.Kind != types.Struct || container == t {
		return violation{}, false
	}
	u := t
	for u.Kind == types.Alias {
		u = u.Underlying
	}
	if u.Kind == types.Struct {
		return violation{}, false
	}
	if hasTagNamed(tags, markers.VOptional.Name) || hasTagNamed(tags, markers.VRequired.Name) || hasTagNamed(tags, markers.VForbidden.Name) {
		return violation{}, false
	}
	if validating(tags) {
		return violation{"", needsRequiredness}, true
	}
	fv, err := tagVals(tagContext{scope: markers.Field, t: t, w: l.w}, tags)
	if err != nil {
		return violation{"", fmt.Sprintf("invalid validation tags: %v", err)}, true
	}
	has, _, err := l.transitive(t, opacity{fv.opaque, fv.opaqueKey, fv.opaqueVal})
	if err != nil {
		return violation{"", fmt.Sprintf("invalid validation tags: %v", err)}, true
	}
	if has {
		return violation{"", needsRequiredness}, true
	}
	return violation{}, false
}

// transitive reports whether t (with the opacity of where it is used)
// has a validation, of its own or below; and whether a cycle cut the
// search short (then the answer is not cached).
func (l *linter) transitive(t *types.Type, op opacity) (has, cycle bool, err error) {
	if op.typ {
		return false, false, nil
	}
	k := lintKey{t, op}
	if v, seen := l.hasVal[k]; seen {
		if v == nil {
			return false, true, nil
		}
		return *v, false, nil
	}
	l.hasVal[k] = nil
	tv, err := tagVals(tagContext{scope: markers.Type, t: t, placePath: t.Name.String(), w: l.w}, lintTags(t.CommentLines))
	if err != nil {
		delete(l.hasVal, k)
		return false, false, err
	}
	op = opacity{op.typ || tv.opaque, op.key || tv.opaqueKey, op.val || tv.opaqueVal}
	set := func(v bool) { l.hasVal[k] = &v }
	if op.typ {
		set(false)
		return false, false, nil
	}
	if tv.emitable() || len(tv.vars) > 0 {
		set(true)
		return true, false, nil
	}
	switch t.Kind {
	case types.Alias:
		has, cycle, err = l.transitive(t.Underlying, op)
	case types.Slice, types.Array:
		has, cycle, err = l.transitive(t.Elem, opacity{typ: op.val})
	case types.Map:
		var kh, kc, eh, ec bool
		if kh, kc, err = l.transitive(t.Key, opacity{typ: op.key}); err == nil {
			eh, ec, err = l.transitive(t.Elem, opacity{typ: op.val})
		}
		has, cycle = kh || eh, kc || ec
	case types.Pointer:
		has, cycle, err = l.transitive(t.Elem, op)
	case types.Struct:
		for _, m := range t.Members {
			mt := lintTags(m.CommentLines)
			if validating(mt) {
				has = true
				break
			}
			var fv vals
			if fv, err = tagVals(tagContext{scope: markers.Field, t: m.Type, w: l.w}, mt); err != nil {
				break
			}
			h, c, e := l.transitive(m.Type, opacity{op.typ || fv.opaque, op.key || fv.opaqueKey, op.val || fv.opaqueVal})
			if e != nil {
				err = e
				break
			}
			cycle = cycle || c
			if h {
				has = true
				break
			}
		}
	}
	if err != nil {
		delete(l.hasVal, k)
		return false, false, err
	}
	if cycle {
		delete(l.hasVal, k)
	} else {
		set(has)
	}
	return has, cycle, nil
}
