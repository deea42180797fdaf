// Package naming holds the names client-gen, lister-gen and informer-gen
// agree on: plural forms of type names (with --plural-exceptions), API group
// and version names and how they map to Go package names, and the package
// markers that override them.
//
// Markers read here (declared in internal/markers/client.go, read only
// through those declarations):
//
//	// +groupName=apps.example.com    (package) the API group of the package
//	// +groupGoName=AppsExample       (package) the Go identifier of the group
//	// +resourceName=widgets          (type)    the REST resource name of the type
package naming

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// Group is an API group name; "" is the legacy core group.
type Group string

// NonEmpty is the group name, "core" for the legacy group.
func (g Group) NonEmpty() string {
	if g == "" {
		return "core"
	}
	return string(g)
}

// PackageName is the Go package name of the group: the lower-cased first
// label of the group ("apps.k8s.io" → "apps"), with "internal.x" → "xinternal".
func (g Group) PackageName() string {
	parts := strings.Split(g.NonEmpty(), ".")
	if parts[0] == "internal" && len(parts) > 1 {
		return strings.ToLower(parts[1] + parts[0])
	}
	return strings.ToLower(parts[0])
}

// GoName is the default Go identifier of the group: its first label,
// capitalised ("apps.k8s.io" → "Apps"). +groupGoName overrides it.
func (g Group) GoName() string {
	return namer.IC(strings.Split(g.NonEmpty(), ".")[0])
}

// Version is an API version; "" is the internal version.
type Version string

// NonEmpty is the version, "internalVersion" for the internal one.
func (v Version) NonEmpty() string {
	if v == "" {
		return "internalVersion"
	}
	return string(v)
}

// PackageName is the Go package name of the version.
func (v Version) PackageName() string { return strings.ToLower(v.NonEmpty()) }

// GroupVersion is a group and one of its versions.
type GroupVersion struct {
	Group   Group
	Version Version
}

// String is "group/version" (the way --input spells it).
func (gv GroupVersion) String() string { return string(gv.Group) + "/" + string(gv.Version) }

// ParseGroupVersion parses "group/version", "group" (internal version), ""
// or "/" (core, internal) as client-gen's --input does.
func ParseGroupVersion(s string) (GroupVersion, error) {
	if s == "" || s == "/" {
		return GroupVersion{}, nil
	}
	group, version, found := strings.Cut(s, "/")
	if found && strings.Contains(version, "/") {
		return GroupVersion{}, fmt.Errorf("%q: want group/version", s)
	}
	return GroupVersion{Group: Group(group), Version: Version(version)}, nil
}

// SplitPathGroupVersion splits an --input value "path/to/group/version" into
// the path prefix and "group/version". Values with fewer than three
// segments have no prefix.
func SplitPathGroupVersion(s string) (prefix, gv string) {
	parts := strings.Split(s, "/")
	if len(parts) < 3 {
		return "", s
	}
	n := len(parts) - 2
	return strings.Join(parts[:n], "/"), strings.Join(parts[n:], "/")
}

// PackageGroupVersion derives the group and version of an API package from
// its import path the way lister-gen and informer-gen do: ".../group/version"
// for a versioned package, ".../group" for an internal one.
func PackageGroupVersion(pkgPath string, internal bool) GroupVersion {
	parts := strings.Split(pkgPath, "/")
	if internal {
		return GroupVersion{Group: Group(parts[len(parts)-1])}
	}
	if len(parts) < 2 {
		return GroupVersion{Version: Version(parts[0])}
	}
	return GroupVersion{Group: Group(parts[len(parts)-2]), Version: Version(parts[len(parts)-1])}
}

// GroupNameOverride returns the value of the package's +groupName marker,
// parsed as upstream parses it; ok is false without one.
func GroupNameOverride(pkg *types.Package) (group string, ok bool, err error) {
	tag, ok, err := markers.GroupName.First(markers.PackageLines(pkg))
	if err != nil || !ok {
		return "", false, err
	}
	return tag.Value, true, nil
}

