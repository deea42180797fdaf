package lister

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"k8s.io/gengo/v2"
	"k8s.io/gengo/v2/types"
)

// ClientTags are the +genclient markers of one type, read the way
// lister-gen and informer-gen read them (client-gen owns and documents
// them; see internal/markers/client.go).
type ClientTags struct {
	// Generate is +genclient.
	Generate bool
	// NonNamespaced is +genclient:nonNamespaced.
	NonNamespaced bool
	// NoVerbs is +genclient:noVerbs.
	NoVerbs bool
	// skipped are the verbs +genclient:skipVerbs, +genclient:onlyVerbs and
	// +genclient:readonly leave out.
	skipped []string
}

// HasVerb reports whether the type's client has verb.
func (t ClientTags) HasVerb(verb string) bool { return !slices.Contains(t.skipped, verb) }

// clientVerbs are the verbs +genclient:onlyVerbs and skipVerbs may name, in
// the order upstream checks them.
var clientVerbs = []string{
	"create", "update", "updateStatus", "delete", "deleteCollection",
	"get", "list", "watch", "patch", "apply", "applyStatus",
}

// readonlyVerbs are the verbs +genclient:readonly keeps.
var readonlyVerbs = []string{"get", "list", "watch"}

// knownClientMarkers are the +genclient markers there are; any other
// "+genclient…" marker is an error, as it is upstream.
var knownClientMarkers = []string{
	"genclient", "genclient:nonNamespaced", "genclient:noVerbs", "genclient:onlyVerbs",
	"genclient:skipVerbs", "genclient:noStatus", "genclient:readonly", "genclient:method",
}

// TypeComments are the comment lines markers of t are read from: the block
// one blank line above the type and its doc comment.
func TypeComments(t *types.Type) []string {
	return append(append([]string{}, t.SecondClosestCommentLines...), t.CommentLines...)
}

// ParseClientTags reads the +genclient markers of t. Errors name the type
// and quote the marker.
func ParseClientTags(t *types.Type) (ClientTags, error) {
	where := t.Name.String()
	values := gengo.ExtractCommentTags("+", TypeComments(t))
	var tags ClientTags
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", where, fmt.Sprintf(format, args...)))
	}
	var v []string
	v, tags.Generate = values["genclient"]
	if len(v) > 0 && v[0] != "" {
		bad("+genclient=%s: +genclient takes no value; write +genclient, or leave it out to generate no client", v[0])
	}
	for _, old := range []string{"nonNamespaced", "readonly"} {
		if v := values[old]; len(v) > 0 && v[0] != "" {
			bad("+%s=%s is not a marker; write +genclient:%s", old, v[0], old)
		}
	}
	_, tags.NonNamespaced = values["genclient:nonNamespaced"]
	_, tags.NoVerbs = values["genclient:noVerbs"]
	if v, ok := values["genclient:skipVerbs"]; ok {
		tags.skipped = strings.Split(v[0], ",")
		errs = append(errs, checkVerbs(where, "genclient:skipVerbs", tags.skipped)...)
	}
	var only []string
	if _, ok := values["genclient:readonly"]; ok {
		only = append(only, readonlyVerbs...)
	}
	if v, ok := values["genclient:onlyVerbs"]; ok {
		list := strings.Split(v[0], ",")
		errs = append(errs, checkVerbs(where, "genclient:onlyVerbs", list)...)
		only = append(only, list...)
	}
	if only != nil {
		tags.skipped = nil
		for _, verb := range clientVerbs {
			if !slices.Contains(only, verb) {
				tags.skipped = append(tags.skipped, verb)
			}
		}
	}
	var unknown []string
	for name := range values {
		if strings.HasPrefix(name, "genclient") && !slices.Contains(knownClientMarkers, name) {
			unknown = append(unknown, name)
		}
	}
	sort.Strings(unknown)
	for _, name := range unknown {
		bad("+%s is not a +genclient marker; the markers are +%s", name, strings.Join(knownClientMarkers, ", +"))
	}
	return tags, errors.Join(errs...)
}

func checkVerbs(where, marker string, verbs []string) []error {
	var errs []error
	for _, v := range verbs {
		if !slices.Contains(clientVerbs, v) {
			errs = append(errs, fmt.Errorf("%s: +%s: unknown verb %q; want one of %s", where, marker, v, strings.Join(clientVerbs, ", ")))
		}
	}
	return errs
}
