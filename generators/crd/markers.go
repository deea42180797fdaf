package crd

import (
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"sort"
	"strconv"
	"strings"
	sc "text/scanner"
)

// target is where a marker may be written.
type target int

const (
	onPackage target = iota
	onType
	onField
)

func (t target) String() string {
	return [...]string{"package", "type", "field"}[t]
}

// Priorities, as controller-gen orders the markers of one node: lower
// first. Markers of the same priority apply in the order they are first
// written on the node. controller-gen applies them in Go map order there,
// which shows in x-kubernetes-validations (+kubebuilder:validation:XValidation
// and +k8s:immutable rules) and when a type's CRD markers touch the same
// thing: the order written is the order its small maps give most often,
// and the one kodegen always gives.
const (
	prioFirst   = 1
	prioDefault = 10
)

// def is one marker definition.
type def struct {
	name   string
	target target
	// exactly one of: anon (one anonymous argument), args (named ones),
	// custom (its own parse of the text after '=', given the whole name);
	// none: no arguments.
	anon   *argType
	args   []arg
	custom func(name, rest string) (any, error)

	priority int
	// schema applies the marker to a schema (validation markers).
	schema func(ctx *schemaCtx, s *Schema, v *markerVal) error
	// spec applies the marker to the CRD of the type's kind (CRD markers).
	spec func(c *CustomResourceDefinition, version string, v *markerVal) error
}

type arg struct {
	name string
	t    argType
}

// markerVal is one parsed marker.
type markerVal struct {
	def  *def
	anon any            // the anonymous argument, or the custom parse
	args map[string]any // named arguments given
	pos  string         // file:line
	seq  int            // its place among the node's markers, in the order written
}

func (v *markerVal) str(name string) string {
	s, _ := v.args[name].(string)
	return s
}

func (v *markerVal) strs(name string) []string {
	list, _ := v.args[name].([]any)
	if list == nil {
		return nil
	}
	out := make([]string, len(list))
	for i, x := range list {
		out[i], _ = x.(string)
	}
	return out
}

// markerValues are a node's markers by name, in the order written.
type markerValues map[string][]*markerVal

func (m markerValues) get(name string) *markerVal {
	if vs := m[name]; len(vs) > 0 {
		return vs[0]
	}
	return nil
}

// registry holds the definitions by target and name.
type registry struct {
	defs [3]map[string]*def
}

func (r *registry) add(d *def) {
	if r.defs[d.target] == nil {
		r.defs[d.target] = map[string]*def{}
	}
	if d.priority == 0 {
		d.priority = prioDefault
	}
	r.defs[d.target][d.name] = d
}

// lookup finds the definition of a marker's text ("+name:arg=value") for
// target t: the whole name first, then the name less its last segment.
func (r *registry) lookup(text string, t target) *def {
	name, anon, _ := splitMarker(text)
	if d := r.defs[t][anon]; d != nil {
		return d
	}
	return r.defs[t][name]
}

// known reports whether any target has a definition for text.
func (r *registry) known(text string) bool {
	for t := range r.defs {
		if r.lookup(text, target(t)) != nil {
			return true
		}
	}
	return false
}

// ordered are the node's marker names in the order first written.
func (m markerValues) ordered() []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return m[names[i]][0].seq < m[names[j]][0].seq })
	return names
}

