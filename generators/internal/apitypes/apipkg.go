package apitypes

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/genclient"
	"github.com/kodegen/kodegen/generators/internal/naming"
	"github.com/kodegen/kodegen/generators/internal/registered"
	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/markers"
)

// APIPackage is an input package that has +genclient types, as lister-gen
// and informer-gen see it.
type APIPackage struct {
	// Pkg is the loaded package.
	Pkg *types.Package
	// Internal is true when its types' ObjectMeta carries no json tag: the
	// package holds internal (hub) types and has no version.
	Internal bool
	// PathGroupVersion is the group and version taken from the import
	// path: ".../group/version", or ".../group" for an internal package.
	PathGroupVersion naming.GroupVersion
	// Types are the +genclient types, in upstream's order (by private name).
	Types []APIType
}

// APIType is one +genclient type with its markers.
type APIType struct {
	Type *types.Type
	Tags genclient.Tags
}

// ReadAPIPackage reads the +genclient types of p. It returns nil when p has
// none. Every +genclient type must embed ObjectMeta: listers and informers
// index objects by their metadata.
func ReadAPIPackage(p *types.Package) (*APIPackage, error) {
	var errs []error
	var found []APIType
	for _, name := range slices.Sorted(maps.Keys(p.Types)) {
		t := p.Types[name]
		tags, err := genclient.Parse(t)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if tags.Generate {
			found = append(found, APIType{Type: t, Tags: tags})
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if len(found) == 0 {
		return nil, nil
	}
	ap := &APIPackage{Pkg: p}
	internalSet := false
	for _, at := range found {
		meta, ok := objectMeta(at.Type)
		if !ok {
			errs = append(errs, genclient.NoObjectMeta(at.Type))
			continue
		}
		if !internalSet {
			ap.Internal, internalSet = !strings.Contains(meta.Tags, "json"), true
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	ap.PathGroupVersion = naming.PackageGroupVersion(p.Path, ap.Internal)
	orderer := namer.Orderer{Namer: namer.NewPrivateNamer(0)}
	ordered := orderer.OrderTypes(typesOf(found))
	byType := map[*types.Type]APIType{}
	for _, at := range found {
		byType[at.Type] = at
	}
	for _, t := range ordered {
		ap.Types = append(ap.Types, byType[t])
	}
	return ap, nil
}

// Select returns the types of ap that keep accepts, in order.
func (ap *APIPackage) Select(keep func(APIType) bool) []APIType {
	var out []APIType
	for _, at := range ap.Types {
		if keep(at) {
			out = append(out, at)
		}
	}
	return out
}

// Enabled reads a package's +k8s:<tool>=true|false marker: generation is on
// unless it is false.
func Enabled(def markers.Def, p *types.Package) (bool, error) {
	v, ok, err := def.Get(markers.PackageLines(p))
	if err != nil {
		return false, err
	}
	return !ok || v != "false", nil
}

func objectMeta(t *types.Type) (types.Member, bool) {
	for _, m := range t.Members {
		if m.Name == "ObjectMeta" {
			return m, true
		}
	}
	return types.Member{}, false
}

func typesOf(list []APIType) []*types.Type {
	out := make([]*types.Type, len(list))
	for i, at := range list {
		out[i] = at.Type
	}
	return out
}

// CheckDeclared reports when p lacks the function (or variable) name that
// generated code calls and nothing the user runs declares it (see
// registered.Declares).
func CheckDeclared(env *engine.Env, p *types.Package, name, usedBy, decl string) error {
	ok, err := registered.Declares(env, p, name, usedBy)
	if err != nil || ok {
		return err
	}
	return fmt.Errorf("%s: %s use %s.%s, which the package lacks; declare %s (usually in register.go), or give the package +groupName (without a register.go) and run register-gen on it", p.Path, usedBy, p.Name, name, decl)
}
