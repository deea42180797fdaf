package validation

import (
	"cmp"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/parser/tags"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/apilint"
	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/markers"
)

var (
	defaultScheme = types.Name{Package: "k8s.io/apimachinery/pkg/runtime", Name: "Scheme"}
	listMetaName  = types.Name{Package: "k8s.io/apimachinery/pkg/apis/meta/v1", Name: "ListMeta"}
)

// pkgPlan is one input package that gets a file.
type pkgPlan struct {
	pkg      *types.Package
	roots    []*types.Type
	scheme   types.Name
	register bool
	fixtures bool
	// coverage: +k8s:validation-gen-test-targets, a coverage test file
	// beside the validations.
	coverage  bool
	criteria  []string
	nolint    bool
	typesPath string
}

// world is what the tags of every place may need to know of the run.
type world struct {
	universe types.Universe
	// canonical maps a types package to the package holding its
	// Validate_ (and ValidateCustom_) functions.
	canonical map[string]string
}

// planTargets returns a target per input package with
// +k8s:validation-gen, as upstream's GetTargets.
func planTargets(c *generator.Context, env *engine.Env, cfg Config, header []byte) ([]generator.Target, error) {
	var plans []*pkgPlan
	var errs []error
	for _, p := range c.Inputs {
		pkg := c.Universe.Package(p)
		plan, err := planPackage(env, cfg, pkg)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if plan != nil {
			plans = append(plans, plan)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	var extra []string
	for _, plan := range plans {
		if plan.typesPath != plan.pkg.Path {
			extra = append(extra, plan.typesPath)
		}
	}
	if len(extra) > 0 {
		if _, err := env.Load(extra...); err != nil {
			return nil, err
		}
	}
	w := &world{universe: c.Universe, canonical: map[string]string{}}
	for _, plan := range plans {
		// the registering package is where other packages' calls go; else
		// the first one (upstream's canonical package)
		switch prev, ok := w.canonical[plan.typesPath]; {
		case !ok:
			w.canonical[plan.typesPath] = plan.pkg.Path
		case plan.register:
			if prevPlan := planOf(plans, prev); prevPlan != nil && prevPlan.register {
				errs = append(errs, fmt.Errorf("input %q is generated into two registering packages (%q, %q); mark one +k8s:validation-gen-scheme-registry=nil", plan.typesPath, prev, plan.pkg.Path))
				continue
			}
			w.canonical[plan.typesPath] = plan.pkg.Path
		}
	}
	if err := readOnlyHomes(c, env, cfg.ReadOnlyPkgs, w.canonical); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	// the types of packages loaded here must be in the order types are
	// generated in
	orderer := namer.Orderer{Namer: namer.NewPublicNamer(1)}
	c.Order = orderer.OrderUniverse(c.Universe)
	inputs := map[string]bool{}
	for typesPath := range w.canonical {
		inputs[typesPath] = true
	}
	for _, plan := range plans {
		plan.findRoots(c.Universe.Package(plan.typesPath))
	}
	td := &discoverer{inputs: inputs, nodes: map[*types.Type]*node{}, w: w}
	for _, plan := range plans {
		for _, t := range plan.roots {
			if t.Kind == types.Pointer {
				errs = append(errs, fmt.Errorf("type %v: pointer root-types are not supported", t))
				continue
			}
			if _, err := td.discover(t, t.Name.String()); err != nil {
				errs = append(errs, err)
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	// upstream's linter, on the roots of every package without
	// +k8s:validation-gen-nolint
	lint := newLinter(w)
	for _, plan := range plans {
		if plan.nolint {
			continue
		}
		for _, t := range plan.roots {
			lint.lintType(t)
		}
	}
	if len(lint.errs) > 0 {
		return nil, errors.Join(lint.errs...)
	}
	var targets []generator.Target
	byKind := map[[2]string][]*report{}
	for _, plan := range plans {
		plan := plan
		gen := newFile(cfg.OutputFile, plan, td)
		gens := []generator.Generator{gen}
		if (plan.fixtures || plan.coverage) && !strings.HasSuffix(cfg.OutputFile, ".go") {
			m := markers.ValidationGenTestFixture.Marker()
			if !plan.fixtures {
				m = markers.ValidationGenTestTargets.Marker()
			}
			errs = append(errs, fmt.Errorf("%s: %s requires that --output-file have a .go suffix", plan.pkg.Path, m))
			continue
		}
		if plan.fixtures {
			gens = append(gens, &fixtureFile{GoGenerator: generator.GoGenerator{OutputFilename: strings.TrimSuffix(cfg.OutputFile, ".go") + "_test.go"}})
		}
		if plan.coverage {
			if reports := packageReports(plan, td); len(reports) > 0 {
				gens = append(gens, newCoverageFile(plan.pkg.Path, strings.TrimSuffix(cfg.OutputFile, ".go")+"_coverage_test.go", reports, true, nil))
			}
		}
		// only the registering package counts for the per-Kind tests: a
		// non-registering one generated from the same input has the same
		// rules
		if cfg.TestOutputRoot != "" && plan.register {
			kindReports(c.Universe.Package(plan.typesPath), plan, td, byKind)
		}
		targets = append(targets, &generator.SimpleTarget{
			PkgName:       plan.pkg.Name,
			PkgPath:       plan.pkg.Path,
			PkgDir:        plan.pkg.Dir,
			HeaderComment: header,
			FilterFunc: func(_ *generator.Context, t *types.Type) bool {
				return t.Name.Package == plan.typesPath
			},
			GeneratorsFunc: func(*generator.Context) []generator.Generator { return gens },
		})
	}
	if cfg.TestOutputRoot != "" {
		var allow []allowEntry
		if cfg.TestAllowlist != "" {
			data, err := env.ReadFile(cfg.TestAllowlist)
			if err != nil {
				return nil, fmt.Errorf("--test-allowlist: %w", err)
			}
			if allow, err = parseAllowlist(cfg.TestAllowlist, data); err != nil {
				return nil, err
			}
		}
		targets = append(targets, kindTargets(cfg.TestOutputRoot, cfg.TestOutputFilePrefix, byKind, allow, header)...)
	}
	return targets, errors.Join(errs...)
}

func planOf(plans []*pkgPlan, pkg string) *pkgPlan {
	for _, p := range plans {
		if p.pkg.Path == pkg {
			return p
		}
	}
	return nil
}

// readOnlyHomes adds --readonly-pkg packages to canonical: their types
// are read (their tags count) but get no file, and calls of their
// Validate_ functions go where those are. Upstream assumes the package
// itself; kodegen looks for the package that generates them: a read-only
// package with +k8s:validation-gen-input=X holds X's, and a package
// <pkg>/validation with +k8s:validation-gen-input=<pkg> holds <pkg>'s
// (k8s.io/apimachinery/pkg/apis/meta/v1's live in meta/v1/validation,
// with ValidateCustom_Condition_LastTransitionTime).
func readOnlyHomes(c *generator.Context, env *engine.Env, pkgs []string, canonical map[string]string) error {
	if len(pkgs) == 0 {
		return nil
	}
	var patterns []string
	for _, p := range pkgs {
		if i := strings.Index(p, "/vendor/"); i != -1 {
			p = p[i+len("/vendor/"):]
		}
		patterns = append(patterns, p)
	}
	paths, err := env.Load(patterns...)
	if err != nil {
		return fmt.Errorf("--readonly-pkg: %w", err)
	}
	for _, ro := range paths {
		pkg := c.Universe.Package(ro)
		if in, ok, _ := markers.ValidationGenInput.Get(markers.PackageLines(pkg)); ok && in != ro {
			if _, err := env.Load(in); err != nil {
				return fmt.Errorf("--readonly-pkg %s: %s=%s: %w", ro, markers.ValidationGenInput.Marker(), in, err)
			}
			if _, ok := canonical[in]; !ok {
				canonical[in] = ro
			}
		}
		if _, ok := canonical[ro]; ok {
			continue
		}
		canonical[ro] = ro
		if pkg.Dir == "" {
			continue
		}
		if ok, _ := env.Exists(filepath.Join(pkg.Dir, "validation")); !ok {
			continue
		}
		home := ro + "/validation"
		if _, err := env.Load(home); err != nil {
			continue
		}
		if in, ok, _ := markers.ValidationGenInput.Get(markers.PackageLines(c.Universe.Package(home))); ok && in == ro {
			canonical[ro] = home
		}
	}
	return nil
}

// planPackage reads pkg's package markers; nil when it asks for nothing.
func planPackage(env *engine.Env, cfg Config, pkg *types.Package) (*pkgPlan, error) {
	src := markers.PackageLines(pkg)
	if err := apilint.Check(pkg, cfg.LintRules); err != nil {
		return nil, err
	}
	crit, err := markers.ValidationGen.All(src)
	if err != nil {
		return nil, err
	}
	if len(crit) == 0 || len(crit) == 1 && crit[0] == "false" {
		return nil, nil
	}
	plan := &pkgPlan{pkg: pkg, criteria: crit, typesPath: pkg.Path, scheme: defaultScheme, register: true}
	if in, ok, err := markers.ValidationGenInput.Get(src); err != nil {
		return nil, err
	} else if ok {
		plan.typesPath = in
	}
	if v, ok, err := markers.ValidationGenSchemeRegistry.Get(src); err != nil {
		return nil, err
	} else if ok {
		if v == "nil" {
			plan.register = false
		} else {
			plan.scheme = types.ParseFullyQualifiedName(v)
		}
	}
	plan.fixtures = markers.ValidationGenTestFixture.Has(src)
	plan.nolint = markers.ValidationGenNolint.Has(src)
	plan.coverage = markers.ValidationGenTestTargets.Has(src)
	return plan, nil
}

// findRoots picks the root types of the plan among typesPkg's types.
func (plan *pkgPlan) findRoots(typesPkg *types.Package) {
	for _, t := range typesPkg.Types {
		if root(t, plan.criteria) {
			plan.roots = append(plan.roots, t)
		}
	}
	slices.SortFunc(plan.roots, func(a, b *types.Type) int { return cmp.Compare(a.Name.String(), b.Name.String()) })
}

// root reports whether t gets a Validate_ function of its own and a
// registration, by the package's criteria or its own marker.
func root(t *types.Type, criteria []string) bool {
	if namer.IsPrivateGoName(t.Name.Name) {
		return false
	}
	for _, lines := range [][]string{t.CommentLines, t.SecondClosestCommentLines} {
		if v, ok, _ := markers.ValidationGen.Get(markers.Source{Lines: lines}); ok && v == "false" {
			return false
		}
	}
	for _, lines := range [][]string{t.CommentLines, t.SecondClosestCommentLines} {
		if v, ok, _ := markers.ValidationGen.Get(markers.Source{Lines: lines}); ok && v == "true" {
			return true
		}
	}
	if t.Kind == types.Struct {
		for _, m := range t.Members {
			if m.Embedded && m.Type.Name == listMetaName {
				return false
			}
		}
	}
	for _, v := range criteria {
		if v == "*" {
			return true
		}
		if f, ok := strings.CutPrefix(v, "TypesWithField="); ok && t.Kind == types.Struct {
			for _, m := range t.Members {
				if m.Name == f {
					return true
				}
			}
		}
		if s, ok := strings.CutPrefix(v, "TypesWithSuffix="); ok && strings.HasSuffix(t.Name.Name, s) {
			return true
		}
	}
	return false
}

// node is what discovery learnt of one (non-pointer) type, upstream's
// typeNode.
type node struct {
	t          *types.Type
	fnName     types.Name // Validate_<Type>, for named types of an input package
	referenced bool
	fields     []*child
	key, elem  *child
	underlying *child
	typeVals   vals
	// iterKey and iterVal call the Validate_ function of the keys or
	// values of a (typedef'd) map or list, upstream's typeKeyIterations
	// and typeValIterations.
	iterKey, iterVal vals
	// unionCalls and unionVars are the struct's unions, made from the
	// member tags of its fields.
	unionCalls []call
	unionVars  []variable
}

// child is a field, element, key or underlying type of a node.
type child struct {
	name, json string
	t          *types.Type // may be a pointer
	node       *node       // nil when t lives outside the input packages
	fieldVals  vals
	// iterKey and iterVal as node's, for a field of map or list type.
	iterKey, iterVal vals
}

func (n *node) elemNode() *node {
	if n.elem != nil {
		return n.elem.node
	}
	if n.underlying != nil && n.underlying.node != nil && n.underlying.node.elem != nil {
		return n.underlying.node.elem.node
	}
	return nil
}

func (n *node) keyNode() *node {
	if n.key != nil {
		return n.key.node
	}
	if n.underlying != nil && n.underlying.node != nil && n.underlying.node.key != nil {
		return n.underlying.node.key.node
	}
	return nil
}

// discoverer builds the nodes of every type reachable from the roots.
type discoverer struct {
	inputs map[string]bool
	nodes  map[*types.Type]*node
	w      *world
}

func (td *discoverer) child(t *types.Type, path string) (*node, error) {
	n, err := td.discover(t, path)
	if n != nil {
		n.referenced = true
	}
	return n, err
}

func (td *discoverer) discover(t *types.Type, path string) (*node, error) {
	if t.Name.Package != "" && !td.inputs[t.Name.Package] {
		return nil, nil
	}
	if err := supported(t); err != nil {
		return nil, fmt.Errorf("field %s (%s): %w", path, t, err)
	}
	if t.Kind == types.Pointer {
		return td.discover(t.Elem, path)
	}
	if n, ok := td.nodes[t]; ok {
		return n, nil
	}
	n := &node{t: t}
	td.nodes[t] = n
	switch t.Kind {
	case types.Alias, types.Struct:
		path = t.Name.String()
		n.fnName = types.Name{Package: t.Name.Package, Name: "Validate_" + t.Name.Name}
	}
	switch t.Kind {
	case types.Alias:
		cn, err := td.child(t.Underlying, path)
		if err != nil {
			return nil, err
		}
		n.underlying = &child{t: t.Underlying, node: cn}
	case types.Struct:
		if err := td.fields(n, path); err != nil {
			return nil, err
		}
	case types.Slice:
		cn, err := td.child(t.Elem, path+"[vals]")
		if err != nil {
			return nil, err
		}
		n.elem = &child{t: t.Elem, node: cn}
	case types.Map:
		kn, err := td.child(t.Key, path+"[keys]")
		if err != nil {
			return nil, err
		}
		n.key = &child{t: t.Key, node: kn}
		en, err := td.child(t.Elem, path+"[vals]")
		if err != nil {
			return nil, err
		}
		n.elem = &child{t: t.Elem, node: en}
	}
	if t.Kind == types.Alias || t.Kind == types.Struct {
		src := markers.Source{Sym: markers.TypeSymbol(t, ""), Lines: t.CommentLines, Where: markers.Type}
		tgs, err := markers.ValidationTagsOf(src)
		if err != nil {
			return nil, err
		}
		v, err := tagVals(tagContext{scope: markers.Type, t: t, placePath: t.Name.String(), w: td.w}, tgs)
		if err != nil {
			return nil, at(src, err)
		}
		if !v.empty() {
			if nt := nonPointer(nativeType(t)); nt.Kind == types.Map && nt.Elem.Kind == types.Slice {
				return nil, fmt.Errorf("field %s: validation for map of slices is not supported", path)
			}
			n.typeVals.add(v)
		}
		n.typeVals.calls = append(n.typeVals.calls, n.unionCalls...)
		n.typeVals.vars = append(n.typeVals.vars, n.unionVars...)
		if t.Kind == types.Alias {
			if err := n.checkIterations(path); err != nil {
				return nil, err
			}
		}
		n.typeVals.settle()
	}
	return n, nil
}

// checkIterations refuses what needs list or map iteration, which
// kodegen does not generate yet, and reports upstream's errors for
// elements outside the input packages.
func (n *node) checkIterations(path string) error {
	nt := nonPointer(nativeType(n.t))
	switch nt.Kind {
	case types.Slice:
		en := n.elemNode()
		if en == nil && !n.typeVals.opaqueVal {
			return fmt.Errorf("%v: value type %v is in a non-included package; either add this package to validation-gen's --readonly-pkg flag, or add +k8s:eachVal=+k8s:opaqueType to the field to skip validation", path, nativeType(n.t).Elem)
		}
		if en != nil && !n.typeVals.opaqueVal && en.fnName.Name != "" {
			n.iterVal.calls = eachValCalls(n.t, typeListMeta(n.t), []call{iterateCall("iterateListValues", en.fnName)})
		}
	case types.Map:
		kn, en := n.keyNode(), n.elemNode()
		if kn == nil && !n.typeVals.opaqueKey {
			return fmt.Errorf("%v: key type %v is in a non-included package; either add this package to validation-gen's --readonly-pkg flag, or add +k8s:eachKey=+k8s:opaqueType to the field to skip validation", path, nativeType(n.t).Key)
		}
		if en == nil && !n.typeVals.opaqueVal {
			return fmt.Errorf("%v: value type %v is in a non-included package; either add this package to validation-gen's --readonly-pkg flag, or add +k8s:eachVal=+k8s:opaqueType to the field to skip validation", path, nativeType(n.t).Elem)
		}
		if kn != nil && !n.typeVals.opaqueKey && kn.fnName.Name != "" {
			n.iterKey.calls = eachKeyCalls(n.t, []call{iterateCall("iterateMapKeys", kn.fnName)})
		}
		if en != nil && !n.typeVals.opaqueVal && en.fnName.Name != "" {
			n.iterVal.calls = eachValCalls(n.t, nil, []call{iterateCall("iterateMapValues", en.fnName)})
		}
	}
	return nil
}

func (td *discoverer) fields(n *node, path string) error {
	unions := unionRegistry{}
	modes := modeStructs{}
	for _, m := range n.t.Members {
		if unicode.IsLower([]rune(m.Name)[0]) {
			continue
		}
		jsonName := ""
		if jt, ok := tags.LookupJSON(m); ok {
			jsonName = jt.Name
		}
		childPath := path + "." + m.Name
		if jsonName != "" {
			childPath = path + "." + jsonName
		}
		cn, err := td.child(m.Type, childPath)
		if err != nil {
			return err
		}
		c := &child{name: m.Name, json: jsonName, t: m.Type, node: cn}
		src := markers.MemberLines(n.t, m)
		tgs, err := markers.ValidationTagsOf(src)
		if err != nil {
			return err
		}
		v, err := tagVals(tagContext{scope: markers.Field, t: m.Type, member: &m, placePath: childPath,
			parentPath: path, parentType: n.t, unions: unions, modes: modes, w: td.w}, tgs)
		if err != nil {
			return at(src, err)
		}
		if !v.empty() {
			if nt := nonPointer(nativeType(m.Type)); nt.Kind == types.Map && nt.Elem.Kind == types.Slice {
				return fmt.Errorf("field %s: validation for map of slices is not supported", childPath)
			}
			c.fieldVals.add(v)
		}
		switch nonPointer(m.Type).Kind {
		case types.Struct, types.Alias:
			if c.node == nil && !c.fieldVals.opaque {
				return fmt.Errorf("%v: type %v is in a non-included package; either add this package to validation-gen's --readonly-pkg flag, or add +k8s:opaqueType to the field to skip validation", childPath, m.Type.String())
			} else if c.fieldVals.opaque {
				c.node = nil
			}
		}
		switch m.Type.Kind {
		case types.Slice:
			en := td.elemOf(c, m.Type.Elem)
			if en == nil && !c.fieldVals.opaqueVal {
				return fmt.Errorf("%v: value type %v is in a non-included package; either add this package to validation-gen's --readonly-pkg flag, or add +k8s:eachVal=+k8s:opaqueType to the field to skip validation", childPath, m.Type.Elem.String())
			}
			if en != nil && !c.fieldVals.opaqueVal && en.fnName.Name != "" {
				lm, _ := collectListMeta(m.Type, tgs)
				if lm == nil {
					lm = typeListMeta(m.Type)
				}
				c.iterVal.calls = eachValCalls(m.Type, lm, []call{iterateCall("iterateListValues", en.fnName)})
			}
		case types.Map:
			kn := td.keyOf(c, m.Type.Key)
			if kn != nil && !c.fieldVals.opaqueKey && kn.fnName.Name != "" {
				c.iterKey.calls = eachKeyCalls(m.Type, []call{iterateCall("iterateMapKeys", kn.fnName)})
			}
			if kn == nil && !c.fieldVals.opaqueKey {
				return fmt.Errorf("%v: key type %v is in a non-included package; either add this package to validation-gen's --readonly-pkg flag, or add +k8s:eachKey=+k8s:opaqueType to the field to skip validation", childPath, m.Type.Key.String())
			}
			en := td.elemOf(c, m.Type.Elem)
			if en != nil && !c.fieldVals.opaqueVal && en.fnName.Name != "" {
				c.iterVal.calls = eachValCalls(m.Type, nil, []call{iterateCall("iterateMapValues", en.fnName)})
			}
			if en == nil && !c.fieldVals.opaqueVal {
				return fmt.Errorf("%v: value type %v is in a non-included package; either add this package to validation-gen's --readonly-pkg flag, or add +k8s:eachVal=+k8s:opaqueType to the field to skip validation", childPath, m.Type.Elem.String())
			}
		}
		n.fields = append(n.fields, c)
	}
	// union members' calls belong to the struct, after its own
	// immediate validations (upstream's ParentContext)
	// +k8s:ifMode rules take the level of their placeholder
	for _, c := range n.fields {
		for _, cl := range append(slices.Clone(c.fieldVals.calls), c.fieldVals.late...) {
			if m, lvl := modeRefOf(cl); m != nil {
				m.rule.level = lvl
			}
		}
	}
	for _, c := range n.fields {
		for _, l := range []*[]call{&c.fieldVals.calls, &c.fieldVals.late} {
			kept, taken, err := unions.takeParent(*l, &n.unionVars, modes)
			if err != nil {
				return fmt.Errorf("field %s: %w", c.name, err)
			}
			*l = kept
			n.unionCalls = append(n.unionCalls, taken...)
		}
		c.fieldVals.settle()
	}
	return nil
}

func (td *discoverer) elemOf(c *child, elem *types.Type) *node {
	if c.node != nil && c.node.elem != nil {
		return c.node.elem.node
	}
	return td.nodes[elem]
}

func (td *discoverer) keyOf(c *child, key *types.Type) *node {
	if c.node != nil && c.node.key != nil {
		return c.node.key.node
	}
	return td.nodes[key]
}

// supported refuses the shapes upstream refuses.
func supported(t *types.Type) error {
	switch t.Kind {
	case types.Builtin, types.Struct, types.Interface:
	case types.Alias:
		if t.Underlying.Kind == types.Pointer {
			return errors.New("typedefs to pointers are not supported")
		}
	case types.Pointer:
		switch nativeType(t.Elem).Kind {
		case types.Pointer:
			return errors.New("pointers to pointers are not supported")
		case types.Slice, types.Array:
			return errors.New("pointers to lists are not supported")
		case types.Map:
			return errors.New("pointers to maps are not supported")
		}
	case types.Array:
		return errors.New("fixed-size arrays are not supported")
	case types.Slice:
		switch e := nativeType(t.Elem); e.Kind {
		case types.Slice:
			if nativeType(e.Elem) != types.Byte {
				return errors.New("lists of lists are not supported")
			}
		case types.Map:
			return errors.New("lists of maps are not supported")
		}
	case types.Map:
		if nativeType(t.Key) != types.String {
			return errors.New("maps with non-string keys are not supported")
		}
		switch nativeType(t.Elem).Kind {
		case types.Pointer:
			return errors.New("maps of pointers are not supported")
		case types.Map:
			return errors.New("maps of maps are not supported")
		}
	default:
		return fmt.Errorf("kind %v is not supported", t.Kind)
	}
	return nil
}
