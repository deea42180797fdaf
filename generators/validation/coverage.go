package validation

import (
	"cmp"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
	"sigs.k8s.io/yaml"

	"github.com/kodegen/kodegen/internal/markers"
)

// Declarative-validation coverage: for every root type, the field errors
// its generated validation can report (the error type and origin at each
// field path), registered with k8s.io/apimachinery/pkg/test/coverage by a
// test file, so that the package's tests fail when a declared rule is never
// exercised. Upstream writes it into a package with
// +k8s:validation-gen-test-targets (<output-file>_coverage_test.go), and,
// with --test-output-root, into one test package per Kind
// (<root>/<group>/<kind>/<prefix><version>_test.go and <prefix>main_test.go).

// Error types of k8s.io/apimachinery/pkg/util/validation/field.
const (
	errRequired     = "FieldValueRequired"
	errForbidden    = "FieldValueForbidden"
	errInvalid      = "FieldValueInvalid"
	errDuplicate    = "FieldValueDuplicate"
	errNotSupported = "FieldValueNotSupported"
	errTooLong      = "FieldValueTooLong"
	errTooShort     = "FieldValueTooShort"
	errTooMany      = "FieldValueTooMany"
	errTooFew       = "FieldValueTooFew"
)

// emission is one field error a validation call reports when it fails,
// upstream's validators.Emission: frag is the path below the place the
// call validates ("[*]" for an item, ".name" for a sibling).
type emission struct {
	typ, origin, frag string
}

// rule is one declared error at a field path.
type rule struct {
	errorType, origin string
}

// fieldRules maps a field path ("" for the type itself) to its rules.
type fieldRules map[string][]rule

// limitEmissions are the errors of the size and range validations, by
// function (upstream declares them where it makes each call).
var limitEmissions = map[string]emission{
	"MaxLength":     {errTooLong, "maxLength", ""},
	"MaxBytes":      {errTooLong, "maxBytes", ""},
	"MinLength":     {errTooShort, "minLength", ""},
	"MinItems":      {errTooFew, "minItems", ""},
	"MaxItems":      {errTooMany, "maxItems", ""},
	"MinProperties": {errTooFew, "minProperties", ""},
	"MaxProperties": {errTooMany, "maxProperties", ""},
	"Minimum":       {errInvalid, "minimum", ""},
	"Maximum":       {errInvalid, "maximum", ""},
	"NEQ":           {errInvalid, "neq", ""},
	"Immutable":     {errInvalid, "immutable", ""},
	"Enum":          {errNotSupported, "", ""},
}

// emissions are the errors c reports itself (none for a call that only
// wraps others, calls a Validate_ function, or reports nothing).
func emissions(c call) []emission {
	if c.fn.Package != validatePkg {
		return nil
	}
	name := c.fn.Name
	if e, ok := limitEmissions[name]; ok {
		return []emission{e}
	}
	for payload, fn := range formats {
		if fn == name && c.tag == markers.VFormat.Name {
			return []emission{{errInvalid, "format=" + payload, ""}}
		}
	}
	switch name {
	case "RequiredValue", "RequiredPointer", "RequiredSlice", "RequiredMap":
		return []emission{{errRequired, "", ""}}
	case "ForbiddenValue", "ForbiddenPointer", "ForbiddenSlice", "ForbiddenMap":
		return []emission{{errForbidden, "", ""}}
	case "FixedResult":
		if len(c.args) > 0 && c.args[0] == false {
			return []emission{{errInvalid, "validateFalse", ""}}
		}
	case "ValSliceUnique", "PtrSliceUnique":
		return []emission{{errDuplicate, "", "[*]"}}
	case "Union", "DiscriminatedUnion":
		// the origin is the word, not the +union marker
		return []emission{{errInvalid, strings.ToLower("Union"), ""}}
	case "ZeroOrOneOfUnion":
		return []emission{{errInvalid, "zeroOrOneOf", ""}}
	case "DependentRequired", "DependentForbidden":
		typ, origin := errRequired, "dependentRequired"
		if name == "DependentForbidden" {
			typ, origin = errForbidden, "dependentForbidden"
		}
		dep, _ := c.args[2].(string)
		return []emission{{typ, origin, "." + dep}}
	case "UpdateValueByCompare", "UpdateValueByReflect", "UpdatePointer", "UpdateStruct":
		return []emission{{errInvalid, "update", ""}}
	case "ValSliceUpdate", "PtrSliceUpdate", "UpdateMap":
		return updateEmissions(c.args, name == "UpdateMap")
	}
	return nil
}

