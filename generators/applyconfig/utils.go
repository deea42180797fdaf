package applyconfig

import (
	"io"
	"path"
	"sort"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/snippet"
	"github.com/kodegen/kodegen/internal/kversion"
)

// genUtils writes utils.go: ForKind, which maps a GroupVersionKind to an
// empty apply configuration, and NewTypeConverter.
type genUtils struct {
	snippet.File
	groups []forKindGroup
	target kversion.Version
}

// forKindGroup is one API group in ForKind, its versions sorted.
type forKindGroup struct {
	Name     string
	Versions []forKindVersion
}

// forKindVersion is one version of a group and its apply configurations.
type forKindVersion struct {
	Name         string
	SchemeGV     *types.Type // the SchemeGroupVersion variable of the API package
	ApplyConfigs []applyConfig
}

func newGenUtils(pkg string, groups []forKindGroup, target kversion.Version) *genUtils {
	return &genUtils{
		File:   snippet.NewFileAt("utils.go", pkg, target),
		groups: groups,
		target: target,
	}
}

// Filter keeps no type: the file is written once, in Finalize.
func (g *genUtils) Filter(*generator.Context, *types.Type) bool { return false }

// caseArgs are the arguments of forKindCaseTmpl.
type caseArgs struct {
	SchemeGV *types.Type
	Type     *types.Type
	AC       *types.Type
}

func (g *genUtils) Finalize(c *generator.Context, w io.Writer) error {
	sw := snippet.NewWriter(w, c, "$", "$")
	sw.Do(forKindHeadTmpl, struct{ GVK *types.Type }{groupVersionKind})
	for _, grp := range g.groups {
		for _, v := range grp.Versions {
			sw.Do("// Group=$.Group$, Version=$.Version$\n", struct{ Group, Version string }{grp.Name, v.Name})
			for _, ac := range v.ApplyConfigs {
				sw.Do(forKindCaseTmpl, caseArgs{SchemeGV: v.SchemeGV, Type: ac.t, AC: ac.ac})
			}
			sw.Do("\n", nil)
		}
	}
	sw.Do(forKindTailTmpl, nil)
	sw.Do(newTypeConverterTmpls.At(g.target), struct{ Scheme, TypeConverter, NewConverter, TestingConverter, Parser *types.Type }{
		runtimeScheme, typeConverter, newSchemeTypeConverter, testingTypeConverter, types.Ref(path.Join(g.PkgPath(), "internal"), "Parser"),
	})
	return sw.Error()
}

// sortGroups orders groups and their versions by lower-cased name.
func sortGroups(groups []forKindGroup) {
	for _, g := range groups {
		sort.SliceStable(g.Versions, func(i, j int) bool {
			return strings.ToLower(g.Versions[i].Name) < strings.ToLower(g.Versions[j].Name)
		})
	}
	sort.SliceStable(groups, func(i, j int) bool {
		return strings.ToLower(groups[i].Name) < strings.ToLower(groups[j].Name)
	})
}

const forKindHeadTmpl = `
// ForKind returns an apply configuration type for the given GroupVersionKind, or nil if no
// apply configuration type exists for the given GroupVersionKind.
func ForKind(kind $.GVK|raw$) interface{} {
	switch kind {
`

const forKindCaseTmpl = `	case $.SchemeGV|raw$.WithKind("$.Type|public$"):
		return &$.AC|raw${}
`

const forKindTailTmpl = `	}
	return nil
}
`

// newTypeConverterTmpls: up to v0.33 NewTypeConverter returned
// client-go/testing's TypeConverter.
var newTypeConverterTmpls = kversion.From(newTypeConverterTmpl0_31, kversion.V0_34, newTypeConverterTmpl)

const newTypeConverterTmpl0_31 = `
func NewTypeConverter(scheme *$.Scheme|raw$) *$.TestingConverter|raw$ {
	return &$.TestingConverter|raw${Scheme: scheme, TypeResolver: $.Parser|raw$()}
}
`

const newTypeConverterTmpl = `
func NewTypeConverter(scheme *$.Scheme|raw$) $.TypeConverter|raw$ {
	return $.NewConverter|raw$(scheme, $.Parser|raw$())
}
`
