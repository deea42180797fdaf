package informer

import (
	"errors"
	"fmt"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/apitypes"
	"github.com/kodegen/kodegen/generators/internal/naming"
	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/kversion"
	"github.com/kodegen/kodegen/internal/markers"
)

const internalInterfacesDir = "internalinterfaces"

// tree is one output tree: the versioned ("externalversions") or the
// internal ("internalversion") informers, each with its own factory.
type tree struct {
	dir, pkg  string
	clientset string
	groups    map[string]*groupPlan // by group package name
}

// groupPlan is one API group of a tree.
type groupPlan struct {
	pkgName  string       // the group's package (and directory) name
	group    naming.Group // its API group name
	versions []*versionPlan
}

// versionPlan is one input package: a version of a group and its informers.
type versionPlan struct {
	gv    naming.GroupVersion
	types []apitypes.APIType
}

func (g *tool) trees() (external, internal *tree) {
	external = &tree{dir: g.cfg.OutputDir, pkg: g.cfg.OutputPkg, clientset: g.cfg.VersionedClientsetPackage, groups: map[string]*groupPlan{}}
	internal = &tree{dir: g.cfg.OutputDir, pkg: g.cfg.OutputPkg, clientset: g.cfg.InternalClientsetPackage, groups: map[string]*groupPlan{}}
	if !g.cfg.SingleDirectory {
		external.dir, external.pkg = filepath.Join(external.dir, "externalversions"), path.Join(external.pkg, "externalversions")
		internal.dir, internal.pkg = filepath.Join(internal.dir, "internalversion"), path.Join(internal.pkg, "internalversion")
	}
	return external, internal
}

// plan reads every input package into the trees and returns the Go name of
// every group package.
func (g *tool) plan(c *generator.Context, env *engine.Env, external, internal *tree) (map[string]string, error) {
	goNames := map[string]string{}
	goNameFrom := map[string]string{}
	var errs []error
	lint := apitypes.NewLinter(env)
	for _, pkgPath := range c.Inputs {
		p := c.Universe.Package(pkgPath)
		ap, err := apitypes.ReadEnabledAPIPackage(lint, p, markers.InformerGen, g.cfg.LintRules, g.cfg.Target)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if ap == nil {
			continue
		}
		groupPkg := ap.PathGroupVersion.Group.NonEmpty()
		gv := ap.PathGroupVersion
		if name, ok, _ := naming.GroupNameOverride(p); ok {
			gv.Group = naming.Group(name)
		}
		goName, err := naming.GroupGoName(gv.Group, p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if prev, ok := goNames[groupPkg]; ok && prev != goName {
			errs = append(errs, fmt.Errorf("%s: group %s has Go name %s here but %s in %s; give its packages the same +groupName/+groupGoName", p.Path, groupPkg, goName, prev, goNameFrom[groupPkg]))
			continue
		}
		goNames[groupPkg], goNameFrom[groupPkg] = goName, p.Path
		list := ap.Select(func(at apitypes.APIType) bool {
			return !at.Tags.NoVerbs && at.Tags.HasVerb("list") && at.Tags.HasVerb("watch")
		})
		if len(list) == 0 {
			continue
		}
		if err := naming.CheckPlurals(apitypes.Types(list), g.exceptions); err != nil {
			errs = append(errs, err)
			continue
		}
		if err := checkInformers(env, p, list); err != nil {
			errs = append(errs, err)
			continue
		}
		tr := external
		if ap.Internal {
			tr = internal
		}
		gp := tr.groups[groupPkg]
		if gp == nil {
			gp = &groupPlan{pkgName: groupPkg, group: gv.Group}
			tr.groups[groupPkg] = gp
		}
		gp.versions = append(gp.versions, &versionPlan{gv: gv, types: list})
	}
	return goNames, errors.Join(errs...)
}

func (tr *tree) packages() []string {
	var out []string
	for _, gp := range tr.sortedGroups() {
		for _, vp := range gp.versions {
			out = append(out, vp.types[0].Type.Name.Package)
		}
	}
	return out
}

// sortedGroups returns the groups by package name.
func (tr *tree) sortedGroups() []*groupPlan {
	out := make([]*groupPlan, 0, len(tr.groups))
	for _, gp := range tr.groups {
		out = append(out, gp)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].pkgName < out[j].pkgName })
	return out
}