// names are every marker name defined, sorted.
func (r *registry) names() []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range r.defs {
		for n := range m {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	sort.Strings(out)
	return out
}

// parse parses text ("+name..." without the comment slashes) with d.
func (d *def) parse(text string) (*markerVal, error) {
	name, anon, rest := splitMarker(text)
	v := &markerVal{def: d, args: map[string]any{}}
	if d.custom != nil {
		val, err := d.custom(anon, rest)
		v.anon = val
		return v, err
	}
	if d.anon == nil && len(d.args) > 0 && len(anon) >= len(name)+1 {
		rest = anon[len(name)+1:] + "=" + rest
	}
	var errs []string
	s := newScanner(rest, func(s *sc.Scanner, msg string) {
		errs = append(errs, msg)
	})
	seen := map[string]bool{}
	switch {
	case d.anon != nil && s.Peek() != sc.EOF:
		parseValue(s, rest, *d.anon, &v.anon, false)
		seen[""] = true
	case len(d.args) > 0 && s.Peek() != sc.EOF:
		for expect(s, sc.Ident, "argument name") {
			argName := s.TokenText()
			if !expect(s, '=', "equals") {
				break
			}
			a, ok := d.arg(argName)
			if !ok {
				s.Error(s, fmt.Sprintf("unknown argument %q", argName))
				break
			}
			seen[argName] = true
			var val any
			parseValue(s, rest, a.t, &val, false)
			v.args[argName] = val
			if len(errs) > 0 || s.Peek() == sc.EOF {
				break
			}
			if !expect(s, ',', "comma") {
				break
			}
		}
	}
	if tok := s.Scan(); tok != sc.EOF {
		s.Error(s, fmt.Sprintf("extra arguments provided: %q", rest[s.Position.Offset:]))
	}
	if d.anon != nil && !seen[""] && !d.anon.optional {
		errs = append(errs, `missing argument ""`)
	}
	for _, a := range d.args {
		if !seen[a.name] && !a.t.optional {
			errs = append(errs, fmt.Sprintf("missing argument %q", a.name))
		}
	}
	if len(errs) > 0 {
		return v, fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return v, nil
}

func (d *def) arg(name string) (arg, bool) {
	for _, a := range d.args {
		if a.name == name {
			return a, true
		}
	}
	return arg{}, false
}

// usage is the marker's argument syntax, for help and errors.
func (d *def) usage() string {
	switch {
	case d.anon != nil:
		return "+" + d.name + "=<" + d.anon.String() + ">"
	case len(d.args) > 0:
		var parts []string
		for _, a := range d.args {
			p := a.name + "=<" + a.t.String() + ">"
			if a.t.optional {
				p = "[" + p + "]"
			}
			parts = append(parts, p)
		}
		return "+" + d.name + ":" + strings.Join(parts, ",")
	case d.custom != nil:
		return "+" + d.name + "=<value>"
	}
	return "+" + d.name
}

// crdRegistry is every marker the crd generator reads.
var crdRegistry = newCRDRegistry()

func num(v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case int:
		return float64(x)
	}
	return 0
}

func intOf(v any) int64 {
	switch x := v.(type) {
	case int:
		return int64(x)
	case float64:
		return int64(x)
	}
	return 0
}

func boolOf(v any) bool { b, _ := v.(bool); return b }

func isNumeric(s *Schema) bool { return s.Type == "integer" || s.Type == "number" }
func isTextual(s *Schema) bool { return s.Type == "string" || s.XIntOrString }
func integral(f float64) bool {
	return f == math.Trunc(f) && !math.IsNaN(f) && !math.IsInf(f, 0)
}

// floatMarker parses a number after '=' (declarative k8s: markers may end
// in a # comment).
func floatMarker(what string) func(name, rest string) (any, error) {
	return func(name, rest string) (any, error) {
		f, err := strconv.ParseFloat(stripK8sComment(name, rest), 64)
		if err != nil {
			return 0.0, fmt.Errorf("invalid %s value: %w", what, err)
		}
		return f, nil
	}
}

func stripK8sComment(name, rest string) string {
	if strings.HasPrefix(name, "k8s:") {
		if i := strings.IndexByte(rest, '#'); i >= 0 {
			rest = rest[:i]
		}
	}
	return strings.TrimSpace(rest)
}

func maxItemsParse(name, rest string) (any, error) {
	n, err := strconv.Atoi(stripK8sComment(name, rest))
	if err != nil {
		return 0, fmt.Errorf("invalid maxItems value: %w", err)
	}
	return n, nil
}

// validation markers: +kubebuilder:validation:<Name>, on fields and types,
// and +kubebuilder:validation:items:<Name> for the items of an array.
func validationDefs() []*def {
	p := "kubebuilder:validation:"
	return []*def{
		{name: p + "Maximum", custom: floatMarker("maximum"), schema: applyMaximum},
		{name: p + "Minimum", custom: floatMarker("minimum"), schema: applyMinimum},
		{name: p + "ExclusiveMaximum", anon: &tBool, schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			if !isNumeric(s) {
				return fmt.Errorf("must apply exclusivemaximum to a numeric value, found %s", s.Type)
			}
			s.ExclusiveMaximum = boolOf(v.anon)
			return nil
		}},
		{name: p + "ExclusiveMinimum", anon: &tBool, schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			if !isNumeric(s) {
				return fmt.Errorf("must apply exclusiveminimum to a numeric value, found %s", s.Type)
			}
			s.ExclusiveMinimum = boolOf(v.anon)
			return nil
		}},
		{name: p + "MultipleOf", anon: &tNumber, schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			if !isNumeric(s) {
				return fmt.Errorf("must apply multipleof to a numeric value, found %s", s.Type)
			}
			f := num(v.anon)
			if s.Type == "integer" && !integral(f) {
				return fmt.Errorf("cannot apply non-integral multipleof validation (%v) to integer value", f)
			}
			s.MultipleOf = &f
			return nil
		}},
		{name: p + "MinProperties", anon: &tInt, schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			if s.Type != "object" {
				return fmt.Errorf("must apply minproperties to an object")
			}
			n := intOf(v.anon)
			s.MinProperties = &n
			return nil
		}},
		{name: p + "MaxProperties", anon: &tInt, schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			if s.Type != "object" {
				return fmt.Errorf("must apply maxproperties to an object")
			}
			n := intOf(v.anon)
			s.MaxProperties = &n
			return nil
		}},
		{name: p + "MaxLength", anon: &tInt, schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			if !isTextual(s) {
				return fmt.Errorf("must apply maxlength to a textual value, found type %q", s.Type)
			}
			n := intOf(v.anon)
			s.MaxLength = &n
			return nil
		}},
		{name: p + "MinLength", anon: &tInt, schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			if !isTextual(s) {
				return fmt.Errorf("must apply minlength to a textual value, found type %q", s.Type)
			}
			n := intOf(v.anon)
			s.MinLength = &n
			return nil
		}},
		{name: p + "Pattern", anon: &tString, schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			if !isTextual(s) {
				return fmt.Errorf("must apply pattern to a textual value, found type %q", s.Type)
			}
			s.Pattern, _ = v.anon.(string)
			return nil
		}},
		{name: p + "MaxItems", custom: maxItemsParse, schema: applyMaxItems},
		{name: p + "MinItems", anon: &tInt, schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			if s.Type != "array" {
				return fmt.Errorf("must apply minitems to an array")
			}
			n := intOf(v.anon)
			s.MinItems = &n
			return nil
		}},
		{name: p + "UniqueItems", anon: &tBool, schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			if s.Type != "array" {
				return fmt.Errorf("must apply uniqueitems to an array")
			}
			s.UniqueItems = boolOf(v.anon)
			return nil
		}},
		{name: p + "Enum", anon: &tAnys, schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			list, _ := v.anon.([]any)
			vals := make([]RawJSON, len(list))
			for i, x := range list {
				b, err := json.Marshal(x)
				if err != nil {
					return err
				}
				vals[i] = b
			}
			s.Enum = vals
			return nil
		}},
		{name: p + "Format", anon: &tString, schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			s.Format, _ = v.anon.(string)
			return nil
		}},
		{name: p + "Type", anon: &tString, priority: prioDefault - 1, schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			s.Type, _ = v.anon.(string)
			return nil
		}},
		{name: p + "XPreserveUnknownFields", schema: applyPreserveUnknown},
		{name: p + "XEmbeddedResource", schema: applyEmbeddedResource},
		{name: p + "XIntOrString", priority: prioDefault - 1, schema: func(_ *schemaCtx, s *Schema, _ *markerVal) error {
			s.XIntOrString = true
			return nil
		}},
		{name: p + "XValidation", args: []arg{
			{"rule", tString},
			{"message", opt(tString)},
			{"messageExpression", opt(tString)},
			{"reason", opt(tString)},
			{"fieldPath", opt(tString)},
			{"optionalOldSelf", ptr(tBool)},
		}, schema: applyXValidation},
	}
}

