package crd

import (
	"cmp"
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

	// What `kodegen markers` and `controller-gen -w` print (help.go).
	help     string            // one line: what the marker does
	category string            // controller-gen's help group; "" is catCRDValidation
	instead  string            // the marker to write instead, for a legacy spelling
	value    string            // custom: the type of the value after '=', for help
	argHelp  map[string]string // named arguments: one line each
	refused  bool              // read only to say it does not go there: not listed

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

// usage is the marker's argument syntax, for help and errors, as
// controller-gen writes it: +name=<type>, +name[=<type>] when the value
// may be left out, +name:arg=<type>[,opt=<type>].
func (d *def) usage() string {
	switch {
	case d.anon != nil:
		if d.anon.optional {
			return "+" + d.name + "[=<" + typeName(*d.anon) + ">]"
		}
		return "+" + d.name + "=<" + typeName(*d.anon) + ">"
	case len(d.args) > 0:
		var b strings.Builder
		b.WriteString("+" + d.name)
		sep := ":"
		for _, a := range d.args {
			p := sep + a.name + "=<" + typeName(a.t) + ">"
			if a.t.optional {
				p = "[" + p + "]"
			}
			b.WriteString(p)
			sep = ","
		}
		return b.String()
	case d.custom != nil:
		return "+" + d.name + "=<" + cmp.Or(d.value, "value") + ">"
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
		{name: p + "Maximum", custom: floatMarker("maximum"), value: "number", help: "the largest numeric value the field may have", schema: applyMaximum},
		{name: p + "Minimum", custom: floatMarker("minimum"), value: "number", help: "the smallest numeric value the field may have (negative numbers allowed)", schema: applyMinimum},
		{name: p + "ExclusiveMaximum", anon: &tBool, help: "makes the maximum exclusive: the value must be less than it", schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			if !isNumeric(s) {
				return fmt.Errorf("must apply exclusivemaximum to a numeric value, found %s", s.Type)
			}
			s.ExclusiveMaximum = boolOf(v.anon)
			return nil
		}},
		{name: p + "ExclusiveMinimum", anon: &tBool, help: "makes the minimum exclusive: the value must be greater than it", schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			if !isNumeric(s) {
				return fmt.Errorf("must apply exclusiveminimum to a numeric value, found %s", s.Type)
			}
			s.ExclusiveMinimum = boolOf(v.anon)
			return nil
		}},
		{name: p + "MultipleOf", anon: &tNumber, help: "the numeric value must be a multiple of this number", schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
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
		{name: p + "MinProperties", anon: &tInt, help: "the least number of keys the object may have", schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			if s.Type != "object" {
				return fmt.Errorf("must apply minproperties to an object")
			}
			n := intOf(v.anon)
			s.MinProperties = &n
			return nil
		}},
		{name: p + "MaxProperties", anon: &tInt, help: "the most keys the object may have", schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			if s.Type != "object" {
				return fmt.Errorf("must apply maxproperties to an object")
			}
			n := intOf(v.anon)
			s.MaxProperties = &n
			return nil
		}},
		{name: p + "MaxLength", anon: &tInt, help: "the longest the string may be", schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			if !isTextual(s) {
				return fmt.Errorf("must apply maxlength to a textual value, found type %q", s.Type)
			}
			n := intOf(v.anon)
			s.MaxLength = &n
			return nil
		}},
		{name: p + "MinLength", anon: &tInt, help: "the shortest the string may be", schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			if !isTextual(s) {
				return fmt.Errorf("must apply minlength to a textual value, found type %q", s.Type)
			}
			n := intOf(v.anon)
			s.MinLength = &n
			return nil
		}},
		{name: p + "Pattern", anon: &tString, help: "a regular expression the string must match", schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			if !isTextual(s) {
				return fmt.Errorf("must apply pattern to a textual value, found type %q", s.Type)
			}
			s.Pattern, _ = v.anon.(string)
			return nil
		}},
		{name: p + "MaxItems", custom: maxItemsParse, value: "int", help: "the most items the list may have", schema: applyMaxItems},
		{name: p + "MinItems", anon: &tInt, help: "the fewest items the list may have", schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			if s.Type != "array" {
				return fmt.Errorf("must apply minitems to an array")
			}
			n := intOf(v.anon)
			s.MinItems = &n
			return nil
		}},
		{name: p + "UniqueItems", anon: &tBool, help: "every item of the list must be unique", schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			if s.Type != "array" {
				return fmt.Errorf("must apply uniqueitems to an array")
			}
			s.UniqueItems = boolOf(v.anon)
			return nil
		}},
		{name: p + "Enum", anon: &tAnys, help: "the value must be one of these (a;b;c or {a,b,c})", schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
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
		{name: p + "Format", anon: &tString, help: "the OpenAPI format of the value (date-time, int64, byte, ...)", schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			s.Format, _ = v.anon.(string)
			return nil
		}},
		{name: p + "Type", anon: &tString, help: "overrides the schema type the Go type gives", priority: prioDefault - 1, schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			s.Type, _ = v.anon.(string)
			return nil
		}},
		{name: p + "XPreserveUnknownFields", category: catProcessing, help: preserveHelp, schema: applyPreserveUnknown},
		{name: p + "XEmbeddedResource", help: "the value is an embedded object with apiVersion, kind and metadata", schema: applyEmbeddedResource},
		{name: p + "XIntOrString", help: "the value is an int or a string (x-kubernetes-int-or-string)", priority: prioDefault - 1, schema: func(_ *schemaCtx, s *Schema, _ *markerVal) error {
			s.XIntOrString = true
			return nil
		}},
		{name: p + "XValidation", help: "a CEL rule the value must satisfy (x-kubernetes-validations)", argHelp: map[string]string{
			"rule": "the CEL expression", "message": "the message when the rule fails", "messageExpression": "a CEL expression giving the message",
			"reason": "FieldValueRequired, FieldValueInvalid, FieldValueForbidden or FieldValueDuplicate", "fieldPath": "the field the error points at",
			"optionalOldSelf": "evaluate the rule on create too, with oldSelf unset",
		}, args: []arg{
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

var oneOfHelp = map[string]string{
	"AtMostOneOf":  "at most one of these fields may be set",
	"ExactlyOneOf": "exactly one of these fields must be set",
	"AtLeastOneOf": "at least one of these fields must be set",
}

const preserveHelp = "the API server keeps fields the schema does not list (x-kubernetes-preserve-unknown-fields)"

func oneOfDef(kind string, prio int) *def {
	return &def{name: "kubebuilder:validation:" + kind, target: onType, anon: &tStrings, priority: prio,
		help: oneOfHelp[kind],
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
		for _, t := range []target{onField, onType} {
			c := clone(d, items, t)
			c.help = "for the items of a list: " + d.help
			r.add(c)
		}
	}
	empty := func(name string, t target) *def { return &def{name: name, target: t} }
	with := func(d *def, help string) *def { d.help = help; return d }
	legacy := func(d *def, instead, help string) *def { d.instead = instead; d.help = help; return d }
	for _, d := range []*def{
		oneOfDef("AtMostOneOf", prioDefault+1),
		oneOfDef("ExactlyOneOf", prioDefault+2),
		oneOfDef("AtLeastOneOf", prioDefault+3),
		{name: "k8s:enum", target: onType, category: catCRD, help: "the string type is an enum of its constants in the package", schema: applyK8sEnum},
		{name: "k8s:enum", target: onField, refused: true, schema: func(*schemaCtx, *Schema, *markerVal) error {
			return fmt.Errorf("k8s:enum must be set on a type, not a field")
		}},
		legacy(empty("kubebuilder:validation:Required", onField), "required", "the field is required"),
		legacy(empty("kubebuilder:validation:Optional", onField), "optional", "the field is optional"),
		with(empty("required", onField), "the field is required"),
		with(empty("optional", onField), "the field is optional"),
		{name: "k8s:required", target: onField, help: "the field is required (and a string, list or map of it not empty)", schema: applyK8sRequired},
		with(empty("k8s:optional", onField), "the field is optional"),
		{name: "nullable", target: onField, help: "the field may be null", schema: func(_ *schemaCtx, s *Schema, _ *markerVal) error {
			s.Nullable = true
			return nil
		}},
		{name: "kubebuilder:default", target: onField, anon: &tAny, priority: 10, help: "the default value, in the marker grammar ({a: 1}, {x,y}, \"s\")", schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
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
		{name: "default", target: onField, value: "JSON", help: "the default value, as JSON (ref(...) is ignored)", custom: func(_, rest string) (any, error) {
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
		{name: "kubebuilder:example", target: onField, anon: &tAny, help: "an example value for the field", schema: func(_ *schemaCtx, s *Schema, v *markerVal) error {
			b, err := json.Marshal(v.anon)
			if err != nil {
				return err
			}
			s.Example = RawJSON(b)
			return nil
		}},
		{name: "kubebuilder:validation:EmbeddedResource", target: onField, help: "the value is an embedded object with apiVersion, kind and metadata", schema: applyEmbeddedResource},
		with(empty("kubebuilder:validation:Schemaless", onField), "the field gets an empty schema"),
		{name: "k8s:immutable", target: onField, help: "the field cannot change once set (a self == oldSelf rule)", schema: func(_ *schemaCtx, s *Schema, _ *markerVal) error {
			s.XValidations = append(s.XValidations, ValidationRule{Rule: "self == oldSelf", Message: "field is immutable"})
			return nil
		}},
		{name: "k8s:maxItems", target: onField, value: "int", help: "the most items the list may have", custom: maxItemsParse, schema: applyMaxItems},
		{name: "k8s:minimum", target: onField, value: "number", help: "the smallest numeric value the field may have", custom: floatMarker("minimum"), schema: applyMinimum},
		{name: "k8s:maximum", target: onField, value: "number", help: "the largest numeric value the field may have", custom: floatMarker("maximum"), schema: applyMaximum},
		{name: "kubebuilder:pruning:PreserveUnknownFields", target: onField, category: catProcessing, help: preserveHelp, schema: applyPreserveUnknown},
		{name: "kubebuilder:pruning:PreserveUnknownFields", target: onType, category: catProcessing, help: preserveHelp, schema: applyPreserveUnknown},
		{name: "kubebuilder:title", target: onField, anon: &tAny, help: "the schema title", schema: applyTitle},
		{name: "kubebuilder:title", target: onType, anon: &tAny, help: "the schema title", schema: applyTitle},
		// package markers
		{name: "groupName", target: onPackage, category: catCRD, help: "the API group of the package's kinds", anon: &argType{kind: argString, optional: true}},
		{name: "versionName", target: onPackage, category: catCRD, help: "the API version of the package (default: the package name)", anon: &tString},
		with(empty("kubebuilder:validation:Optional", onPackage), "every field of the package is optional unless marked"),
		with(empty("kubebuilder:validation:Required", onPackage), "every field of the package is required unless marked (the default)"),
		{name: "kubebuilder:skip", target: onPackage, category: catCRD, help: "the package is no API version: no CRDs from it"},
	} {
		r.add(d)
	}
	for _, d := range crdDefs() {
		r.add(d)
	}
	for _, t := range []target{onField, onType} {
		for _, n := range []string{"listMapKey", "k8s:listMapKey"} {
			r.add(&def{name: n, target: t, anon: &tString, category: catProcessing, help: "a key of the map list (repeat for several)", schema: applyListMapKey})
		}
		for _, n := range []string{"listType", "k8s:listType"} {
			r.add(&def{name: n, target: t, anon: &tString, priority: prioDefault - 1, category: catProcessing, help: "how the list merges: atomic, set or map", schema: applyListType})
		}
		r.add(&def{name: "mapType", target: t, anon: &tString, category: catProcessing, help: "how the map merges: atomic or granular", schema: applyMapType})
		r.add(&def{name: "structType", target: t, anon: &tString, category: catProcessing, help: "how the struct merges: atomic or granular", schema: applyStructType})
		r.add(&def{name: "kubebuilder:externalDocs", target: t, args: []arg{{"url", tString}, {"description", opt(tString)}}, category: catCRD,
			help: "a link to documentation of the field or type", argHelp: map[string]string{"url": "the URL", "description": "what it links to"}, schema: applyExternalDocs})
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
