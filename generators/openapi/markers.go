package openapi

import (
	"reflect"
	"slices"
	"strings"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// modelPackage reads +k8s:openapi-model-package from src as kube-openapi
// does; a marker it cannot parse is an error on src's symbol (upstream
// exits there).
func modelPackage(src markers.Source) (string, error) {
	d := markers.OpenAPIModelPackage
	tags, err := d.Tags(src)
	if err != nil {
		if e, ok := err.(*markers.Error); ok {
			e.Msg += "; write " + d.Marker() + "=<package of the model names>"
		}
		return "", err
	}
	if len(tags) > 0 {
		return tags[0].Value, nil
	}
	return "", nil
}

// checkModelPackages checks the +k8s:openapi-model-package markers
// kube-openapi reads while it writes the definitions of types: on each
// type, the types it refers to, and their packages.
func checkModelPackages(u types.Universe, generated []*types.Type) []error {
	var errs []error
	seenPkg := map[string]bool{}
	seen := map[*types.Type]bool{}
	var visit func(t *types.Type)
	visit = func(t *types.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		if t.Kind == types.Struct && t.Name.Package != "" {
			if _, err := modelPackage(markers.DocLines(t)); err != nil {
				errs = append(errs, err)
			}
			if p := t.Name.Package; !seenPkg[p] {
				seenPkg[p] = true
				if pkg, ok := u[p]; ok {
					if _, err := modelPackage(markers.PackageLines(pkg)); err != nil {
						errs = append(errs, err)
					}
				}
			}
		}
		for _, m := range t.Members {
			visit(m.Type)
		}
		visit(t.Elem)
		visit(t.Key)
		visit(t.Underlying)
	}
	for _, t := range generated {
		visit(t)
	}
	return errs
}

// checkUnions finds what makes kube-openapi's union reading panic: two
// members of one union with the same JSON name. It reads a struct's unions
// as kube-openapi does: the type's +union members, its +unionDeprecated
// members, and those of inlined embedded structs.
func checkUnions(t *types.Type) []error {
	var errs []error
	seen := map[*types.Type]bool{}
	var visit func(t *types.Type)
	visit = func(t *types.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		has := func(lines []string, d markers.Def) bool {
			return d.Has(markers.Source{Lines: lines})
		}
		structUnion := has(t.CommentLines, markers.OpenAPIUnion)
		inStruct := map[string]string{}
		inMembers := map[string]string{}
		for _, m := range t.Members {
			name := jsonName(m)
			if name == "" {
				continue
			}
			inline := inlined(m)
			if structUnion && !inline && !has(m.CommentLines, markers.OpenAPIUnionDeprecated) && !has(m.CommentLines, markers.OpenAPIUnionDiscriminator) {
				if other, dup := inStruct[name]; dup {
					d := markers.OpenAPIUnion
					errs = append(errs, d.Errorf(markers.Symbol{Pkg: t.Name.Package, Name: t.Name.Name}, "",
						"%s: fields %s and %s share the JSON name %q; give each member of a union its own JSON name", d.Marker(), other, m.Name, name))
				}
				inStruct[name] = m.Name
			}
			if !inline && !has(m.CommentLines, markers.OpenAPIUnion) && has(m.CommentLines, markers.OpenAPIUnionDeprecated) {
				if other, dup := inMembers[name]; dup {
					d := markers.OpenAPIUnionDeprecated
					errs = append(errs, d.Errorf(markers.Symbol{Pkg: t.Name.Package, Name: t.Name.Name, Member: m.Name}, "",
						"fields %s and %s, both %s, share the JSON name %q; give each member of a union its own JSON name", other, m.Name, d.Marker(), name))
				}
				inMembers[name] = m.Name
			}
		}
		for _, m := range t.Members {
			if openAPIGenValue(m.CommentLines, "false") || !inlined(m) {
				continue
			}
			visit(m.Type)
		}
	}
	visit(t)
	return errs
}

// openAPIGenValue reports whether lines carry +k8s:openapi-gen=value.
func openAPIGenValue(lines []string, value string) bool {
	return slices.Contains(markers.OpenAPIGen.Values(markers.Source{Lines: lines}), value)
}

// jsonName is the name kube-openapi refers to a member by ("" when the
// member is left out with json:"-").
func jsonName(m types.Member) string {
	tag := reflect.StructTag(m.Tags).Get("json")
	if tag == "" {
		return m.Name
	}
	name := strings.Split(tag, ",")[0]
	if name == "-" {
		return ""
	}
	return name
}

// inlined reports whether kube-openapi inlines m's fields (an embedded
// field with a json tag without a name).
func inlined(m types.Member) bool {
	tag, ok := reflect.StructTag(m.Tags).Lookup("json")
	return m.Embedded && ok && (tag == "" || strings.HasPrefix(tag, ","))
}

// checkOpenAPIGenValues finds +k8s:openapi-gen values other than true and
// false on the input packages, their types and fields: kube-openapi
// ignores them without a word, so a typo (=ture) silently drops a package.
func checkOpenAPIGenValues(u types.Universe, inputs []string) []error {
	var errs []error
	d := markers.OpenAPIGen
	check := func(src markers.Source) {
		for _, v := range d.Values(src) {
			if !slices.Contains(d.Allowed, v) {
				errs = append(errs, d.Errorf(src.Sym, v, "%s=%s: want %s (kube-openapi would ignore it)", d.Marker(), v, markers.Choices(d.Allowed)))
			}
		}
	}
	for _, path := range inputs {
		pkg := u[path]
		if pkg == nil {
			continue
		}
		check(markers.PackageLines(pkg))
		for _, name := range sortedKeys(pkg.Types) {
			t := pkg.Types[name]
			check(markers.DocLines(t))
			for _, m := range t.Members {
				check(markers.MemberLines(t, m))
			}
		}
	}
	return errs
}

// patchTags are the markers kube-openapi wants repeated, with the same
// value, in the field's struct tag (named as the marker).
var patchTags = []markers.Def{markers.OpenAPIPatchMergeKey, markers.OpenAPIPatchStrategy}

// checkFieldMarkers checks the fields kube-openapi writes a property for
// (those of t and of the structs it inlines): +patchMergeKey and
// +patchStrategy must match the struct tag (kube-openapi fails without
// saying where), and +listType takes a known value.
func checkFieldMarkers(t *types.Type) []error {
	var errs []error
	seen := map[*types.Type]bool{}
	var visit func(s *types.Type)
	visit = func(s *types.Type) {
		for s != nil && s.Kind == types.Pointer {
			s = s.Elem
		}
		if s == nil || seen[s] {
			return
		}
		seen[s] = true
		for _, m := range s.Members {
			if openAPIGenValue(m.CommentLines, "false") {
				continue
			}
			if inlined(m) {
				visit(m.Type)
				continue
			}
			if jsonName(m) == "" {
				continue
			}
			sym := markers.Symbol{Pkg: s.Name.Package, Name: s.Name.Name, Member: m.Name}
			src := markers.MemberLines(s, m)
			// kube-openapi writes these values between quotes as they are.
			valid := true
			for _, d := range []markers.Def{markers.OpenAPIPatchMergeKey, markers.OpenAPIPatchStrategy, markers.OpenAPIListMapKey} {
				if err := d.Check(src); err != nil {
					errs = append(errs, err)
					valid = false
				}
			}
			if !valid {
				continue
			}
			for _, d := range patchTags {
				vs := d.Values(src)
				if len(vs) > 1 {
					errs = append(errs, d.Errorf(sym, "", "%s given %d times; give it once", d.Marker(), len(vs)))
					continue
				}
				comment := ""
				if len(vs) == 1 {
					comment = vs[0]
				}
				if st := reflect.StructTag(m.Tags).Get(d.Name); st != comment {
					errs = append(errs, d.Errorf(sym, comment,
						"%s=%s and the struct tag %s:%q differ; give both the same value", d.Marker(), comment, d.Name, st))
				}
			}
			lt := markers.OpenAPIListType
			for _, v := range lt.Values(src) {
				if !slices.Contains(lt.Allowed, v) {
					errs = append(errs, lt.Errorf(sym, v, "%s=%s: want %s", lt.Marker(), v, markers.Choices(lt.Allowed)))
				}
			}
		}
	}
	visit(t)
	return errs
}
