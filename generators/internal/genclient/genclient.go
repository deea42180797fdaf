// Package genclient reads and checks the +genclient markers of API types,
// for every generator that needs them: client-gen (which owns them, see
// internal/markers/client.go), lister-gen, informer-gen and
// applyconfiguration-gen.
package genclient

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"sort"
	"strings"

	"k8s.io/gengo/v2"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// AllVerbs yields the verbs a client can have, in the order their methods
// are declared.
func AllVerbs() iter.Seq[string] { return slices.Values(allVerbs) }

var allVerbs = markers.ClientVerbs

// readonlyVerbs are what +genclient:readonly keeps.
var readonlyVerbs = []string{"get", "list", "watch"}

// methodVerbs are the verbs a +genclient:method may use, and which of them
// take input= and result=.
var (
	methodVerbs       = []string{"create", "update", "get", "list", "patch", "apply"}
	methodInputVerbs  = []string{"create", "update", "apply"}
	methodResultVerbs = []string{"create", "update", "get", "list", "patch", "apply"}
)

// genclientKeys are the names of the +genclient markers, from their
// declarations (markers.GenclientDefs).
var genclientKeys = func() []string {
	var keys []string
	for _, d := range markers.GenclientDefs() {
		keys = append(keys, d.Name)
	}
	return keys
}()

// Tags are the +genclient markers of one type.
type Tags struct {
	Generate      bool
	NonNamespaced bool
	NoStatus      bool
	NoVerbs       bool
	// SkipVerbs are the verbs left out; nil keeps all.
	SkipVerbs []string
	Methods   []Method
}

// HasVerb reports whether the client of the type has verb v.
func (t Tags) HasVerb(v string) bool { return !slices.Contains(t.SkipVerbs, v) }

// Method is one +genclient:method.
type Method markers.Method

// Wants is the cheap check gengo filters with: does t carry +genclient?
func Wants(t *types.Type) bool {
	return markers.Genclient.Has(markers.TypeLines(t))
}

// Parse reads and checks the +genclient markers of t. Every problem
// is reported, each naming the type.
func Parse(t *types.Type) (Tags, error) {
	src := markers.TypeLines(t)
	// One extraction for every +genclient marker (they all use the
	// Legacy parser): this runs for every type of every API package.
	values := gengo.ExtractCommentTags("+", src.Lines)
	var tags Tags
	var errs []error
	fail := func(name, value, format string, args ...any) {
		errs = append(errs, markers.Errorf(src.Sym, name, value, format, args...))
	}
	var v []string
	v, tags.Generate = values[markers.Genclient.Name]
	if len(v) > 0 && v[0] != "" {
		fail(markers.Genclient.Name, v[0], "+genclient=%s: +genclient takes no value; write +genclient to generate a client, or leave it out", v[0])
	}
	for _, old := range []string{"nonNamespaced", "readonly", "noStatus", "noVerbs"} {
		if v := values[old]; len(v) > 0 {
			fail(old, v[0], "+%s=%s is the old spelling; write +genclient:%s instead", old, v[0], old)
		}
	}
	_, tags.NonNamespaced = values[markers.GenclientNonNamespaced.Name]
	_, tags.NoVerbs = values[markers.GenclientNoVerbs.Name]
	_, tags.NoStatus = values[markers.GenclientNoStatus.Name]
	for _, d := range []markers.Def{markers.GenclientNonNamespaced, markers.GenclientNoVerbs, markers.GenclientNoStatus, markers.GenclientReadonly} {
		if v := values[d.Name]; len(v) > 0 && v[0] != "" {
			fail(d.Name, v[0], "+%s=%s: +%s takes no value", d.Name, v[0], d.Name)
		}
	}
	skip, verbErrs := skippedVerbs(values)
	for _, err := range verbErrs {
		fail(err.name, "", "%v", err.err)
	}
	tags.SkipVerbs = skip
	for _, raw := range values[markers.GenclientMethod.Name] {
		m, err := parseMethod(raw)
		if err != nil {
			fail(markers.GenclientMethod.Name, raw, "+genclient:method=%s: %v", raw, err)
			continue
		}
		tags.Methods = append(tags.Methods, m)
	}
	if tags.Generate {
		// +resourceName is read for client types only, into string
		// literals: it must be a resource name.
		if err := markers.ResourceName.Check(src); err != nil {
			errs = append(errs, err)
		}
	}
	for _, key := range unknownKeys(values) {
		if best := markers.Closest(key, toSet(genclientKeys)); best != "" {
			fail(key, "", "unknown marker +%s: did you mean +%s?", key, best)
		} else {
			fail(key, "", "unknown marker +%s: want one of +%s", key, strings.Join(genclientKeys, ", +"))
		}
	}
	return tags, errors.Join(errs...)
}