// updateEmissions are a list or map +k8s:update's errors, by constraint.
func updateEmissions(args []any, isMap bool) []emission {
	var invalid, add, remove bool
	for _, a := range args {
		n, ok := a.(types.Name)
		if !ok || n.Package != validatePkg {
			continue
		}
		switch n.Name {
		case "NoSet", "NoUnset":
			invalid = true
		case "NoAddItem":
			add = true
		case "NoRemoveItem":
			remove = true
		}
	}
	var out []emission
	if invalid {
		out = append(out, emission{errInvalid, "update", ""})
	}
	if add || remove && isMap {
		out = append(out, emission{errForbidden, "update", "[*]"})
	}
	if remove && !isMap {
		out = append(out, emission{errForbidden, "update", ""})
	}
	return out
}

// record adds the rules of c at base: its own errors, else those of the
// calls it wraps (directly, not those inside composite literals), below
// the path steps the wrappers add.
func (r fieldRules) record(base string, c call, suffix string) {
	if es := emissions(c); len(es) > 0 {
		for _, e := range es {
			p := base + suffix + e.frag
			r[p] = append(r[p], rule{e.typ, e.origin})
		}
		return
	}
	for _, a := range c.args {
		switch w := a.(type) {
		case wrapper:
			r.record(base, w.call, suffix+w.frag)
		case multiWrapper:
			for _, inner := range w.calls {
				r.record(base, inner, suffix+w.frag)
			}
		}
	}
}

func (r fieldRules) recordAll(path string, v vals) {
	for _, c := range v.calls {
		r.record(path, c, "")
	}
}

// collectRules walks n's type graph as upstream's collectRules: the
// rules of the type, its fields, values and keys, by JSON path, stopping
// at opaque types and breaking cycles.
func collectRules(n *node) fieldRules {
	if n == nil {
		return nil
	}
	rules := fieldRules{}
	seen := map[*node]bool{}
	var walkNode func(n *node, path string, skipElem, skipKey bool)
	var walkChild func(c *child, path string, skipElem, skipKey bool)
	walkNode = func(n *node, path string, skipElem, skipKey bool) {
		if n == nil || seen[n] {
			return
		}
		seen[n] = true
		defer delete(seen, n)
		rules.recordAll(path, n.typeVals)
		if n.typeVals.opaque {
			return
		}
		skipElem = skipElem || n.typeVals.opaqueVal
		skipKey = skipKey || n.typeVals.opaqueKey
		rules.recordAll(joinPath(path, "[*]"), n.iterVal)
		rules.recordAll(path, n.iterKey)
		for _, f := range n.fields {
			walkChild(f, joinPath(path, f.json), false, false)
		}
		if n.elem != nil && !skipElem {
			walkChild(n.elem, joinPath(path, "[*]"), false, false)
		}
		if n.key != nil && !skipKey {
			walkChild(n.key, path, false, false)
		}
		if n.underlying != nil {
			walkChild(n.underlying, path, skipElem, skipKey)
		}
	}
	walkChild = func(c *child, path string, skipElem, skipKey bool) {
		if c == nil {
			return
		}
		rules.recordAll(path, c.fieldVals)
		rules.recordAll(joinPath(path, "[*]"), c.iterVal)
		rules.recordAll(path, c.iterKey)
		if c.fieldVals.opaque {
			return
		}
		skipElem = skipElem || c.fieldVals.opaqueVal
		skipKey = skipKey || c.fieldVals.opaqueKey
		walkNode(c.node, path, skipElem, skipKey)
	}
	walkNode(n, "", false, false)
	return rules
}

// joinPath appends a JSON name or an item step to a field path; an empty
// name (an embedded struct's) adds nothing.
func joinPath(base, seg string) string {
	switch {
	case seg == "":
		return base
	case base == "":
		return seg
	case strings.HasPrefix(seg, "["):
		return base + seg
	}
	return base + "." + seg
}

// report is one Kind's rules in one version.
type report struct {
	group, version, kind string
	rules                fieldRules
}

// apiVersion matches Kubernetes API version package names.
var apiVersion = regexp.MustCompile(`^v\d+(alpha\d+|beta\d+)?$`)

// packageReports are the reports of plan's root types with rules, named
// as upstream does for the per-package coverage file (group: the
// package path, version: the package name).
func packageReports(plan *pkgPlan, td *discoverer) []*report {
	var out []*report
	for _, t := range plan.roots {
		rules := collectRules(td.nodes[t])
		if len(rules) == 0 {
			continue
		}
		out = append(out, &report{group: plan.pkg.Path, version: plan.pkg.Name, kind: t.Name.Name, rules: rules})
	}
	return out
}

