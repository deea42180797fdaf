package openapi

import (
	"reflect"
	"slices"
	"strings"

	"k8s.io/gengo/v2"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// Marker names kube-openapi reads here (without '+').
const (
	tagOpenAPIGen         = "k8s:openapi-gen"
	tagModelPackage       = "k8s:openapi-model-package"
	tagUnion              = "union"
	tagUnionDeprecated    = "unionDeprecated"
	tagUnionDiscriminator = "unionDiscriminator"
)

// modelPackage reads +k8s:openapi-model-package from src as kube-openapi
// does; a marker it cannot parse is an error on src's symbol (upstream
// exits there).
func modelPackage(src markers.Source) (string, error) {
	tags, err := gengo.ExtractFunctionStyleCommentTags("+", []string{tagModelPackage}, src.Lines)
	if err != nil {
		return "", markers.Errorf(src.Sym, tagModelPackage, "",
			"invalid +%s: %v; write +%s=<package path of the model names>", tagModelPackage, err, tagModelPackage)
	}
	if vs := tags[tagModelPackage]; len(vs) > 0 {
		return vs[0].Value, nil
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
		has := func(lines []string, tag string) bool {
			return gengo.ExtractCommentTags("+", lines)[tag] != nil
		}
		structUnion := has(t.CommentLines, tagUnion)
		inStruct := map[string]string{}
		inMembers := map[string]string{}
		for _, m := range t.Members {
			name := jsonName(m)
			if name == "" {
				continue
			}
			inline := inlined(m)
			if structUnion && !inline && !has(m.CommentLines, tagUnionDeprecated) && !has(m.CommentLines, tagUnionDiscriminator) {
				if other, dup := inStruct[name]; dup {
					errs = append(errs, markers.Errorf(markers.Symbol{Pkg: t.Name.Package, Name: t.Name.Name}, tagUnion, "",
						"+%s: fields %s and %s share the JSON name %q; give each member of a union its own JSON name", tagUnion, other, m.Name, name))
				}
				inStruct[name] = m.Name
			}
			if !inline && !has(m.CommentLines, tagUnion) && has(m.CommentLines, tagUnionDeprecated) {
				if other, dup := inMembers[name]; dup {
					errs = append(errs, markers.Errorf(markers.Symbol{Pkg: t.Name.Package, Name: t.Name.Name, Member: m.Name}, tagUnionDeprecated, "",
						"fields %s and %s, both +unionDeprecated, share the JSON name %q; give each member of a union its own JSON name", other, m.Name, name))
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
	for _, v := range gengo.ExtractCommentTags("+", lines)[tagOpenAPIGen] {
		if v == value {
			return true
		}
	}
	return false
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
	check := func(src markers.Source) {
		for _, v := range gengo.ExtractCommentTags("+", src.Lines)[tagOpenAPIGen] {
			if v != "true" && v != "false" {
				errs = append(errs, markers.Errorf(src.Sym, tagOpenAPIGen, v,
					"+%s=%s: want true or false (kube-openapi would ignore it)", tagOpenAPIGen, v))
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
// value, in the field's struct tag.
var patchTags = []string{"patchMergeKey", "patchStrategy"}

// listTypes are the values of +listType (kube-openapi's extension.go):
// another value is written into the schema as is, where the API server
// rejects it. (+patchStrategy has such a list too, but k8s.io/api uses
// =replace, which kube-openapi only logs; so does kodegen, at -v 2.)
var listTypes = []string{"atomic", "set", "map"}

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
			tags := gengo.ExtractCommentTags("+", m.CommentLines)
			for _, name := range patchTags {
				vs := tags[name]
				if len(vs) > 1 {
					errs = append(errs, markers.Errorf(sym, name, "", "+%s given %d times; give it once", name, len(vs)))
					continue
				}
				comment := ""
				if len(vs) == 1 {
					comment = vs[0]
				}
				if st := reflect.StructTag(m.Tags).Get(name); st != comment {
					errs = append(errs, markers.Errorf(sym, name, comment,
						"+%s=%s and the struct tag %s:%q differ; give both the same value", name, comment, name, st))
				}
			}
			for _, v := range tags["listType"] {
				if !slices.Contains(listTypes, v) {
					errs = append(errs, markers.Errorf(sym, "listType", v,
						"+listType=%s: want one of %s", v, strings.Join(listTypes, ", ")))
				}
			}
		}
	}
	visit(t)
	return errs
}
