package openapi

import (
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// upstreamView returns the universe openapi-gen's own load of inputs holds.
// The run's universe may be larger (kodegen batch and gen load every
// generator's inputs at once), and kube-openapi's output depends on it: its
// type filter reads package comments, and its enum scan reads every
// package's types and constants. gengo's parser reads input packages in
// full; of every other package it keeps only the types reached from the
// inputs, without package comments, name or other objects. So does the view:
// input packages are shared as they are, every other one is a copy holding
// the reachable types only. Types themselves are shared, never copied.
func upstreamView(u types.Universe, inputs []string) types.Universe {
	full := map[string]bool{}
	for _, p := range inputs {
		full[p] = true
	}
	reached := map[*types.Type]bool{}
	var reach func(t *types.Type)
	reach = func(t *types.Type) {
		if t == nil || reached[t] {
			return
		}
		reached[t] = true
		for _, m := range t.Members {
			reach(m.Type)
		}
		for _, p := range t.TypeParams {
			reach(p)
		}
		reach(t.Elem)
		reach(t.Key)
		reach(t.Underlying)
		for _, m := range t.Methods {
			reach(m)
		}
		if s := t.Signature; s != nil {
			reach(s.Receiver)
			for _, p := range s.Parameters {
				reach(p.Type)
			}
			for _, r := range s.Results {
				reach(r.Type)
			}
		}
	}
	for path := range full {
		p, ok := u[path]
		if !ok {
			continue
		}
		for _, m := range []map[string]*types.Type{p.Types, p.Functions, p.Variables, p.Constants} {
			for _, t := range m {
				reach(t)
			}
		}
	}
	view := make(types.Universe, len(u))
	for path, p := range u {
		if full[path] || path == "" {
			view[path] = p
			continue
		}
		c := &types.Package{
			Path:      p.Path,
			Dir:       p.Dir,
			Types:     map[string]*types.Type{},
			Functions: map[string]*types.Type{},
			Variables: map[string]*types.Type{},
			Constants: map[string]*types.Type{},
			Imports:   p.Imports,
		}
		for name, t := range p.Types {
			if reached[t] {
				c.Types[name] = t
			}
		}
		view[path] = c
	}
	return view
}

// enumView is what kube-openapi's enum scan reads, in the least it can
// walk. The scan (parseEnums) runs over the whole universe it is given once
// for every type it writes, and keys what it finds by type name; it is the
// bulk of upstream's time. The view's universe holds every package with its
// comments (the writer reads them) and no objects, plus one package of
// enums: before each type is written it holds the string types marked
// +enum that the type's fields can name (as bare copies whose only comment
// is the marker) and every constant of those types; so the scan finds the
// same enums with the same values, and nothing the type cannot ask for.
type enumView struct {
	u     types.Universe
	enums *types.Package
	// byName: every enum type of the universe, with its constants.
	byName map[types.Name]*enumEntry
}

type enumEntry struct {
	t      *types.Type
	consts []*types.Type
}

func newEnumView(u types.Universe) *enumView {
	str := u.Type(types.Name{Name: "string"})
	v := &enumView{u: make(types.Universe, len(u)+1), byName: map[types.Name]*enumEntry{}}
	for path, p := range u {
		v.u[path] = &types.Package{
			Path:        p.Path,
			Dir:         p.Dir,
			Name:        p.Name,
			DocComments: p.DocComments,
			Comments:    p.Comments,
			Types:       map[string]*types.Type{},
			Functions:   map[string]*types.Type{},
			Variables:   map[string]*types.Type{},
			Constants:   map[string]*types.Type{},
			Imports:     p.Imports,
		}
		for _, t := range p.Types {
			if t.Kind == types.Alias && t.Underlying == str && markers.OpenAPIEnum.Has(markers.DocLines(t)) {
				v.byName[t.Name] = &enumEntry{t: &types.Type{Name: t.Name, Kind: types.Alias, Underlying: str, CommentLines: []string{markers.OpenAPIEnum.Marker()}}}
			}
		}
	}
	for _, p := range u {
		for _, k := range p.Constants {
			if k.Underlying == nil {
				continue
			}
			if e := v.byName[k.Underlying.Name]; e != nil {
				e.consts = append(e.consts, k)
			}
		}
	}
	v.u[""].Types["string"] = str
	v.enums = &types.Package{Path: enumPackage, Types: map[string]*types.Type{}, Constants: map[string]*types.Type{}}
	v.u[enumPackage] = v.enums
	return v
}

// enumPackage is the path of the view's package of enums, which no Go
// package can have.
const enumPackage = "\x00enums"

// universeFor returns the view's universe holding the enums that writing t
// can look up (none for t == nil): those its fields, the fields of structs
// it inlines, and their elements, keys and aliases name.
func (v *enumView) universeFor(t *types.Type) types.Universe {
	clear(v.enums.Types)
	clear(v.enums.Constants)
	if t == nil || len(v.byName) == 0 {
		return v.u
	}
	seen := map[*types.Type]bool{}
	var visit func(x *types.Type)
	visit = func(x *types.Type) {
		if x == nil || seen[x] {
			return
		}
		seen[x] = true
		if e := v.byName[x.Name]; e != nil {
			v.enums.Types[x.Name.String()] = e.t
			for _, k := range e.consts {
				v.enums.Constants[k.Name.String()] = k
			}
		}
		visit(x.Elem)
		visit(x.Key)
		visit(x.Underlying)
	}
	inlinedSeen := map[*types.Type]bool{}
	var fields func(s *types.Type)
	fields = func(s *types.Type) {
		for s != nil && s.Kind == types.Pointer {
			s = s.Elem
		}
		if s == nil || inlinedSeen[s] {
			return
		}
		inlinedSeen[s] = true
		for _, m := range s.Members {
			visit(m.Type)
			if m.Embedded {
				fields(m.Type)
			}
		}
	}
	fields(t)
	return v.u
}
