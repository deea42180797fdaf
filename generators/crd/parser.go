package crd

import (
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	gotypes "go/types"
	"maps"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/gobuffalo/flect"
)

const (
	metav1Path     = "k8s.io/apimachinery/pkg/apis/meta/v1"
	resourcePath   = "k8s.io/apimachinery/pkg/api/resource"
	runtimePath    = "k8s.io/apimachinery/pkg/runtime"
	unstructPath   = "k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	intstrPath     = "k8s.io/apimachinery/pkg/util/intstr"
	apiextV1beta1  = "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1beta1"
	apiextV1       = "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1"
	quantityRegexp = `^(\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))))?$`
)

// source is what the parser needs of the load.
type source interface {
	GoTypes(pkg string) (*gotypes.Package, bool)
	GoFiles(pkg string) ([]string, bool)
	PackageName(pkg string) (string, bool)
	ReadFile(name string) ([]byte, error)
	// Syntax is a file as the load parsed it (comments kept, bodies
	// blanked), positions in FileSet, or nil: the parser parses it.
	Syntax(name string) *ast.File
	FileSet() *token.FileSet
}

// parser builds schemas and CRDs from packages, reading each package once
// when it is first needed (as controller-gen's crd.Parser does).
type parser struct {
	cfg  Config
	src  source
	fset *token.FileSet
	reg  *registry
	warn func(token.Position, string)

	pkgs     map[string]*pkgInfo      // every package read, or nil when it could not be
	parsed   map[string]parsedPackage // packages prefetch parsed, not yet read
	done     map[string]bool
	indexed  []*pkgInfo // packages whose types and group-version are known, in order
	schemata map[typeKey]*Schema
	flat     map[typeKey]*Schema
	full     map[typeKey]*Schema
	errs     []error
	seenErr  map[string]bool
}

func newParser(cfg Config, src source, warn func(token.Position, string)) *parser {
	fset := src.FileSet() // one file set for the load's syntax and the parser's own
	if fset == nil {
		fset = token.NewFileSet()
	}
	return &parser{
		cfg: cfg, src: src, fset: fset, reg: crdRegistry, warn: warn,
		pkgs: map[string]*pkgInfo{}, done: map[string]bool{},
		schemata: map[typeKey]*Schema{}, flat: map[typeKey]*Schema{}, full: map[typeKey]*Schema{},
		seenErr: map[string]bool{},
	}
}

// errorAt records a problem at node (or at the package).
func (p *parser) errorAt(pkg *pkgInfo, node ast.Node, err error) {
	var msg string
	switch {
	case node != nil && p.fset.File(node.Pos()) != nil:
		pos := p.fset.Position(node.Pos())
		msg = fmt.Sprintf("%s:%d:%d: %v", pos.Filename, pos.Line, pos.Column, err)
	case pkg != nil:
		msg = fmt.Sprintf("%s: %v", pkg.path, err)
	default:
		msg = err.Error()
	}
	if !p.seenErr[msg] {
		p.seenErr[msg] = true
		p.errs = append(p.errs, errors.New(msg))
	}
}

// goTypes is the go/types package of an import of pkg.
func (p *parser) goTypes(_ *pkgInfo, path string) (*gotypes.Package, bool) {
	return p.src.GoTypes(path)
}

// read parses a package (once).
func (p *parser) read(path string) *pkgInfo {
	if pi, ok := p.pkgs[path]; ok {
		return pi
	}
	p.pkgs[path] = nil
	tp, _ := p.src.GoTypes(path)
	files, ok := p.src.GoFiles(path)
	if !ok {
		p.errs = append(p.errs, fmt.Errorf("%s: package not loaded", path))
		return nil
	}
	pp, ok := p.parsed[path]
	if !ok {
		pp = p.parse(path, files, tp)
	}
	delete(p.parsed, path)
	if pp.err != nil {
		p.errs = append(p.errs, pp.err)
		return nil
	}
	for _, w := range pp.warnings {
		p.warn(w.pos, w.text)
	}
	p.errs = append(p.errs, pp.markerErrs...)
	p.pkgs[path] = pp.info
	return pp.info
}

// parse reads a package's files and collects its markers, keeping the
// warnings for read to give in order: it may run in parallel (prefetch).
func (p *parser) parse(path string, files []string, tp *gotypes.Package) parsedPackage {
	var pp parsedPackage
	pp.info, pp.err = readPackage(p.fset, p.src, path, files, tp)
	if pp.err != nil {
		return pp
	}
	pp.markerErrs = pp.info.collect(p.reg, func(pos token.Position, text string) {
		pp.warnings = append(pp.warnings, markerWarning{pos, text})
	})
	return pp
}

