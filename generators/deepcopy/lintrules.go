package deepcopy

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

// generatorTags are the package markers of upstream's API generators
// that --lint-rules=known-tags-only accepts.
var generatorTags = []string{
	"genclient", "genclient:method", "genclient:noStatus", "genclient:noVerbs",
	"genclient:nonNamespaced", "genclient:onlyVerbs", "genclient:readonly", "genclient:skipVerbs",
	"groupGoName",
	"k8s:applyconfiguration-gen", "k8s:client-gen",
	"k8s:conversion-gen", "k8s:conversion-gen-external-types",
	"k8s:deepcopy-gen", "k8s:defaulter-gen", "k8s:defaulter-gen-input",
	"k8s:informer-gen", "k8s:lister-gen", "k8s:openapi-gen", "k8s:openapi-model-package",
	"k8s:prerelease-lifecycle-gen", "k8s:protobuf-gen", "k8s:register-gen",
	"k8s:validation-gen", "k8s:validation-gen-input", "k8s:validation-gen-nolint",
	"k8s:validation-gen-scheme-registry", "k8s:validation-gen-test-fixture", "k8s:validation-gen-test-targets",
}

// lintPackage applies the --lint-rules to pkg's package markers.
func lintPackage(rules []string, pkg *types.Package, lines []string) error {
	tags := codetags.Extract("+", lines)
	for _, r := range rules {
		var err error
		switch r {
		case LintKnownTagsOnly:
			err = lintKnownTags(pkg, tags)
		case LintExplicitDisablement:
			err = lintExplicit(pkg, tags)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func lintKnownTags(pkg *types.Package, tags map[string][]string) error {
	var unknown []string
	for name := range tags {
		if !strings.HasPrefix(name, "k8s:") || !strings.Contains(name, "-gen") {
			continue
		}
		base := name
		if i := strings.Index(name[len("k8s:"):], ":"); i >= 0 {
			base = name[:len("k8s:")+i]
		}
		if !slices.Contains(generatorTags, base) {
			unknown = append(unknown, "+"+name)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	sort.Strings(unknown)
	return fmt.Errorf("%s: --lint-rules=%s: unknown generator marker(s) %s; known: %s",
		pkg.Path, LintKnownTagsOnly, strings.Join(unknown, ", "), strings.Join(generatorTags, ", "))
}

var versionDir = regexp.MustCompile(`^v\d+([a-z]+\d+)?$`)

// lintExplicit requires a package that looks like an API version to say
// whether deepcopy-gen runs, and one that looks like the per-version
// internals of a hub to say whether conversion, defaulter and validation
// generators run.
func lintExplicit(pkg *types.Package, tags map[string][]string) error {
	if !looksLikeAPI(tags) || !versionDir.MatchString(path.Base(pkg.Path)) {
		return nil
	}
	var want []string
	switch {
	case servesTypeMeta(pkg):
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
	return fmt.Errorf("%s: --lint-rules=%s: this looks like an API package; say in doc.go whether these generators run: %s",
		pkg.Path, LintExplicitDisablement, strings.Join(missing, ", "))
}

func looksLikeAPI(tags map[string][]string) bool {
	if has(tags, "groupName") {
		return true
	}
	for _, t := range generatorTags {
		if has(tags, t) {
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

// servesTypeMeta reports whether a struct of pkg embeds TypeMeta inline
// in JSON: the mark of a versioned (served) API package.
func servesTypeMeta(pkg *types.Package) bool {
	for _, t := range pkg.Types {
		for _, m := range t.Members {
			if !m.Embedded || m.Name != "TypeMeta" {
				continue
			}
			if tag, ok := reflect.StructTag(m.Tags).Lookup("json"); ok && strings.Split(tag, ",")[0] == "" {
				return true
			}
		}
	}
	return false
}

// sortedTypeNames returns the names of pkg's types, sorted.
func sortedTypeNames(pkg *types.Package) []string {
	names := make([]string, 0, len(pkg.Types))
	for name := range pkg.Types {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}