// GroupGoName returns the Go identifier of group in pkg: the +groupGoName
// marker of pkg when present, else group.GoName().
// The name is proven to be a Go identifier: a group whose first label
// makes none ("my-group.example.com", "1password.com") needs the marker.
func GroupGoName(group Group, pkg *types.Package) (string, error) {
	if pkg == nil {
		return group.GoName(), nil
	}
	d, src := markers.GroupGoName, markers.PackageLines(pkg)
	tag, ok, err := d.First(src)
	switch {
	case err != nil:
		return "", err
	case !ok:
		name := group.GoName()
		if why := markers.GoIdent(name); why != "" {
			msg := fmt.Sprintf("the group %s gives the Go name %s in generated code, and %s; write %s=<Name> in doc.go",
				markers.Show(group.NonEmpty()), markers.Show(name), why, d.Marker())
			if fix := markers.GoNameKind.Fix(name); fix != "" {
				msg = strings.TrimSuffix(msg, "<Name> in doc.go") + fix + " in doc.go"
			}
			// At +groupName's line when the group comes from it.
			return "", markers.GroupName.Errorf(src.Sym, "", "%s", msg)
		}
		return name, nil
	case len(tag.Args) > 0:
		return "", d.Errorf(src.Sym, tag.Value, "%s(%s)=%s: takes no arguments; write %s=Name", d.Marker(), strings.Join(tag.Args, ", "), tag.Value, d.Marker())
	case tag.Value == "":
		return "", d.Errorf(src.Sym, "", "%s needs a value; write %s=Name", d.Marker(), d.Marker())
	}
	return namer.IC(tag.Value), nil
}

// ParsePluralExceptions parses --plural-exceptions ("Type:Plural" items)
// into the map the plural namers take.
func ParsePluralExceptions(list []string) (map[string]string, error) {
	m := make(map[string]string, len(list))
	for _, item := range list {
		typ, plural, ok := strings.Cut(item, ":")
		if !ok || strings.Contains(plural, ":") {
			return nil, fmt.Errorf("--plural-exceptions: %q: want Type:Plural, e.g. Endpoints:Endpoints", item)
		}
		// Both become Go identifiers (Widgets(), listers.WidgetLister)
		// and the plural, lower-cased, the resource in string literals.
		for _, part := range []struct{ what, v string }{{"type", typ}, {"plural", plural}} {
			if why := markers.GoIdent(part.v); why != "" {
				return nil, fmt.Errorf("--plural-exceptions: %s: the %s %s %s; want Type:Plural, e.g. Endpoints:Endpoints", markers.Show(item), part.what, markers.Show(part.v), why)
			}
		}
		m[typ] = plural
	}
	return m, nil
}

// Plural namers, by the name templates use for them.
const (
	PublicPlural       = "publicPlural"       // Widgets
	PrivatePlural      = "privatePlural"      // widgets
	AllLowercasePlural = "allLowercasePlural" // widgets, networkpolicies
	Resource           = "resource"           // +resourceName, else allLowercasePlural
)

// PluralNameSystems returns the plural namers (see the constants) with the
// given exceptions applied.
func PluralNameSystems(exceptions map[string]string) namer.NameSystems {
	lower := namer.NewAllLowercasePluralNamer(exceptions)
	return namer.NameSystems{
		PublicPlural:       namer.NewPublicPluralNamer(exceptions),
		PrivatePlural:      privatePluralNamer{namer.NewPrivatePluralNamer(exceptions)},
		AllLowercasePlural: lower,
		Resource:           resourceNamer{lower},
	}
}

// privatePluralNamer keeps upstream's one built-in exception: the internal
// events.Event is "eventResources", so it does not clash with core's.
type privatePluralNamer struct{ namer.Namer }

