package applyconfig

import (
	"slices"
	"strings"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/genclient"
	"github.com/kodegen/kodegen/internal/markers"
)

// clientTags is what applyconfiguration-gen needs of a type's +genclient
// markers: whether it has a client, its scope, its verbs and the
// subresources of its custom methods.
type clientTags struct {
	client        bool
	nonNamespaced bool
	noStatus      bool
	skipVerbs     []string
	methods       []clientMethod
}

// clientMethod is one +genclient:method=Name,verb=…,subresource=…,input=… marker.
type clientMethod struct {
	name, verb, subresource, input string
}

// hasVerb reports whether the client of the type has verb.
func (t clientTags) hasVerb(verb string) bool {
	return !slices.Contains(t.skipVerbs, verb)
}

// hasApply reports whether the type is a root of apply configurations:
// a +genclient type with the apply or applyStatus verb.
func (t clientTags) hasApply() bool {
	return t.client && (t.hasVerb("apply") || t.hasVerb("applyStatus"))
}

// inputType returns the package and name of the method's input type; the
// package is "" for a type of the same package.
func (m clientMethod) inputType() (pkg, name string) {
	i := strings.LastIndex(m.input, ".")
	if i < 0 {
		return "", m.input
	}
	return m.input[:i], m.input[i+1:]
}

// commentLines are the lines markers of t are read from: the comment block
// above its doc comment, then its doc comment.
func commentLines(t *types.Type) []string { return markers.TypeLines(t).Lines }

// parseClientTags reads the +genclient markers of t, checked as client-gen
// checks them (generators/internal/genclient reads them for every tool).
func parseClientTags(t *types.Type) (clientTags, error) {
	g, err := genclient.Parse(t)
	if err != nil {
		return clientTags{}, err
	}
	tags := clientTags{client: g.Generate, nonNamespaced: g.NonNamespaced, noStatus: g.NoStatus, skipVerbs: g.SkipVerbs}
	for _, m := range g.Methods {
		tags.methods = append(tags.methods, clientMethod{name: m.Name, verb: m.Verb, subresource: m.Subresource, input: m.Input})
	}
	return tags, nil
}