func applyMaximum(_ *schemaCtx, s *Schema, v *markerVal) error {
	if !isNumeric(s) {
		return fmt.Errorf("must apply maximum to a numeric value, found %s", s.Type)
	}
	f := num(v.anon)
	if s.Type == "integer" && !integral(f) {
		return fmt.Errorf("cannot apply non-integral maximum validation (%v) to integer value", f)
	}
	s.Maximum = &f
	return nil
}

func applyMinimum(_ *schemaCtx, s *Schema, v *markerVal) error {
	if !isNumeric(s) {
		return fmt.Errorf("must apply minimum to a numeric value, found %s", s.Type)
	}
	f := num(v.anon)
	if s.Type == "integer" && !integral(f) {
		return fmt.Errorf("cannot apply non-integral minimum validation (%v) to integer value", f)
	}
	s.Minimum = &f
	return nil
}

func applyMaxItems(_ *schemaCtx, s *Schema, v *markerVal) error {
	if s.Type != "array" {
		return fmt.Errorf("must apply maxitem to an array")
	}
	n := intOf(v.anon)
	s.MaxItems = &n
	return nil
}

func applyPreserveUnknown(_ *schemaCtx, s *Schema, _ *markerVal) error {
	t := true
	s.XPreserveUnknownFields = &t
	return nil
}