// skippedVerbs works out the verbs left out by +genclient:skipVerbs,
// +genclient:onlyVerbs and +genclient:readonly (nil keeps every verb).
func skippedVerbs(values map[string][]string) ([]string, []markerErr) {
	var errs []markerErr
	skipName, onlyName := markers.GenclientSkipVerbs.Name, markers.GenclientOnlyVerbs.Name
	skip, err := verbList(values, skipName)
	if err != nil {
		errs = append(errs, markerErr{skipName, err})
	}
	only, err := verbList(values, onlyName)
	if err != nil {
		errs = append(errs, markerErr{onlyName, err})
	}
	_, readonly := values[markers.GenclientReadonly.Name]
	_, hasOnly := values[onlyName]
	if !readonly && !hasOnly {
		return skip, errs
	}
	if readonly {
		only = append(append([]string{}, readonlyVerbs...), only...)
	}
	for _, s := range skip {
		if slices.Contains(only, s) {
			errs = append(errs, markerErr{skipName, fmt.Errorf("verb %q is in both +genclient:skipVerbs and +genclient:onlyVerbs (or +genclient:readonly); give it in one of them", s)})
		}
	}
	out := []string{}
	for _, verb := range allVerbs {
		if !slices.Contains(only, verb) {
			out = append(out, verb)
		}
	}
	return out, errs
}

// markerErr is a problem with the marker called name.
type markerErr struct {
	name string
	err  error
}

// verbList reads a comma-separated verb list marker, checking each verb.
func verbList(values map[string][]string, key string) ([]string, error) {
	v, ok := values[key]
	if !ok {
		return nil, nil
	}
	if len(v) > 1 {
		return nil, fmt.Errorf("+%s given %d times; give it once with every verb", key, len(v))
	}
	verbs := strings.Split(v[0], ",")
	var errs []error
	for _, verb := range verbs {
		if !slices.Contains(allVerbs, verb) {
			errs = append(errs, fmt.Errorf("+%s=%s: unknown verb %q%s; want %s", key, v[0], verb, didYouMean(verb, allVerbs), strings.Join(allVerbs, ", ")))
		}
	}
	return verbs, errors.Join(errs...)
}

// parseMethod parses "Name,verb=…[,subresource=…][,input=…][,result=…]":
// markers.ParseMethod checks what becomes code (the name, the subresource,
// the types), then whether the verb fits.
func parseMethod(raw string) (Method, error) {
	pm, why := markers.ParseMethod(raw)
	m := Method(pm)
	if why != "" {
		return m, errors.New(why)
	}
	switch {
	case !slices.Contains(allVerbs, m.Verb):
		return m, fmt.Errorf("unknown verb %q%s; want %s", m.Verb, didYouMean(m.Verb, methodVerbs), strings.Join(methodVerbs, ", "))
	case !slices.Contains(methodVerbs, m.Verb):
		return m, fmt.Errorf("verb %q cannot be used for a method; want %s", m.Verb, strings.Join(methodVerbs, ", "))
	case m.Input != "" && !slices.Contains(methodInputVerbs, m.Verb):
		return m, fmt.Errorf("input= is only allowed for verbs %s, not %q", strings.Join(methodInputVerbs, ", "), m.Verb)
	case m.Result != "" && !slices.Contains(methodResultVerbs, m.Verb):
		return m, fmt.Errorf("result= is only allowed for verbs %s, not %q", strings.Join(methodResultVerbs, ", "), m.Verb)
	case m.Verb == "list" && m.Subresource != "":
		return m, errors.New("list on a subresource is not supported (its fake would not compile); leave out subresource=")
	}
	return m, nil
}

// SplitTypeRef returns the type name and package of an input=/result= value;
// pkg is "" for a bare name.
func SplitTypeRef(ref string) (name, pkg string) {
	i := strings.LastIndex(ref, ".")
	if i < 0 {
		return ref, ""
	}
	return ref[i+1:], ref[:i]
}

// unknownKeys are the genclient* keys in values this generator does not
// know, sorted.
func unknownKeys(values map[string][]string) []string {
	var out []string
	for k := range values {
		if strings.HasPrefix(k, markers.Genclient.Name) && !slices.Contains(genclientKeys, k) {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func didYouMean(s string, known []string) string {
	if best := markers.Closest(s, toSet(known)); best != "" {
		return fmt.Sprintf(" (did you mean %q?)", best)
	}
	return ""
}

func toSet(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, s := range list {
		m[s] = true
	}
	return m
}

// NoObjectMeta is the error for a +genclient type without an ObjectMeta
// field, which client-gen, lister-gen and informer-gen report alike (so
// one run reports it once): its client, lister and informer need a
// metav1.Object.
func NoObjectMeta(t *types.Type) error {
	return markers.AtDecl(markers.TypeSymbol(t, ""), "+genclient type has no ObjectMeta field, so its client, lister and informer (which need a metav1.Object: GetName, GetNamespace, …) would not compile; embed metav1.ObjectMeta `json:\"metadata,omitempty\"`, or remove +genclient (+genclient:noVerbs for no client)")
}
