package validation

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

var setsNew = types.Name{Package: "k8s.io/apimachinery/pkg/util/sets", Name: "New"}

// enumValue is one constant of an enum type.
type enumValue struct {
	name       types.Name
	value      string
	comment    string
	exclusions []enumExclusion
}

// enumExclusion leaves a value out when an option is enabled
// (+k8s:ifEnabled(X)=+k8s:enumExclude) or disabled.
type enumExclusion struct {
	when   bool
	option string
}

// exclusionsLit is the []validate.EnumExclusion[T] literal of an enum.
type exclusionsLit struct {
	t      *types.Type
	values []*enumValue
}

// enum is +k8s:enum on a string type: its constants (in the packages
// validation-gen reads, less +k8s:enumExclude ones) are its values,
// upstream's enumTagValidator.
func enum(ctx tagContext) (vals, error) {
	if t := nativeType(ctx.t); t != types.String {
		return vals{}, fmt.Errorf("can only be used on string types (%s)", rootTypeString(ctx.t, t))
	}
	var values []*enumValue
	for _, c := range constantsOf(ctx) {
		tgs, err := markers.ValidationTagsOf(markers.Source{Lines: c.CommentLines})
		if err != nil {
			return vals{}, fmt.Errorf("constant %s: %w", c.Name.Name, err)
		}
		excluded := false
		var exclusions []enumExclusion
		for _, tag := range tgs {
			switch tag.Name {
			case markers.VEnumExclude.Name:
				excluded = true
			case markers.VIfEnabled.Name, markers.VIfDisabled.Name:
				if tag.ValueTag != nil && tag.ValueTag.Name == markers.VEnumExclude.Name {
					if opt, ok := tag.PositionalArg(); ok {
						exclusions = append(exclusions, enumExclusion{when: tag.Name == markers.VIfEnabled.Name, option: opt.Value})
					}
				}
			}
		}
		if excluded || c.ConstValue == nil {
			continue
		}
		v := &enumValue{name: c.Name, value: *c.ConstValue, comment: strings.Join(c.CommentLines, " "), exclusions: exclusions}
		if i := slices.IndexFunc(values, func(e *enumValue) bool { return e.value == v.value }); i >= 0 {
			if e := values[i]; len(e.comment) < len(v.comment) || len(e.comment) == len(v.comment) && e.comment > v.comment {
				values[i] = v
			}
			continue
		}
		values = append(values, v)
	}
	slices.SortFunc(values, func(a, b *enumValue) int { return cmp.Compare(a.name.Name, b.name.Name) })
	hasExclusions := false
	var symbols []any
	for _, v := range values {
		slices.SortFunc(v.exclusions, func(a, b enumExclusion) int {
			if a.when == b.when {
				return cmp.Compare(a.option, b.option)
			}
			if a.when {
				return 1
			}
			return -1
		})
		symbols = append(symbols, v.name)
		hasExclusions = hasExclusions || len(v.exclusions) > 0
	}
	name := ctx.t.Name.Name
	init := call{fn: setsNew, args: symbols}
	if len(symbols) == 0 {
		init.typeArgs = []types.Name{ctx.t.Name}
	}
	out := vals{vars: []variable{{name: private("SymbolsFor" + name), init: nestedCall(init)}}}
	var exclusions any = literal("nil")
	if hasExclusions {
		v := private("ExclusionsFor" + name)
		out.vars = append(out.vars, variable{name: v, init: exclusionsLit{t: ctx.t, values: values}})
		exclusions = literal(v)
	}
	out.calls = []call{fn(markers.VEnum.Name, 0, "Enum", literal(private("SymbolsFor"+name)), exclusions)}
	return out, nil
}

// constantsOf are the constants of ctx's type in the packages
// validation-gen reads, by package and name.
func constantsOf(ctx tagContext) []*types.Type {
	if ctx.w == nil {
		return nil
	}
	var out []*types.Type
	for _, p := range slices.Sorted(maps.Keys(ctx.w.canonical)) {
		pkg := ctx.w.universe[p]
		if pkg == nil {
			continue
		}
		for _, n := range slices.Sorted(maps.Keys(pkg.Constants)) {
			if c := pkg.Constants[n]; c.Underlying == ctx.t {
				out = append(out, c)
			}
		}
	}
	return out
}

// private is upstream's private namer: the first letter lowered.
func private(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}