func applyEmbeddedResource(_ *schemaCtx, s *Schema, _ *markerVal) error {
	s.XEmbeddedResource = true
	return nil
}

var xvalidationReasons = []string{"FieldValueRequired", "FieldValueInvalid", "FieldValueForbidden", "FieldValueDuplicate"}

func applyXValidation(_ *schemaCtx, s *Schema, v *markerVal) error {
	return addRule(s, v.str("rule"), v.str("message"), v.str("messageExpression"), v.str("reason"), v.str("fieldPath"), v.args["optionalOldSelf"])
}

func addRule(s *Schema, rule, message, messageExpr, reason, fieldPath string, oldSelf any) error {
	r := ValidationRule{Rule: rule, Message: message, MessageExpression: messageExpr, FieldPath: fieldPath}
	if reason != "" {
		ok := false
		for _, x := range xvalidationReasons {
			ok = ok || x == reason
		}
		if !ok {
			return fmt.Errorf("invalid reason %s, valid values are %s, %s, %s and %s", reason, xvalidationReasons[0], xvalidationReasons[1], xvalidationReasons[2], xvalidationReasons[3])
		}
		r.Reason = &reason
	}
	if b, ok := oldSelf.(bool); ok {
		r.OptionalOldSelf = &b
	}
	s.XValidations = append(s.XValidations, r)
	return nil
}

func oneOfRule(kind string, fields []string) (rule, message string) {
	var b strings.Builder
	switch kind {
	case "AtLeastOneOf":
		for i, f := range fields {
			if i > 0 {
				b.WriteString("||")
			}
			b.WriteString("has(self." + f + ")")
		}
		return b.String(), fmt.Sprintf("at least one of the fields in %v must be set", fields)
	}
	for i, f := range fields {
		if i > 0 {
			b.WriteString("+")
		}
		b.WriteString("(has(self." + f + ")?1:0)")
	}
	if kind == "AtMostOneOf" {
		return b.String() + " <= 1", fmt.Sprintf("at most one of the fields in %v may be set", fields)
	}
	return b.String() + " == 1", fmt.Sprintf("exactly one of the fields in %v must be set", fields)
}

func oneOfDef(kind string, prio int) *def {
	return &def{name: "kubebuilder:validation:" + kind, target: onType, anon: &tStrings, priority: prio,
		schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			fields := v.strs("")
			if list, ok := v.anon.([]any); ok {
				fields = nil
				for _, x := range list {
					str, _ := x.(string)
					fields = append(fields, str)
				}
			}
			if len(fields) == 0 {
				return nil
			}
			rule, msg := oneOfRule(kind, fields)
			return addRule(s, rule, msg, "", "", "", nil)
		}}
}