// kindReports adds the reports of plan's root types to byKind, named for
// the per-Kind test packages: the group is the types package's
// GroupName constant (else its path), the version its name when it is an
// API version (else "", and the Kind gets no test package).
func kindReports(typesPkg *types.Package, plan *pkgPlan, td *discoverer, byKind map[[2]string][]*report) {
	group := typesPkg.Path
	if c, ok := typesPkg.Constants["GroupName"]; ok && c.ConstValue != nil {
		group = *c.ConstValue
	}
	version := ""
	if apiVersion.MatchString(typesPkg.Name) {
		version = typesPkg.Name
	}
	for _, t := range plan.roots {
		rules := collectRules(td.nodes[t])
		if len(rules) == 0 {
			continue
		}
		k := [2]string{group, t.Name.Name}
		byKind[k] = append(byKind[k], &report{group: group, version: version, kind: t.Name.Name, rules: rules})
	}
}

// allowEntry is one --test-allowlist entry: a rule it leaves out of the
// per-Kind test packages. Every field is required; "*" matches anything
// (but apiVersion, which matches literally).
type allowEntry struct {
	APIVersion string `json:"apiVersion"`
	Kind       string `json:"kind"`
	Path       string `json:"path"`
	ErrorType  string `json:"errorType"`
	Origin     string `json:"origin"`
	Reason     string `json:"reason"`
}

func (e allowEntry) matches(group, version, kind, path string, r rule) bool {
	g, v := "", e.APIVersion
	if i := strings.IndexByte(e.APIVersion, '/'); i >= 0 {
		g, v = e.APIVersion[:i], e.APIVersion[i+1:]
	}
	wild := func(pattern, s string) bool { return pattern == "*" || pattern == s }
	return g == group && v == version && wild(e.Kind, kind) && wild(e.Path, path) &&
		wild(e.ErrorType, r.errorType) && wild(e.Origin, r.origin)
}

// parseAllowlist reads the YAML list of a --test-allowlist file.
func parseAllowlist(name string, data []byte) ([]allowEntry, error) {
	var entries []allowEntry
	if err := yaml.Unmarshal(data, &entries); err != nil {
		return nil, fmt.Errorf("--test-allowlist %s: %w", name, err)
	}
	for i, e := range entries {
		for _, f := range []struct{ name, val string }{
			{"apiVersion", e.APIVersion}, {"kind", e.Kind}, {"path", e.Path},
			{"errorType", e.ErrorType}, {"origin", e.Origin}, {"reason", e.Reason},
		} {
			if strings.TrimSpace(f.val) == "" {
				return nil, fmt.Errorf("--test-allowlist %s: entry %d: %s is required (use %q to match anything)", name, i, f.name, "*")
			}
		}
	}
	return entries, nil
}

// filterReports drops the allowlisted rules, and the reports left with none.
func filterReports(reports []*report, allow []allowEntry) []*report {
	if len(allow) == 0 {
		return reports
	}
	var out []*report
	for _, r := range reports {
		kept := fieldRules{}
		for path, rs := range r.rules {
			for _, ru := range rs {
				if slices.ContainsFunc(allow, func(e allowEntry) bool { return e.matches(r.group, r.version, r.kind, path, ru) }) {
					continue
				}
				kept[path] = append(kept[path], ru)
			}
		}
		if len(kept) > 0 {
			out = append(out, &report{group: r.group, version: r.version, kind: r.kind, rules: kept})
		}
	}
	return out
}

// kindTargets are the per-Kind test packages under root: one
// <prefix><version>_test.go per version and a <prefix>main_test.go.
func kindTargets(root, prefix string, byKind map[[2]string][]*report, allow []allowEntry, header []byte) []generator.Target {
	keys := make([][2]string, 0, len(byKind))
	for k := range byKind {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b [2]string) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	var out []generator.Target
	for _, k := range keys {
		reports := byKind[k]
		first := reports[0]
		if first.version == "" {
			continue
		}
		if reports = filterReports(reports, allow); len(reports) == 0 {
			continue
		}
		kind := strings.ToLower(first.kind)
		group := first.group
		if group == "" {
			group = "core"
		}
		dir := filepath.Join(root, strings.Split(group, ".")[0], kind)
		var gens []generator.Generator
		var versions []string
		for _, r := range reports {
			gens = append(gens, newCoverageFile(dir, prefix+r.version+"_test.go", []*report{r}, false, nil))
			versions = append(versions, r.version)
		}
		gens = append(gens, newCoverageFile(dir, prefix+"main_test.go", nil, true, versions))
		out = append(out, &generator.SimpleTarget{
			PkgName:        kind,
			PkgPath:        dir,
			PkgDir:         dir,
			HeaderComment:  header,
			GeneratorsFunc: func(*generator.Context) []generator.Generator { return gens },
		})
	}
	return out
}