func (g *tool) treeTargets(tr *tree, goNames map[string]string, header []byte) []generator.Target {
	ii := newInternalInterfaces(path.Join(tr.pkg, internalInterfacesDir))
	clientset := types.Ref(tr.clientset, "Interface")
	iiPkg := path.Join(tr.pkg, internalInterfacesDir)
	targets := []generator.Target{
		simpleTarget(filepath.Join(tr.dir, internalInterfacesDir), iiPkg, internalInterfacesDir, header, func() []generator.Generator {
			return []generator.Generator{&genInternalInterfaces{base: newBase("factory_interfaces.go", iiPkg, g.cfg.Target), clientset: clientset, target: g.cfg.Target}}
		}),
		simpleTarget(tr.dir, tr.pkg, filepath.Base(tr.dir), header, func() []generator.Generator {
			return []generator.Generator{
				&genFactory{base: newBase("factory.go", tr.pkg, g.cfg.Target), clientset: clientset, ii: ii, groups: factoryGroups(tr, goNames), target: g.cfg.Target},
				&genGeneric{base: newBase("generic.go", tr.pkg, g.cfg.Target), versions: genericVersions(tr, goNames)},
			}
		}),
	}
	for _, gp := range tr.sortedGroups() {
		targets = append(targets, groupTarget(tr, gp, ii, header, g.cfg.Target))
		for _, vp := range gp.versions {
			targets = append(targets, g.versionTarget(tr, gp, vp, goNames[gp.pkgName], ii, clientset, header))
		}
	}
	return targets
}

func simpleTarget(dir, pkgPath, name string, header []byte, gens func() []generator.Generator) generator.Target {
	return &generator.SimpleTarget{
		PkgName:        name,
		PkgPath:        pkgPath,
		PkgDir:         dir,
		HeaderComment:  header,
		FilterFunc:     apitypes.NoTypes,
		GeneratorsFunc: func(*generator.Context) []generator.Generator { return gens() },
	}
}

func factoryGroups(tr *tree, goNames map[string]string) []factoryGroup {
	var out []factoryGroup
	for _, gp := range tr.sortedGroups() {
		pkg := path.Join(tr.pkg, gp.pkgName)
		out = append(out, factoryGroup{GoName: goNames[gp.pkgName], Interface: types.Ref(pkg, "Interface"), New: types.Ref(pkg, "New")})
	}
	return out
}

// genericVersions lists the group versions of ForResource: groups by API
// name, versions by name, both case-insensitively.
func genericVersions(tr *tree, goNames map[string]string) []genericVersion {
	groups := tr.sortedGroups()
	sort.SliceStable(groups, func(i, j int) bool {
		return strings.ToLower(groups[i].group.NonEmpty()) < strings.ToLower(groups[j].group.NonEmpty())
	})
	var out []genericVersion
	for _, gp := range groups {
		versions := append([]*versionPlan(nil), gp.versions...)
		sort.SliceStable(versions, func(i, j int) bool {
			return strings.ToLower(versions[i].gv.Version.NonEmpty()) < strings.ToLower(versions[j].gv.Version.NonEmpty())
		})
		for _, vp := range versions {
			gv := genericVersion{
				Group:              gp.group.NonEmpty(),
				Version:            vp.gv.Version.NonEmpty(),
				Accessor:           goNames[gp.pkgName] + "()." + namer.IC(vp.gv.Version.NonEmpty()) + "()",
				SchemeGroupVersion: types.Ref(vp.types[0].Type.Name.Package, "SchemeGroupVersion"),
			}
			for _, at := range vp.types {
				gv.Types = append(gv.Types, at.Type)
			}
			gv.Lead = "\t"
			if len(out) > 0 {
				gv.Lead = "\n\t\t\t"
			}
			out = append(out, gv)
		}
	}
	return out
}