func newCRDRegistry() *registry {
	r := &registry{}
	clone := func(d *def, name string, t target) *def {
		c := *d
		c.name = name
		c.target = t
		return &c
	}
	for _, d := range validationDefs() {
		items := "kubebuilder:validation:items:" + strings.TrimPrefix(d.name, "kubebuilder:validation:")
		r.add(clone(d, d.name, onField))
		r.add(clone(d, d.name, onType))
		r.add(clone(d, items, onField))
		r.add(clone(d, items, onType))
	}
	empty := func(name string, t target) *def { return &def{name: name, target: t} }
	for _, d := range []*def{
		oneOfDef("AtMostOneOf", prioDefault+1),
		oneOfDef("ExactlyOneOf", prioDefault+2),
		oneOfDef("AtLeastOneOf", prioDefault+3),
		{name: "k8s:enum", target: onType, schema: applyK8sEnum},
		{name: "k8s:enum", target: onField, schema: func(*schemaCtx, *Schema, *markerVal) error {
			return fmt.Errorf("k8s:enum must be set on a type, not a field")
		}},
		empty("kubebuilder:validation:Required", onField),
		empty("kubebuilder:validation:Optional", onField),
		empty("required", onField),
		empty("optional", onField),
		{name: "k8s:required", target: onField, schema: applyK8sRequired},
		empty("k8s:optional", onField),
		{name: "nullable", target: onField, schema: func(_ *schemaCtx, s *Schema, _ *markerVal) error {
			s.Nullable = true
			return nil
		}},
		{name: "kubebuilder:default", target: onField, anon: &tAny, priority: 10, schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			b, err := json.Marshal(v.anon)
			if err != nil {
				return err
			}
			if s.Type == "array" && string(b) == "{}" {
				b = []byte("[]")
			}
			d := RawJSON(b)
			s.Default = &d
			return nil
		}},
		{name: "default", target: onField, custom: func(_, rest string) (any, error) {
			if strings.HasPrefix(strings.TrimSpace(rest), "ref(") {
				return nil, nil
			}
			var v any
			err := json.Unmarshal([]byte(rest), &v)
			return v, err
		}, priority: 9, schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			if v.anon == nil {
				return nil
			}
			b, err := json.Marshal(v.anon)
			if err != nil {
				return err
			}
			d := RawJSON(b)
			s.Default = &d
			return nil
		}},
		{name: "kubebuilder:example", target: onField, anon: &tAny, schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			b, err := json.Marshal(v.anon)
			if err != nil {
				return err
			}
			s.Example = RawJSON(b)
			return nil
		}},
		{name: "kubebuilder:validation:EmbeddedResource", target: onField, schema: applyEmbeddedResource},
		empty("kubebuilder:validation:Schemaless", onField),
		{name: "k8s:immutable", target: onField, schema: func(_ *schemaCtx, s *Schema, _ *markerVal) error {
			s.XValidations = append(s.XValidations, ValidationRule{Rule: "self == oldSelf", Message: "field is immutable"})
			return nil
		}},
		{name: "k8s:maxItems", target: onField, custom: maxItemsParse, schema: applyMaxItems},
		{name: "k8s:minimum", target: onField, custom: floatMarker("minimum"), schema: applyMinimum},
		{name: "k8s:maximum", target: onField, custom: floatMarker("maximum"), schema: applyMaximum},
		{name: "kubebuilder:pruning:PreserveUnknownFields", target: onField, schema: applyPreserveUnknown},
		{name: "kubebuilder:pruning:PreserveUnknownFields", target: onType, schema: applyPreserveUnknown},
		{name: "kubebuilder:title", target: onField, anon: &tAny, schema: applyTitle},
		{name: "kubebuilder:title", target: onType, anon: &tAny, schema: applyTitle},
		// package markers
		{name: "groupName", target: onPackage, anon: &argType{kind: argString, optional: true}},
		{name: "versionName", target: onPackage, anon: &tString},
		empty("kubebuilder:validation:Optional", onPackage),
		empty("kubebuilder:validation:Required", onPackage),
		empty("kubebuilder:skip", onPackage),
	} {
		r.add(d)
	}
	for _, d := range crdDefs() {
		r.add(d)
	}
	for _, t := range []target{onField, onType} {
		for _, n := range []string{"listMapKey", "k8s:listMapKey"} {
			r.add(&def{name: n, target: t, anon: &tString, schema: applyListMapKey})
		}
		for _, n := range []string{"listType", "k8s:listType"} {
			r.add(&def{name: n, target: t, anon: &tString, priority: prioDefault - 1, schema: applyListType})
		}
		r.add(&def{name: "mapType", target: t, anon: &tString, schema: applyMapType})
		r.add(&def{name: "structType", target: t, anon: &tString, schema: applyStructType})
		r.add(&def{name: "kubebuilder:externalDocs", target: t, args: []arg{{"url", tString}, {"description", opt(tString)}}, schema: applyExternalDocs})
	}
	return r
}

