package client

import (
	"fmt"
	"io"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/naming"
	"github.com/kodegen/kodegen/generators/internal/snippet"
)

func (r *run) schemeTarget() generator.Target {
	dir := filepath.Join(r.clientsetDir, "scheme")
	pkg := path.Join(r.clientsetPkg, "scheme")
	doc := "// This package contains the scheme of the automatically generated clientset.\n"
	return r.target("scheme", "scheme", doc, nil, func(*generator.Context) []generator.Generator {
		return []generator.Generator{&genScheme{
			File:    snippet.NewFile("register.go", pkg),
			run:     r,
			dir:     dir,
			public:  true,
			install: r.hasInternalVersion(),
		}}
	})
}

// hasInternalVersion reports an internal version among the inputs: the
// scheme then registers groups through their install packages.
func (r *run) hasInternalVersion() bool {
	for _, gv := range r.allGroupVersions() {
		if gv.Version == "" {
			return true
		}
	}
	return false
}

// genScheme writes the scheme every API group of the clientset is
// registered in: scheme/register.go (public) and fake/register.go.
type genScheme struct {
	snippet.File
	run *run
	// dir, when set, is searched for a hand-written register_custom.go.
	dir string
	// public names the globals Scheme, Codecs and ParameterCodec; the fake
	// keeps scheme and codecs private.
	public bool
	// install registers groups with their install packages (clientsets
	// with internal versions).
	install bool
	once
}

func (g *genScheme) Filter(*generator.Context, *types.Type) bool { return g.first() }

func (g *genScheme) Imports(*generator.Context) []string {
	lines := g.Tracker().ImportLines()
	for _, grp := range g.run.groups {
		for _, v := range grp.Versions {
			gv := g.run.groupVersion(grp, v)
			if g.install {
				lines = append(lines, fmt.Sprintf("%s %q", strings.ToLower(gv.GoName), g.run.installPackage(gv)))
				break
			}
			lines = append(lines, fmt.Sprintf("%s %q", gv.alias(), gv.InputPkg))
		}
	}
	return lines
}

type schemeArgs struct {
	Scheme, Codecs string
	Public, Custom bool
	// Adders are the import aliases whose AddToScheme (or Install) is called.
	Adders                                                             []string
	NewScheme, NewCodecFactory, NewParameterCodec, SchemeBuilder, Must *types.Type
	RuntimeScheme, GroupVersion, AddToGroupVersion                     *types.Type
}

func (g *genScheme) GenerateType(c *generator.Context, _ *types.Type, w io.Writer) error {
	sw := snippet.NewWriter(w, c, "$", "$")
	args := schemeArgs{
		Scheme: "scheme", Codecs: "codecs", Public: g.public,
		NewScheme:         types.Ref(pkgRuntime, "NewScheme"),
		NewCodecFactory:   types.Ref("k8s.io/apimachinery/pkg/runtime/serializer", "NewCodecFactory"),
		NewParameterCodec: types.Ref(pkgRuntime, "NewParameterCodec"),
		SchemeBuilder:     types.Ref(pkgRuntime, "SchemeBuilder"),
		RuntimeScheme:     types.Ref(pkgRuntime, "Scheme"),
		Must:              types.Ref("k8s.io/apimachinery/pkg/util/runtime", "Must"),
		GroupVersion:      types.Ref(pkgSchema, "GroupVersion"),
		AddToGroupVersion: types.Ref(pkgMetaV1, "AddToGroupVersion"),
	}
	if g.public {
		args.Scheme, args.Codecs = "Scheme", "Codecs"
	}
	if g.dir != "" {
		custom, err := g.run.env.Exists(filepath.Join(g.dir, "register_custom.go"))
		if err != nil {
			return err
		}
		args.Custom = custom
	}
	if g.install {
		for _, grp := range g.run.groups {
			args.Adders = append(args.Adders, strings.ToLower(g.run.goNames[g.run.defaultVersion(grp)]))
		}
		sw.Do(schemeGlobalsTmpl, args)
		sw.Do(schemeInstallTmpl, args)
		return sw.Error()
	}
	for _, gv := range g.run.allGroupVersions() {
		args.Adders = append(args.Adders, gv.alias())
	}
	sw.Do(schemeGlobalsTmpl, args)
	sw.Do(schemeBuilderTmpl, args)
	return sw.Error()
}

const schemeGlobalsTmpl = `
var $.Scheme$ = $.NewScheme|raw$()
var $.Codecs$ = $.NewCodecFactory|raw$($.Scheme$)
$- if .Public$
var ParameterCodec = $.NewParameterCodec|raw$($.Scheme$)
$- else$
$end$
`

const schemeBuilderTmpl = `var localSchemeBuilder = $.SchemeBuilder|raw${
$- range .Adders$
	$.$.AddToScheme,
$- end$
$- if .Custom$
	ExtraAddToScheme,
$- end$
}

// AddToScheme adds all types of this clientset into the given scheme. This allows composition
// of clientsets, like in:
//
//	import (
//	  "k8s.io/client-go/kubernetes"
//	  clientsetscheme "k8s.io/client-go/kubernetes/scheme"
//	  aggregatorclientsetscheme "k8s.io/kube-aggregator/pkg/client/clientset_generated/clientset/scheme"
//	)
//
//	kclientset, _ := kubernetes.NewForConfig(c)
//	_ = aggregatorclientsetscheme.AddToScheme(clientsetscheme.Scheme)
//
// After this, RawExtensions in Kubernetes types will serialize kube-aggregator types
// correctly.
var AddToScheme = localSchemeBuilder.AddToScheme

func init() {
	$.AddToGroupVersion|raw$($.Scheme$, $.GroupVersion|raw${Version: "v1"})
	$.Must|raw$(AddToScheme($.Scheme$))
}
`

const schemeInstallTmpl = `
func init() {
	$.AddToGroupVersion|raw$($.Scheme$, $.GroupVersion|raw${Version: "v1"})
	Install($.Scheme$)
}

// Install registers the API group and adds types to a scheme
func Install(scheme *$.RuntimeScheme|raw$) {
$- range .Adders$
	$.$.Install(scheme)
$- end$
$- if .Custom$
	ExtraInstall(scheme)
$- end$
}
`

// defaultVersion is the preferred version of a group, as upstream picks
// it: GA over pre-releases, then the higher major, then beta over alpha.
func (r *run) defaultVersion(grp groupVersions) naming.GroupVersion {
	versions := make([]string, 0, len(grp.Versions))
	for _, v := range grp.Versions {
		versions = append(versions, string(v.Version))
	}
	sort.SliceStable(versions, func(i, j int) bool { return versionLess(versions[i], versions[j]) })
	return naming.GroupVersion{Group: grp.Group, Version: naming.Version(versions[len(versions)-1])}
}

var leadingDigits = regexp.MustCompile("^[0-9]+")

// versionLess orders versions the way upstream's clientset does (majors
// compare as strings).
func versionLess(a, b string) bool {
	a, b = strings.TrimLeft(a, "v"), strings.TrimLeft(b, "v")
	am, bm := leadingDigits.FindString(a), leadingDigits.FindString(b)
	ar, br := strings.TrimLeft(a, am), strings.TrimLeft(b, bm)
	switch {
	case ar == "" && br == "":
		return am < bm
	case ar == "":
		return false
	case br == "":
		return true
	case am != bm:
		return am < bm
	}
	return strings.Contains(ar, "alpha")
}
