package lister

import (
	"fmt"
	"path"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/gengo/v2/types"
)

// generatorMarkers are the package markers of the API generators upstream
// knows; --lint-rules=known-tags-only rejects any other +k8s:…-gen marker.
var generatorMarkers = []string{
	"genclient", "genclient:method", "genclient:noStatus", "genclient:noVerbs",
	"genclient:nonNamespaced", "genclient:onlyVerbs", "genclient:readonly", "genclient:skipVerbs",
	"groupGoName",
	"k8s:applyconfiguration-gen", "k8s:client-gen",
	"k8s:conversion-gen", "k8s:conversion-gen-external-types",
	"k8s:deepcopy-gen", "k8s:defaulter-gen", "k8s:defaulter-gen-input",
	"k8s:informer-gen", "k8s:lister-gen",
	"k8s:openapi-gen", "k8s:openapi-model-package",
	"k8s:prerelease-lifecycle-gen", "k8s:protobuf-gen", "k8s:register-gen",
	"k8s:validation-gen", "k8s:validation-gen-input", "k8s:validation-gen-nolint",
	"k8s:validation-gen-scheme-registry", "k8s:validation-gen-test-fixture",
	"k8s:validation-gen-test-targets",
}

// Lint applies the --lint-rules checks to the package markers of p.
func Lint(p *types.Package, rules []string) error {
	for _, r := range rules {
		var err error
		switch r {
		case LintKnownTagsOnly:
			err = lintKnownTags(p)
		case LintExplicitDisablement:
			err = lintExplicitDisablement(p)
		default:
			err = ValidateLintRules([]string{r})
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func lintKnownTags(p *types.Package) error {
	var unknown []string
	for name := range codetags.Extract("+", p.Comments) {
		if !strings.HasPrefix(name, "k8s:") || !strings.Contains(name, "-gen") {
			continue
		}
		base := name
		if i := strings.Index(name[len("k8s:"):], ":"); i >= 0 {
			base = name[:len("k8s:")+i]
		}
		if !slices.Contains(generatorMarkers, base) {
			unknown = append(unknown, "+"+name)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	sort.Strings(unknown)
	return fmt.Errorf("%s: unknown generator marker(s) %s (--lint-rules=%s); the known ones are %s",
		p.Path, strings.Join(unknown, ", "), LintKnownTagsOnly, strings.Join(generatorMarkers, ", "))
}

var versionRE = regexp.MustCompile(`^v\d+([a-z]+\d+)?$`)

func lintExplicitDisablement(p *types.Package) error {
	tags := codetags.Extract("+", p.Comments)
	if !looksLikeAPI(p, tags) || !versionRE.MatchString(path.Base(p.Path)) {
		return nil
	}
	var want []string
	switch {
	case hasInlineTypeMeta(p):
		want = []string{"k8s:deepcopy-gen=<package or false>"}
	case has(tags, "k8s:defaulter-gen", "k8s:defaulter-gen-input", "k8s:validation-gen", "k8s:validation-gen-input"):
		want = []string{"k8s:conversion-gen=<peer-package or false>", "k8s:defaulter-gen=<TypeMeta or false>", "k8s:validation-gen=<TypeMeta or false>"}
	}
	var missing []string
	for _, w := range want {
		if name, _, _ := strings.Cut(w, "="); !has(tags, name) {
			missing = append(missing, "+"+w)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	return fmt.Errorf("%s: --lint-rules=%s: say in doc.go whether these generators run: %s",
		p.Path, LintExplicitDisablement, strings.Join(missing, ", "))
}

func looksLikeAPI(p *types.Package, tags map[string][]string) bool {
	if has(tags, "groupName") {
		return true
	}
	for name := range tags {
		if slices.Contains(generatorMarkers, name) {
			return true
		}
	}
	return false
}

func has(tags map[string][]string, names ...string) bool {
	for _, n := range names {
		if _, ok := tags[n]; ok {
			return true
		}
	}
	return false
}

func hasInlineTypeMeta(p *types.Package) bool {
	for _, t := range p.Types {
		for _, m := range t.Members {
			if m.Name != "TypeMeta" || !m.Embedded {
				continue
			}
			if tag, ok := reflect.StructTag(m.Tags).Lookup("json"); ok && strings.Split(tag, ",")[0] == "" {
				return true
			}
		}
	}
	return false
}