func applyTitle(_ *schemaCtx, s *Schema, v *markerVal) error {
	if v.anon == nil {
		return nil
	}
	t, ok := v.anon.(string)
	if !ok {
		return fmt.Errorf("expected string, got %T", v.anon)
	}
	s.Title = t
	return nil
}

func applyK8sRequired(_ *schemaCtx, s *Schema, _ *markerVal) error {
	one := int64(1)
	switch s.Type {
	case "string":
		if s.MinLength == nil {
			s.MinLength = &one
		}
	case "array":
		if s.MinItems == nil {
			s.MinItems = &one
		}
	case "object":
		if s.MinProperties == nil {
			s.MinProperties = &one
		}
	default:
		if s.Ref != nil && s.MinProperties == nil {
			s.MinProperties = &one
		}
	}
	return nil
}

func applyListType(_ *schemaCtx, s *Schema, v *markerVal) error {
	if s.Type != "array" {
		return fmt.Errorf("must apply listType to an array, found %s", s.Type)
	}
	l, _ := v.anon.(string)
	if l != "map" && l != "atomic" && l != "set" {
		return fmt.Errorf(`ListType must be either "map", "set" or "atomic"`)
	}
	s.XListType = &l
	return nil
}

func applyListMapKey(_ *schemaCtx, s *Schema, v *markerVal) error {
	if s.Type != "array" {
		return fmt.Errorf("must apply listMapKey to an array, found %s", s.Type)
	}
	if s.XListType == nil || *s.XListType != "map" {
		return fmt.Errorf("must apply listMapKey to an associative-list")
	}
	k, _ := v.anon.(string)
	for _, have := range s.XListMapKeys {
		if have == k {
			return nil
		}
	}
	s.XListMapKeys = append(s.XListMapKeys, k)
	return nil
}

func applyMapType(_ *schemaCtx, s *Schema, v *markerVal) error {
	if s.Type != "object" {
		return fmt.Errorf("must apply mapType to an object")
	}
	m, _ := v.anon.(string)
	if m != "atomic" && m != "granular" {
		return fmt.Errorf(`MapType must be either "granular" or "atomic"`)
	}
	s.XMapType = &m
	return nil
}

func applyStructType(_ *schemaCtx, s *Schema, v *markerVal) error {
	if s.Type != "object" && s.Type != "" {
		return fmt.Errorf("must apply structType to an object; either explicitly set or defaulted through an empty schema type")
	}
	m, _ := v.anon.(string)
	if m != "atomic" && m != "granular" {
		return fmt.Errorf(`StructType must be either "granular" or "atomic"`)
	}
	s.XMapType = &m
	return nil
}

func applyExternalDocs(_ *schemaCtx, s *Schema, v *markerVal) error {
	u := v.str("url")
	if _, err := url.ParseRequestURI(u); err != nil {
		return fmt.Errorf("invalid url %q in kubebuilder:externalDocs marker: %w", u, err)
	}
	s.ExternalDocs = &ExternalDocs{URL: u, Description: v.str("description")}
	return nil
}