// parsedPackage is a package's files parsed and its markers collected
// ahead of read, or why not.
type parsedPackage struct {
	info       *pkgInfo
	err        error
	markerErrs []error
	warnings   []markerWarning
}

// markerWarning is a marker the registry does not know, at pos.
type markerWarning struct {
	pos  token.Position
	text string
}

// prefetch parses the packages' files and collects their markers in
// parallel, the costly part of read; read then takes them one package
// after the other, so warnings and errors keep their order. Positions stay
// deterministic: only positions within a file are compared, and messages
// print file:line.
func (p *parser) prefetch(paths []string) {
	type job struct {
		path  string
		files []string
		types *gotypes.Package
	}
	var jobs []job
	for _, path := range paths {
		if _, read := p.pkgs[path]; read {
			continue
		}
		tp, _ := p.src.GoTypes(path)
		files, ok := p.src.GoFiles(path)
		if !ok {
			continue // read reports it
		}
		jobs = append(jobs, job{path, files, tp})
	}
	out := make([]parsedPackage, len(jobs))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			out[i] = p.parse(j.path, j.files, j.types)
		}()
	}
	wg.Wait()
	if p.parsed == nil {
		p.parsed = map[string]parsedPackage{}
	}
	for i, j := range jobs {
		p.parsed[j.path] = out[i]
	}
}

// needPackage makes a package's types known, with the schemas
// controller-gen knows without reading the types (metav1.Time, Quantity…).
func (p *parser) needPackage(path string) {
	if p.done[path] {
		return
	}
	p.done[path] = true
	set := func(name string, s Schema) { p.schemata[typeKey{path, name}] = &s }
	obj := Schema{Type: "object"}
	switch path {
	case metav1Path:
		if p.cfg.GenerateEmbeddedObjectMeta {
			str := func() Schema { return Schema{Type: "string"} }
			strMap := func() Schema {
				s := str()
				return Schema{Type: "object", AdditionalProperties: &SchemaOrBool{Schema: &s}}
			}
			items := str()
			set("ObjectMeta", Schema{Type: "object", Properties: map[string]Schema{
				"name": str(), "namespace": str(), "annotations": strMap(), "labels": strMap(),
				"finalizers": {Type: "array", Items: &items},
			}})
		} else {
			set("ObjectMeta", obj)
		}
		set("Time", Schema{Type: "string", Format: "date-time"})
		set("MicroTime", Schema{Type: "string", Format: "date-time"})
		set("Duration", Schema{Type: "string"})
		set("Fields", Schema{Type: "object", AdditionalProperties: &SchemaOrBool{Allows: true}})
	case resourcePath:
		set("Quantity", Schema{XIntOrString: true, AnyOf: []Schema{{Type: "integer"}, {Type: "string"}}, Pattern: quantityRegexp})
		return
	case runtimePath:
		t := true
		set("RawExtension", Schema{Type: "object", XPreserveUnknownFields: &t})
	case unstructPath:
		set("Unstructured", obj)
	case intstrPath:
		set("IntOrString", Schema{XIntOrString: true, AnyOf: []Schema{{Type: "integer"}, {Type: "string"}}})
		return
	case apiextV1beta1, apiextV1:
		t := true
		set("JSON", Schema{XPreserveUnknownFields: &t})
	}
	if pi := p.read(path); pi != nil && !pi.skip {
		p.indexed = append(p.indexed, pi)
	}
}

// needSchema computes the (unflattened) schema of a type, once.
func (p *parser) needSchema(key typeKey) {
	p.needPackage(key.pkg)
	if _, ok := p.schemata[key]; ok {
		return
	}
	pi := p.pkgs[key.pkg]
	var info *typeInfo
	if pi != nil && !pi.skip {
		info = pi.typeByName[key.name]
	}
	if info == nil {
		p.errorAt(pi, nil, fmt.Errorf("unknown type %s", key))
		return
	}
	p.schemata[key] = &Schema{}
	c := &schemaCtx{p: p, pkg: pi, info: info, file: info.file, pkgMarkers: pi.pkgMarkers}
	p.schemata[key] = c.infoToSchema()
}

// fullSchema is a type's schema flattened, allOfs merged.
func (p *parser) fullSchema(key typeKey) *Schema {
	if s, ok := p.full[key]; ok {
		return s
	}
	s := p.flattenType(key)
	if s == nil {
		return nil
	}
	pi := p.pkgs[key.pkg]
	out := p.flattenEmbedded(s, func(err error) { p.errorAt(pi, nil, err) })
	p.full[key] = out
	return out
}