func groupTarget(tr *tree, gp *groupPlan, ii internalInterfaces, header []byte, target kversion.Version) generator.Target {
	pkg := path.Join(tr.pkg, gp.pkgName)
	args := groupArgs{II: ii}
	for _, vp := range gp.versions {
		vpkg := path.Join(pkg, vp.gv.Version.PackageName())
		args.Versions = append(args.Versions, groupVersion{
			GoName:    namer.IC(vp.gv.Version.NonEmpty()),
			Interface: types.Ref(vpkg, "Interface"),
			New:       types.Ref(vpkg, "New"),
		})
	}
	name := strings.Split(gp.pkgName, ".")[0]
	return simpleTarget(filepath.Join(tr.dir, gp.pkgName), pkg, name, header, func() []generator.Generator {
		return []generator.Generator{&genGroup{base: newBase("interface.go", pkg, target), args: args}}
	})
}

func (g *tool) versionTarget(tr *tree, gp *groupPlan, vp *versionPlan, goName string, ii internalInterfaces, clientset *types.Type, header []byte) generator.Target {
	sub := path.Join(gp.pkgName, vp.gv.Version.PackageName())
	pkg := path.Join(tr.pkg, sub)
	listers := path.Join(g.cfg.ListersPackage, sub)
	var vtypes []versionType
	var informers []informerArgs
	for _, at := range vp.types {
		t := at.Type
		vt := versionType{Type: t, Prefix: typedPrefix.At(g.cfg.Target)}
		a := informerArgs{
			symbols:     newSymbols(),
			II:          ii,
			Type:        t,
			Clientset:   clientset,
			Lister:      types.Ref(listers, t.Name.Name+"Lister"),
			NewLister:   types.Ref(listers, "New"+t.Name.Name+"Lister"),
			ClientGroup: goName + namer.IC(string(vp.gv.Version)),
			Group:       string(vp.gv.Group),
			Version:     string(vp.gv.Version),
			Resource:    g.resourceName(t),
		}
		if !at.Tags.NonNamespaced {
			vt.NSField = ", namespace: v.namespace"
			a.namespaced()
		}
		vtypes = append(vtypes, vt)
		informers = append(informers, a)
	}
	return simpleTarget(filepath.Join(tr.dir, filepath.FromSlash(sub)), pkg, vp.gv.Version.PackageName(), header, func() []generator.Generator {
		gens := []generator.Generator{&genVersion{base: newBase("interface.go", pkg, g.cfg.Target), ii: ii, types: vtypes}}
		for _, a := range informers {
			gens = append(gens, &genInformer{base: newBase(strings.ToLower(a.Type.Name.Name)+".go", pkg, g.cfg.Target), args: a, target: g.cfg.Target})
		}
		return gens
	})
}

// resourceName is the resource of an informer's GroupVersionResource:
// upstream's lower-case name + "s", or the real one with PluralResourceNames.
func (g *tool) resourceName(t *types.Type) string {
	if g.cfg.PluralResourceNames {
		return naming.PluralNameSystems(g.exceptions)[naming.Resource].Name(t)
	}
	return strings.ToLower(t.Name.Name) + "s"
}

// checkInformers reports what the informers of p would refer to but will
// not exist (upstream writes informers that do not compile then).
func checkInformers(env *engine.Env, p *types.Package, list []apitypes.APIType) error {
	errs := []error{apitypes.CheckDeclared(env, p, "SchemeGroupVersion", "ForResource's cases", "var SchemeGroupVersion = schema.GroupVersion{Group: GroupName, Version: \"v1\"}")}
	for _, at := range list {
		if !at.Tags.HasVerb("get") {
			errs = append(errs, fmt.Errorf("%s: its informer's Lister() returns a %sLister, but lister-gen writes listers only for types with the get verb; add get to +genclient:onlyVerbs (or drop it from skipVerbs)", at.Type.Name, at.Type.Name.Name))
		}
	}
	return errors.Join(errs...)
}
