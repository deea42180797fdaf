package openapi

import (
	"k8s.io/gengo/v2"
	"k8s.io/gengo/v2/types"
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

// enumView returns the part of u that kube-openapi's enum scan reads: for
// every package, its string types marked +enum and the constants of those
// types, beside the package's own comments. The scan walks the whole
// universe once per generated type; over this view it finds the same enums
// and values, without the cost.
func enumView(u types.Universe) types.Universe {
	str := u.Type(types.Name{Name: "string"})
	enums := map[types.Name]bool{}
	out := make(types.Universe, len(u))
	for path, p := range u {
		c := &types.Package{
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
		for name, t := range p.Types {
			if t.Kind == types.Alias && t.Underlying == str && gengo.ExtractCommentTags("+", t.CommentLines)["enum"] != nil {
				c.Types[name] = t
				enums[t.Name] = true
			}
		}
		out[path] = c
	}
	out[""].Types["string"] = str
	for path, p := range u {
		for name, k := range p.Constants {
			if k.Underlying != nil && enums[k.Underlying.Name] {
				out[path].Constants[name] = k
			}
		}
	}
	return out
}
