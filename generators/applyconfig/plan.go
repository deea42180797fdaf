package applyconfig

import (
	"errors"
	"maps"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/apilint"
	"github.com/kodegen/kodegen/generators/internal/genclient"
	"github.com/kodegen/kodegen/generators/internal/naming"
	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/markers"
)

// apiPackage is one input package that gets apply configurations.
type apiPackage struct {
	pkg    *types.Package
	gv     naming.GroupVersion // the group as +groupName sets it
	outPkg string              // import path of its apply configurations
	types  []*types.Type       // its types, sorted by name
	tags   map[*types.Type]genclient.Tags
}

func simpleTarget(name, pkgPath, dir string, header []byte, gens ...generator.Generator) generator.Target {
	return &generator.SimpleTarget{
		PkgName: name, PkgPath: pkgPath, PkgDir: dir, HeaderComment: header,
		GeneratorsFunc: func(*generator.Context) []generator.Generator { return gens },
	}
}

// packageTarget is the output package of one API package: a file per type.
func (g *tool) packageTarget(p *apiPackage, acs []applyConfig, refs refGraph, parser *types.Type, header []byte) generator.Target {
	sub := strings.TrimPrefix(p.outPkg, g.cfg.OutputPkg+"/")
	gens := make([]generator.Generator, 0, len(acs))
	for _, ac := range acs {
		gens = append(gens, newGenType(p.outPkg, ac, refs, parser, g.cfg.Target))
	}
	return simpleTarget(p.gv.Version.PackageName(), p.outPkg, filepath.Join(g.cfg.OutputDir, sub), header, gens...)
}

// applyConfigs are the apply configurations of p's types, sorted by
// lower-cased type name. Client types without ObjectMeta get none: apply
// needs a name.
func applyConfigs(p *apiPackage, refs refGraph, s *schema) []applyConfig {
	var acs []applyConfig
	for _, t := range p.types {
		tags := p.tags[t]
		if tags.Generate && !hasExtract(t) {
			continue
		}
		acPkg, ok := refs[t.Name]
		if !ok {
			continue
		}
		acs = append(acs, applyConfig{
			t:           t,
			ac:          types.Ref(acPkg, t.Name.Name+applyConfigSuffix),
			tags:        tags,
			apiVersion:  apiVersion(p.gv),
			openAPIName: s.names[t.Name],
		})
	}
	sort.SliceStable(acs, func(i, j int) bool {
		return strings.ToLower(acs[i].t.Name.Name) < strings.ToLower(acs[j].t.Name.Name)
	})
	return acs
}

// hasExtract reports whether a root type gets Extract functions: it has
// ObjectMeta, without which apply cannot name it.
func hasExtract(t *types.Type) bool { return embeds(t, objectMeta.Name) }

// apiVersion is "group/version", or "version" for the core group.
func apiVersion(gv naming.GroupVersion) string {
	if gv.Group == "" {
		return string(gv.Version)
	}
	return string(gv.Group) + "/" + string(gv.Version)
}

// roots are the types whose OpenAPI definitions apply needs: client types
// with the apply or applyStatus verb.
func roots(pkgs []*apiPackage) []*types.Type {
	var out []*types.Type
	for _, p := range pkgs {
		for _, t := range p.types {
			if hasApply(p.tags[t]) {
				out = append(out, t)
			}
		}
	}
	return out
}

// apiPackages identifies the input packages that get apply configurations,
// in import path order: not switched off with
// +k8s:applyconfiguration-gen=false, and versioned (internal packages are
// skipped with a warning). Every marker error of every package is returned.
func (g *tool) apiPackages(c *generator.Context, env *engine.Env) ([]*apiPackage, error) {
	var pkgs []*apiPackage
	var errs []error
	inputs := append([]string(nil), c.Inputs...)
	sort.Strings(inputs)
	for _, input := range inputs {
		p := c.Universe.Package(input)
		rest, err := env.LintSplit(p)
		for _, f := range rest {
			// applyconfiguration-gen reads package and type markers.
			if f.Sym.Member == "" {
				env.Warn(f.Error)
			}
		}
		if err != nil {
			errs = append(errs, err) // and read on: every problem of the package is reported
		}
		on, err := g.enabled(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if !on {
			continue
		}
		if isInternal(p) {
			env.Warnf("skipping internal package %s: its ObjectMeta has no json tag (apply configurations are for versioned packages)", p.Path)
			continue
		}
		ap, err := newAPIPackage(p, g.cfg.OutputPkg, env)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		pkgs = append(pkgs, ap)
	}
	return pkgs, errors.Join(errs...)
}

// enabled reads +k8s:applyconfiguration-gen and applies the lint rules.
func (g *tool) enabled(p *types.Package) (bool, error) {
	if err := apilint.Check(p, g.cfg.LintRules); err != nil {
		return false, err
	}
	src := markers.PackageLines(p)
	if err := markers.ApplyconfigGen.CheckTarget(src, g.cfg.Target); err != nil {
		return false, err
	}
	vals, err := markers.ApplyconfigGen.All(src)
	if err != nil {
		return false, err
	}
	off := slices.Contains(vals, "false")
	if off && slices.Contains(vals, "true") {
		return false, markers.ApplyconfigGen.Errorf(src.Sym, "", "%s is both true and false; give it once", markers.ApplyconfigGen.Marker())
	}
	return !off, nil
}

func newAPIPackage(p *types.Package, outBase string, env *engine.Env) (*apiPackage, error) {
	parts := strings.Split(p.Path, "/")
	gv := naming.GroupVersion{Version: naming.Version(parts[len(parts)-1])}
	if len(parts) > 1 {
		gv.Group = naming.Group(parts[len(parts)-2])
	}
	var errs []error
	if group, ok, err := naming.GroupNameOverride(p); err != nil {
		errs = append(errs, err)
	} else if ok {
		gv.Group = naming.Group(group)
	}
	if _, err := naming.GroupGoName(gv.Group, p); err != nil {
		errs = append(errs, err)
	}
	_, gvPath := naming.SplitPathGroupVersion(p.Path)
	ap := &apiPackage{pkg: p, gv: gv, outPkg: path.Join(outBase, strings.ToLower(gvPath)), tags: map[*types.Type]genclient.Tags{}}
	for _, name := range slices.Sorted(maps.Keys(p.Types)) {
		t := p.Types[name]
		tags, err := genclient.Parse(t)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ap.types = append(ap.types, t)
		ap.tags[t] = tags
	}
	return ap, errors.Join(errs...)
}

// isInternal reports whether p is an internal (unversioned) API package:
// the first of its types with an ObjectMeta field has no json tag on it.
func isInternal(p *types.Package) bool {
	for _, name := range slices.Sorted(maps.Keys(p.Types)) {
		for _, m := range p.Types[name].Members {
			if m.Name == "ObjectMeta" {
				_, ok := fieldJSON(m)
				return !ok
			}
		}
	}
	return false
}
