// Package apilint implements upstream's --lint-rules checks of an API
// package's doc.go tags (k8s.io/code-generator/pkg/apidefinitions), shared
// by the generators that accept the flag.
//
//   - known-tags-only: every +k8s:*-gen tag in doc.go is one a generator knows.
//   - require-explicit-disablement: an API package names every generator it
//     typically needs, enabled or explicitly false.
package apilint

import (
	"errors"
	"fmt"
	"maps"
	"path"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// The rules, by their flag names.
const (
	KnownTagsOnly       = "known-tags-only"
	ExplicitDisablement = "require-explicit-disablement"
)

// Rules are the accepted rule names.
var Rules = []string{KnownTagsOnly, ExplicitDisablement}

// Validate checks the values of --lint-rules.
func Validate(rules []string) error {
	var errs []error
	for _, r := range rules {
		if r != KnownTagsOnly && r != ExplicitDisablement {
			errs = append(errs, fmt.Errorf("--lint-rules: unrecognized rule %q: want %s or %s", r, KnownTagsOnly, ExplicitDisablement))
		}
	}
	return errors.Join(errs...)
}

// Check runs rules on pkg and returns every violation.
func Check(pkg *types.Package, rules []string) error {
	var errs []error
	for _, r := range rules {
		switch r {
		case KnownTagsOnly:
			errs = append(errs, knownTagsOnly(pkg))
		case ExplicitDisablement:
			errs = append(errs, explicitDisablement(pkg))
		}
	}
	return errors.Join(errs...)
}

// generator tags: activation tag, its value hint, and the tags it owns.
type genTags struct {
	activation string
	hint       string
	input      string
	aux        []string
}

var (
	conversion = genTags{activation: markers.ConversionGen.Name, hint: "peer-package or false", input: markers.ConversionExternal.Name}
	defaulter  = genTags{activation: markers.DefaulterGen.Name, hint: "TypeMeta or false", input: markers.DefaulterGenInput.Name}
	validation = genTags{activation: markers.ValidationGen.Name, hint: "TypeMeta or false", input: markers.ValidationGenInput.Name,
		aux: names(markers.ValidationGenAux)}
	deepcopy = genTags{activation: markers.DeepcopyGen.Name, hint: "package or false"}
	// known is upstream's table of generator tags, from the declarations.
	known = []genTags{
		conversion, defaulter, validation, deepcopy,
		{activation: markers.PrereleaseLifecycleGen.Name}, {activation: markers.RegisterGen.Name},
		{activation: markers.OpenAPIGen.Name, input: markers.OpenAPIModelPackage.Name}, {activation: markers.ProtobufGen.Name},
		{activation: markers.ClientGen.Name, aux: append(names(markers.GenclientDefs()), markers.GroupGoName.Name)},
		{activation: markers.ApplyconfigGen.Name}, {activation: markers.InformerGen.Name}, {activation: markers.ListerGen.Name},
	}
)

func names(defs []markers.Def) []string {
	out := make([]string, len(defs))
	for i, d := range defs {
		out[i] = d.Name
	}
	return out
}

func knownTags() map[string]bool {
	out := map[string]bool{}
	for _, g := range known {
		out[g.activation] = true
		if g.input != "" {
			out[g.input] = true
		}
		for _, a := range g.aux {
			out[a] = true
		}
	}
	return out
}

func knownTagsOnly(pkg *types.Package) error {
	all := knownTags()
	var unknown []string
	for name := range codetags.Extract("+", pkg.Comments) {
		if !strings.HasPrefix(name, "k8s:") || !strings.Contains(name, "-gen") {
			continue
		}
		base := name
		if i := strings.Index(name[len("k8s:"):], ":"); i >= 0 {
			base = name[:len("k8s:")+i]
		}
		if !all[base] {
			unknown = append(unknown, "+"+name)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	sort.Strings(unknown)
	names := slices.Sorted(maps.Keys(all))
	return fmt.Errorf("%s/doc.go: unrecognized +k8s: tag(s): %s\nrecognized generator tags: %s",
		pkg.Dir, strings.Join(unknown, ", "), strings.Join(names, ", "))
}

func explicitDisablement(pkg *types.Package) error {
	if !looksLikeAPI(pkg) {
		return nil
	}
	tagged := codetags.Extract("+", pkg.Comments)
	external := hasInlineTypeMeta(pkg)
	var expected []genTags
	var role string
	switch {
	case isVersion(pkg.Path) && external:
		expected, role = []genTags{deepcopy}, "package containing versioned API types"
	case isVersion(pkg.Path) && (has(tagged, defaulter) || has(tagged, validation)):
		expected = []genTags{conversion, defaulter, validation}
		role = "package containing per-version internals (conversion, defaulting, validation)"
		if parent := path.Dir(pkg.Dir); parent != "" && parent != "." && parent != "/" {
			role += " for hub types at " + parent
		}
	default:
		return nil
	}
	var missing []genTags
	for _, g := range expected {
		if _, ok := tagged[g.activation]; !ok {
			missing = append(missing, g)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s/doc.go: this package looks like: %s.\n", pkg.Dir, role)
	b.WriteString("Set explicit configuration or disablement for these generators in doc.go:")
	for _, g := range missing {
		fmt.Fprintf(&b, "\n  +%s=<%s>", g.activation, g.hint)
	}
	return errors.New(b.String())
}

func has(tagged map[string][]string, g genTags) bool {
	if _, ok := tagged[g.activation]; ok {
		return true
	}
	_, ok := tagged[g.input]
	return ok
}

func looksLikeAPI(pkg *types.Package) bool {
	all := knownTags()
	for name := range codetags.Extract("+", pkg.Comments) {
		if name == markers.GroupName.Name || all[name] {
			return true
		}
	}
	return false
}

func hasInlineTypeMeta(pkg *types.Package) bool {
	for _, t := range pkg.Types {
		for _, m := range t.Members {
			if m.Name != "TypeMeta" || !m.Embedded {
				continue
			}
			tag, ok := reflect.StructTag(m.Tags).Lookup("json")
			if ok && strings.Split(tag, ",")[0] == "" {
				return true
			}
		}
	}
	return false
}

var versionRE = regexp.MustCompile(`^v\d+([a-z]+\d+)?$`)

func isVersion(p string) bool { return p != "" && versionRE.MatchString(path.Base(p)) }