func (n privatePluralNamer) Name(t *types.Type) string {
	if t.Name.Package == "k8s.io/kubernetes/pkg/apis/events" && t.Name.Name == "Event" {
		return "eventResources"
	}
	return n.Namer.Name(t)
}

// resourceNamer names a type's REST resource: its +resourceName marker (in
// the doc comment or the block above it), else its lower-case plural.
type resourceNamer struct{ fallback namer.Namer }

func (n resourceNamer) Name(t *types.Type) string {
	if name := ResourceNameOverride(t); name != "" {
		return name
	}
	return n.fallback.Name(t)
}

// ResourceNameOverride returns the +resourceName of t, or "".
func ResourceNameOverride(t *types.Type) string {
	if v := markers.ResourceName.Values(markers.TypeLines(t)); len(v) > 0 {
		return v[0]
	}
	return ""
}

// CheckPlurals reports kinds of one group version (list) that would share
// a plural, and so the Go names of their clients, listers and informers
// (ThingsGetter, Things(), …), or a resource (+resourceName): such code
// does not compile, or serves two kinds under one path. exceptions is
// --plural-exceptions.
func CheckPlurals(list []*types.Type, exceptions map[string]string) error {
	sorted := append([]*types.Type(nil), list...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Name.Name < sorted[j].Name.Name })
	plural := namer.NewPublicPluralNamer(exceptions)
	resource := PluralNameSystems(exceptions)[Resource]
	byPlural := map[string]*types.Type{}
	byResource := map[string]*types.Type{}
	var errs []error
	for _, t := range sorted {
		p := plural.Name(t)
		if other, ok := byPlural[p]; ok {
			errs = append(errs, pluralClash(t, other, p, exceptions))
			continue
		}
		byPlural[p] = t
		r := resource.Name(t)
		if other, ok := byResource[r]; ok {
			at, with := t, other
			if ResourceNameOverride(at) == "" && ResourceNameOverride(with) != "" {
				at, with = with, at
			}
			src := markers.TypeLines(at)
			if v := ResourceNameOverride(at); v != "" {
				errs = append(errs, markers.ResourceName.Errorf(src.Sym, v,
					"+resourceName=%s: %s has the resource %s too, so both kinds would be served and listed as one; give %s a resource of its own", v, with.Name.Name, r, at.Name.Name))
			} else {
				errs = append(errs, markers.AtDecl(src.Sym, "%s and %s both have the resource %s; give one of them a +resourceName of its own", at.Name.Name, with.Name.Name, r))
			}
			continue
		}
		byResource[r] = t
	}
	return errors.Join(errs...)
}

// pluralClash is the error for two kinds with the same plural, at the one
// whose plural an exception gave (else the later by name).
func pluralClash(t, other *types.Type, p string, exceptions map[string]string) error {
	at, with := t, other
	_, atEx := exceptions[at.Name.Name]
	_, withEx := exceptions[with.Name.Name]
	if !atEx && withEx {
		at, with = with, at
		atEx, withEx = withEx, atEx
	}
	why := fmt.Sprintf("%s and %s both have the plural %s", at.Name.Name, with.Name.Name, p)
	fix := fmt.Sprintf("rename one of them, or give one a plural of its own with --plural-exceptions %s:<Plural>", at.Name.Name)
	if atEx || withEx {
		var given []string
		for _, n := range []string{with.Name.Name, at.Name.Name} {
			if v, ok := exceptions[n]; ok {
				given = append(given, n+":"+v)
			}
		}
		why += fmt.Sprintf(" (--plural-exceptions %s)", strings.Join(given, ","))
		fix = "give each kind a plural of its own in --plural-exceptions"
	}
	return markers.AtDecl(markers.TypeSymbol(at, ""), "%s, so their clients, listers and informers would get the same Go names (%sGetter, %s()), which does not compile, and the same resource; %s",
		why, p, p, fix)
}
