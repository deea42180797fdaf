package applyconfig

import (
	"strings"

	"github.com/kodegen/kodegen/generators/internal/genclient"
)

// hasApply reports whether a type with tags is a root of apply
// configurations: a +genclient type with the apply or applyStatus verb.
func hasApply(tags genclient.Tags) bool {
	return tags.Generate && (tags.HasVerb("apply") || tags.HasVerb("applyStatus"))
}

// inputType returns the package and name of m's input type; the package
// is "" for a type of the same package.
func inputType(m genclient.Method) (pkg, name string) {
	i := strings.LastIndex(m.Input, ".")
	if i < 0 {
		return "", m.Input
	}
	return m.Input[:i], m.Input[i+1:]
}