// The symbols coverage files name.
var (
	schemaSyms   = names("k8s.io/apimachinery/pkg/runtime/schema", "GroupVersionKind")
	coverageSyms = names("k8s.io/apimachinery/pkg/test/coverage", "RegisterDeclaredRules", "FieldRules", "AssertDeclarativeCoverage")
	osSyms       = names("os", "Stderr", "Exit")
	testingSyms  = names("testing", "M")
)

// coverageFile registers reports' rules (an init per report) and, with
// main, runs the tests and then the coverage assertion (TestMain).
type coverageFile struct {
	generator.GoGenerator
	pkg      string
	imports  namer.ImportTracker
	reports  []*report
	main     bool
	versions []string
}

func newCoverageFile(pkg, name string, reports []*report, main bool, versions []string) *coverageFile {
	return &coverageFile{
		GoGenerator: generator.GoGenerator{OutputFilename: name},
		pkg:         pkg,
		imports:     generator.NewImportTrackerForPackage(pkg),
		reports:     reports,
		main:        main,
		versions:    versions,
	}
}

func (g *coverageFile) Namers(*generator.Context) namer.NameSystems {
	return namer.NameSystems{"raw": namer.NewRawNamer(g.pkg, g.imports)}
}

func (g *coverageFile) Imports(*generator.Context) []string { return g.imports.ImportLines() }

func (g *coverageFile) Filter(*generator.Context, *types.Type) bool { return false }

func (g *coverageFile) Init(c *generator.Context, w io.Writer) error {
	sw := generator.NewSnippetWriter(w, c, "$", "$")
	args := generator.Args{"schema": schemaSyms, "coverage": coverageSyms, "os": osSyms, "testing": testingSyms, "fmt": fmtSyms}
	for _, r := range g.reports {
		a := args.WithArgs(generator.Args{"group": strconv.Quote(r.group), "version": strconv.Quote(r.version), "kind": strconv.Quote(r.kind)})
		sw.Do("func init() {\n", nil)
		sw.Do("    $.coverage.RegisterDeclaredRules|raw$(\n", a)
		sw.Do("        $.schema.GroupVersionKind|raw${Group: $.group$, Version: $.version$, Kind: $.kind$},\n", a)
		sw.Do("        $.coverage.FieldRules|raw${\n", a)
		paths := make([]string, 0, len(r.rules))
		for p := range r.rules {
			paths = append(paths, p)
		}
		slices.Sort(paths)
		for _, p := range paths {
			rs := slices.Clone(r.rules[p])
			slices.SortFunc(rs, func(a, b rule) int {
				return cmp.Or(cmp.Compare(a.errorType, b.errorType), cmp.Compare(a.origin, b.origin))
			})
			sw.Do("            $.$: {\n", strconv.Quote(p))
			for _, ru := range rs {
				if ru.origin != "" {
					sw.Do("                {ErrorType: $.t$, Origin: $.o$},\n", generator.Args{"t": strconv.Quote(ru.errorType), "o": strconv.Quote(ru.origin)})
				} else {
					sw.Do("                {ErrorType: $.$},\n", strconv.Quote(ru.errorType))
				}
			}
			sw.Do("            },\n", nil)
		}
		sw.Do("        },\n    )\n}\n\n", nil)
	}
	if g.main {
		if len(g.versions) > 0 {
			vs := slices.Clone(g.versions)
			slices.Sort(vs)
			quoted := make([]string, len(vs))
			for i, v := range vs {
				quoted[i] = strconv.Quote(v)
			}
			sw.Do("var apiVersions = []string{$.$}\n\n", strings.Join(quoted, ", "))
		}
		sw.Do("func TestMain(m *$.testing.M|raw$) {\n", args)
		sw.Do("    code := m.Run()\n", nil)
		sw.Do("    if err := $.coverage.AssertDeclarativeCoverage|raw$(); err != nil {\n", args)
		sw.Do("        $.fmt.Fprintln|raw$($.os.Stderr|raw$, err)\n", args)
		sw.Do("        if code == 0 {\n            code = 1\n        }\n    }\n", nil)
		sw.Do("    $.os.Exit|raw$(code)\n}\n", args)
	}
	return sw.Error()
}