type groupKind struct{ group, kind string }

func (g groupKind) String() string {
	if g.group == "" {
		return g.kind
	}
	return g.kind + "." + g.group
}

// kinds are the root packages' types that embed metav1.TypeMeta and
// metav1.ObjectMeta, sorted.
func (p *parser) kinds(roots []string) []groupKind {
	seen := map[groupKind]bool{}
	var out []groupKind
	for _, r := range roots {
		pi := p.pkgs[r]
		if pi == nil || pi.skip {
			continue
		}
		for _, t := range pi.typeList {
			meta, tmeta := false, false
			for _, f := range t.fields {
				if f.name != "" {
					continue
				}
				sel, ok := f.raw.Type.(*ast.SelectorExpr)
				if !ok || (sel.Sel.Name != "ObjectMeta" && sel.Sel.Name != "TypeMeta") {
					// Not worth resolving: the types of what a
					// controller embeds (client.Client) may not be
					// loaded at all.
					continue
				}
				c := &schemaCtx{p: p, pkg: pi, file: t.file}
				tn, ok := c.lookupSelector(sel).(*gotypes.TypeName)
				if !ok || tn.Pkg() == nil || tn.Pkg().Path() != metav1Path {
					continue
				}
				if _, named := tn.Type().(*gotypes.Named); !named {
					continue
				}
				switch tn.Name() {
				case "ObjectMeta":
					meta = true
				case "TypeMeta":
					tmeta = true
				}
			}
			if meta && tmeta {
				gk := groupKind{pi.gv.group, t.name}
				if !seen[gk] {
					seen[gk] = true
					out = append(out, gk)
				}
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out
}

// crdFor builds the CRD of a kind from every version that declares it.
func (p *parser) crdFor(gk groupKind) *CustomResourceDefinition {
	var pkgs []*pkgInfo
	for _, pi := range p.indexed {
		if pi.gv.group == gk.group {
			pkgs = append(pkgs, pi)
		}
	}
	plural := strings.ToLower(flect.Pluralize(gk.kind))
	crd := &CustomResourceDefinition{
		APIVersion: "apiextensions.k8s.io/v1",
		Kind:       "CustomResourceDefinition",
		Spec: CustomResourceSpec{
			Group: gk.group,
			Names: Names{Kind: gk.kind, ListKind: gk.kind + "List", Plural: plural, Singular: strings.ToLower(gk.kind)},
			Scope: "Namespaced",
		},
	}
	for _, pi := range pkgs {
		if pi.typeByName[gk.kind] == nil {
			continue
		}
		s := p.fullSchema(typeKey{pi.path, gk.kind})
		if s == nil {
			continue
		}
		if p.cfg.MaxDescLen != nil {
			s = s.deepCopy()
			truncateDescriptions(s, *p.cfg.MaxDescLen)
		} else {
			c := *s
			c.Properties = maps.Clone(s.Properties) // metadata is replaced below
			s = &c
		}
		crd.Spec.Versions = append(crd.Spec.Versions, Version{Name: pi.gv.version, Served: true, Schema: &Validation{OpenAPIV3Schema: s}})
	}
	for _, pi := range pkgs {
		t := pi.typeByName[gk.kind]
		if t == nil {
			continue
		}
		for _, n := range t.markers.ordered() {
			for _, v := range t.markers[n] {
				if v.def.spec == nil {
					continue
				}
				if err := v.def.spec(crd, pi.gv.version, v); err != nil {
					p.errorAt(pi, t.spec, fmt.Errorf("+%s: %w", n, err))
				}
			}
		}
	}
	crd.Metadata.Name = crd.Spec.Names.Plural + "." + gk.group
	if len(crd.Spec.Versions) == 0 {
		return nil
	}
	sort.SliceStable(crd.Spec.Versions, func(i, j int) bool { return crd.Spec.Versions[i].Name < crd.Spec.Versions[j].Name })
	if len(crd.Spec.Versions) == 1 {
		crd.Spec.Versions[0].Storage = true
	}
	storage, served := false, false
	var names []string
	for _, v := range crd.Spec.Versions {
		storage = storage || v.Storage
		served = served || v.Served
		names = append(names, v.Name)
	}
	at := pkgs[0]
	if !storage {
		p.errorAt(at, nil, fmt.Errorf("CRD for %s has no storage version (mark one version's type +kubebuilder:storageversion)", gk))
	}
	if !served {
		p.errorAt(at, nil, fmt.Errorf("CRD for %s with version(s) %v does not serve any version", gk, names))
	}
	return crd
}
