// Package apitypes is what lister-gen and informer-gen share: reading an
// API package's +genclient types (ReadEnabledAPIPackage, with the
// +genclient markers read by generators/internal/genclient), the marker
// linter of both, the name systems of their templates and the checks that
// the generated code's references exist.
package apitypes

import (
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/apilint"
	"github.com/kodegen/kodegen/generators/internal/naming"
	"github.com/kodegen/kodegen/internal/kversion"
	"github.com/kodegen/kodegen/internal/markers"
)

// LowercaseSingular names the name system that spells a type's name in
// lower case.
const LowercaseSingular = "lowercaseSingular"

// ReadEnabledAPIPackage lints p (warning through lint), honours the
// package's +k8s:<tool>=false (def) and reads its +genclient types; nil
// means there is nothing to generate.
func ReadEnabledAPIPackage(lint *Linter, p *types.Package, def markers.Def, lintRules []string, target kversion.Version) (*APIPackage, error) {
	if err := lint.Lint(p); err != nil {
		return nil, err
	}
	if err := def.CheckTarget(markers.PackageLines(p), target); err != nil {
		return nil, err
	}
	if err := apilint.Check(p, lintRules); err != nil {
		return nil, err
	}
	on, err := Enabled(def, p)
	if err != nil || !on {
		return nil, err
	}
	if _, _, err := naming.GroupNameOverride(p); err != nil {
		return nil, err
	}
	return ReadAPIPackage(p)
}

// NameSystems are the namers of the lister and informer templates.
func NameSystems(exceptions map[string]string) namer.NameSystems {
	ns := naming.PluralNameSystems(exceptions)
	ns["public"] = namer.NewPublicNamer(0)
	ns["private"] = namer.NewPrivateNamer(0)
	ns["raw"] = namer.NewRawNamer("", nil)
	ns[LowercaseSingular] = lowercaseNamer{}
	return ns
}

// lowercaseNamer names a type by its name in lower case.
type lowercaseNamer struct{}

func (lowercaseNamer) Name(t *types.Type) string { return strings.ToLower(t.Name.Name) }

// NoTypes is the type filter of every lister and informer target: their
// generators write their files in Init and walk no types, so the engine
// need not hand each of them the whole universe.
func NoTypes(*generator.Context, *types.Type) bool { return false }

// Types are the types of list.
func Types(list []APIType) []*types.Type {
	out := make([]*types.Type, len(list))
	for i, at := range list {
		out[i] = at.Type
	}
	return out
}
