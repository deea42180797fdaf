package applyconfig

import (
	"fmt"
	"slices"
	"strings"

	"k8s.io/gengo/v2"
	"k8s.io/gengo/v2/types"
)

// clientVerbs are the verbs +genclient:onlyVerbs and +genclient:skipVerbs
// may name, in client-gen's order.
var clientVerbs = []string{
	"create", "update", "updateStatus", "delete", "deleteCollection",
	"get", "list", "watch", "patch", "apply", "applyStatus",
}

// readonlyVerbs are the verbs +genclient:readonly keeps.
var readonlyVerbs = []string{"get", "list", "watch"}

// knownClientTags are the +genclient markers; any other +genclient… marker
// is an error, as in client-gen.
var knownClientTags = []string{
	"genclient", "genclient:nonNamespaced", "genclient:noVerbs", "genclient:onlyVerbs",
	"genclient:skipVerbs", "genclient:noStatus", "genclient:readonly", "genclient:method",
}

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
func commentLines(t *types.Type) []string {
	lines := make([]string, 0, len(t.SecondClosestCommentLines)+len(t.CommentLines))
	lines = append(lines, t.SecondClosestCommentLines...)
	return append(lines, t.CommentLines...)
}

// parseClientTags reads the +genclient markers of t, checking them the way
// client-gen does.
func parseClientTags(t *types.Type) (clientTags, error) {
	var tags clientTags
	values := gengo.ExtractCommentTags("+", commentLines(t))
	where := t.Name.String()
	if v, ok := values["genclient"]; ok {
		if v[0] != "" {
			return tags, fmt.Errorf("%s: +genclient=%s: +genclient takes no value; write +genclient, or leave it out for no client", where, v[0])
		}
		tags.client = true
	}
	for _, old := range []string{"nonNamespaced", "readonly"} {
		if v := values[old]; len(v) > 0 && v[0] != "" {
			return tags, fmt.Errorf("%s: +%s=%s: write +genclient:%s instead", where, old, v[0], old)
		}
	}
	_, tags.nonNamespaced = values["genclient:nonNamespaced"]
	_, tags.noStatus = values["genclient:noStatus"]
	if v, ok := values["genclient:skipVerbs"]; ok {
		tags.skipVerbs = strings.Split(v[0], ",")
	}
	only, hasOnly := values["genclient:onlyVerbs"]
	_, readonly := values["genclient:readonly"]
	if hasOnly || readonly {
		var keep []string
		if readonly {
			keep = append(keep, readonlyVerbs...)
		}
		if hasOnly {
			keep = append(keep, strings.Split(only[0], ",")...)
		}
		tags.skipVerbs = nil
		for _, verb := range clientVerbs {
			if !slices.Contains(keep, verb) {
				tags.skipVerbs = append(tags.skipVerbs, verb)
			}
		}
	}
	methods, err := parseClientMethods(values["genclient:method"])
	if err != nil {
		return tags, fmt.Errorf("%s: %w", where, err)
	}
	tags.methods = methods
	for name := range values {
		if strings.HasPrefix(name, "genclient") && !slices.Contains(knownClientTags, name) {
			return tags, fmt.Errorf("%s: unknown marker +%s; the +genclient markers are +%s", where, name, strings.Join(knownClientTags, ", +"))
		}
	}
	return tags, nil
}

// Verbs a custom method may use, and those that may override its input.
var (
	unsupportedMethodVerbs = []string{"updateStatus", "deleteCollection", "watch", "delete"}
	inputOverrideVerbs     = []string{"create", "update", "apply"}
	resultOverrideVerbs    = []string{"create", "update", "get", "list", "patch", "apply"}
)

func parseClientMethods(values []string) ([]clientMethod, error) {
	var methods []clientMethod
	for _, value := range values {
		m, err := parseClientMethod(value)
		if err != nil {
			return nil, fmt.Errorf("+genclient:method=%s: %w", value, err)
		}
		methods = append(methods, m)
	}
	return methods, nil
}

func parseClientMethod(value string) (clientMethod, error) {
	parts := strings.Split(value, ",")
	m := clientMethod{name: parts[0]}
	if m.name == "" {
		return m, fmt.Errorf("the method needs a name; write +genclient:method=Name,verb=create")
	}
	var result string
	for _, p := range parts[1:] {
		kv := strings.Split(p, "=")
		if len(kv) != 2 {
			return m, fmt.Errorf("%q: want key=value", p)
		}
		key, val := strings.TrimSpace(kv[0]), strings.TrimSpace(kv[1])
		if val == "" {
			return m, fmt.Errorf("%q has no value", key)
		}
		switch key {
		case "verb":
			m.verb = val
		case "subresource":
			m.subresource = val
		case "input":
			m.input = val
		case "result":
			result = val
		default:
			return m, fmt.Errorf("unknown key %q; want verb, subresource, input or result", key)
		}
	}
	switch {
	case m.verb == "":
		return m, fmt.Errorf("no verb; write +genclient:method=%s,verb=create", m.name)
	case result != "" && !slices.Contains(resultOverrideVerbs, m.verb):
		return m, fmt.Errorf("result is not supported for verb %q; only for %s", m.verb, strings.Join(resultOverrideVerbs, ", "))
	case m.input != "" && !slices.Contains(inputOverrideVerbs, m.verb):
		return m, fmt.Errorf("input is not supported for verb %q; only for %s", m.verb, strings.Join(inputOverrideVerbs, ", "))
	case slices.Contains(unsupportedMethodVerbs, m.verb):
		return m, fmt.Errorf("verb %q is not supported for custom methods", m.verb)
	}
	return m, nil
}
