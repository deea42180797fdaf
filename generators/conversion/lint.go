package conversion

import (
	"fmt"
	"path"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// generatorTags are the doc.go tags of code-generator's generators, as
// --lint-rules=known-tags-only knows them.
var generatorTags = []string{
	"k8s:applyconfiguration-gen", "k8s:client-gen", "k8s:conversion-gen", "k8s:conversion-gen-external-types",
	"k8s:deepcopy-gen", "k8s:defaulter-gen", "k8s:defaulter-gen-input", "k8s:informer-gen", "k8s:lister-gen",
	"k8s:openapi-gen", "k8s:openapi-model-package", "k8s:prerelease-lifecycle-gen", "k8s:protobuf-gen",
	"k8s:register-gen", "k8s:validation-gen", "k8s:validation-gen-input", "k8s:validation-gen-nolint",
	"k8s:validation-gen-scheme-registry", "k8s:validation-gen-test-fixture", "k8s:validation-gen-test-targets",
}

var tagName = regexp.MustCompile(`^\s*\+([A-Za-z0-9_.:/-]+)`)

// docTags are the names of the +tags in a package's doc comments.
func docTags(pkg *types.Package) []string {
	var names []string
	for _, line := range pkg.Comments {
		if m := tagName.FindStringSubmatch(line); m != nil {
			names = append(names, m[1])
		}
	}
	return names
}

// lintPackage applies the --lint-rules to pkg's doc.go tags.
func lintPackage(pkg *types.Package, rules []string) error {
	for _, r := range rules {
		var err error
		switch r {
		case LintKnownTagsOnly:
			err = lintKnownTags(pkg)
		case LintExplicitDisablement:
			err = lintExplicitDisablement(pkg)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func lintKnownTags(pkg *types.Package) error {
	var unknown []string
	for _, name := range docTags(pkg) {
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
	slices.Sort(unknown)
	return fmt.Errorf("%s: --lint-rules=%s: unrecognized tag(s) %s; known generator tags: %s",
		pkg.Path, LintKnownTagsOnly, strings.Join(slices.Compact(unknown), ", "), strings.Join(generatorTags, ", "))
}

var versionDir = regexp.MustCompile(`^v\d+([a-z]+\d+)?$`)

// lintExplicitDisablement requires a per-version internals package (a
// version directory with defaulting or validation tags and no versioned
// types) to say whether it wants conversions.
func lintExplicitDisablement(pkg *types.Package) error {
	tags := docTags(pkg)
	if !versionDir.MatchString(path.Base(pkg.Path)) || hasVersionedTypes(pkg) {
		return nil
	}
	internals := false
	for _, t := range []string{"k8s:defaulter-gen", "k8s:defaulter-gen-input", "k8s:validation-gen", "k8s:validation-gen-input"} {
		internals = internals || slices.Contains(tags, t)
	}
	if !internals || slices.Contains(tags, markers.ConversionGen.Name) {
		return nil
	}
	return fmt.Errorf("%s: --lint-rules=%s: this package holds per-version internals; add +%s=<peer package> or +%s=false to its doc.go",
		pkg.Path, LintExplicitDisablement, markers.ConversionGen.Name, markers.ConversionGen.Name)
}

// hasVersionedTypes reports whether a type embeds TypeMeta inline, as
// versioned API types do.
func hasVersionedTypes(pkg *types.Package) bool {
	for _, t := range pkg.Types {
		for _, m := range t.Members {
			if m.Name == "TypeMeta" && m.Embedded {
				tag, ok := reflect.StructTag(m.Tags).Lookup("json")
				if ok && strings.Split(tag, ",")[0] == "" {
					return true
				}
			}
		}
	}
	return false
}
