package defaulter

import (
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"math/big"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// defaultValue is a parsed +default marker.
type defaultValue struct {
	// literal is the JSON as written, when the default is not a reference.
	literal string
	// ref is the constant named by ref(...).
	ref types.Name
	// primitive: the value is assigned directly (the field is a builtin, or
	// a chain of pointers and named types ending in one); otherwise it is
	// decoded from JSON at run time.
	primitive bool
	// base is the type at the end of the pointer and named-type chain.
	base *types.Type
	// field is the type of the field (or element) being defaulted.
	field *types.Type
	// sym is where the marker was read, for errors found later.
	sym markers.Symbol
}

// zeroJSON maps a type name to the JSON decoding of its zero value: a
// default equal to it does nothing, so no code is generated for it.
var zeroJSON = map[string]any{
	"uint": 0., "uint8": 0., "uint16": 0., "uint32": 0., "uint64": 0.,
	"int": 0., "int8": 0., "int16": 0., "int32": 0., "int64": 0.,
	"byte": 0., "float64": 0., "float32": 0.,
	"bool": false, "string": "", "[]byte": "",
}

// zeroLiteral is the Go zero value of a builtin, as the generated code
// compares with it.
var zeroLiteral = map[string]string{
	"uint": "0", "uint8": "0", "uint16": "0", "uint32": "0", "uint64": "0",
	"int": "0", "int8": "0", "int16": "0", "int32": "0", "int64": "0",
	"byte": "0", "float64": "0", "float32": "0",
	"bool": "false", "string": `""`,
}

var refPattern = regexp.MustCompile(`^ref\(([^"]+)\)$`)

// defaultMarkers returns the values of the +default markers in src.
func defaultMarkers(src markers.Source) ([]string, error) {
	sym := src.Sym
	tags, err := markers.Default.Tags(src)
	if err != nil {
		return nil, err
	}
	var vals []string
	for _, tag := range tags {
		if len(tag.Args) > 0 {
			return nil, markers.Default.Errorf(sym, "", "+%s(%s)=%s: +default takes no arguments; write +default=<JSON> or +default=ref(Ident)", markers.Default.Name, strings.Join(tag.Args, ", "), tag.Value)
		}
		vals = append(vals, tag.Value)
	}
	return vals, nil
}

// readDefault returns the default for a value of type t whose comment is
// src, or nil. A pointer (or a named pointer) without a default of its
// own takes the first one found on the types it points to. refPkg is the
// package a ref(Ident) without a package refers to; src.Sym names the
// field for errors.
func readDefault(t *types.Type, src markers.Source, refPkg string) (*defaultValue, error) {
	sym := src.Sym
	vals, err := defaultMarkers(src)
	if err != nil {
		return nil, err
	}
	if len(vals) > 1 {
		return nil, markers.Default.Errorf(sym, "", "+default given %d times (%s); give it once", len(vals), strings.Join(vals, ", "))
	}
	text := ""
	if len(vals) == 1 {
		text = vals[0]
	}
	base, pointers := resolve(t)
	if pointers > 0 && text == "" {
		if text, err = nestedDefault(t); err != nil {
			return nil, err
		}
	}
	if text == "" {
		return nil, nil
	}
	v := &defaultValue{primitive: base.IsPrimitive(), base: base, field: t, sym: sym}
	if m := refPattern.FindStringSubmatch(text); m != nil {
		if why, _ := markers.DefaultKind.Check(text, markers.Field); why != "" {
			return nil, markers.Default.Errorf(sym, text, "+default=%s: %s", markers.Show(text), why)
		}
		v.ref = types.ParseFullyQualifiedName(m[1])
		if v.ref.Package == "" {
			v.ref.Package = refPkg
		}
	} else {
		var decoded any
		if err := json.Unmarshal([]byte(text), &decoded); err != nil {
			return nil, markers.Default.Errorf(sym, text, "+default=%s: not valid JSON (%v); write JSON for %s, or ref(Ident) for a constant", text, err, t.Name)
		}
		if decoded == nil {
			return nil, markers.Default.Errorf(sym, "", "+default=null: a default cannot be null; remove the marker")
		}
		if err := checkJSON(t, decoded); err != nil {
			return nil, markers.Default.Errorf(sym, text, "+default=%s: %v", text, err)
		}
		if strings.Contains(text, "`") {
			return nil, markers.Default.Errorf(sym, text, "+default=%s: a default cannot contain a backquote", text)
		}
		if zero, ok := zeroJSON[t.String()]; ok && reflect.DeepEqual(decoded, zero) {
			return nil, nil // the zero value: nothing to do
		}
		v.literal = text
		if v.primitive {
			lit, err := goLiteral(base, text, decoded)
			if err != nil {
				return nil, markers.Default.Errorf(sym, text, "+default=%s: %v", markers.Show(text), err)
			}
			v.literal = lit
		}
	}
	return v, checkAssignable(v, sym)
}

// checkAssignable rejects defaults for which the generated code would not
// compile (upstream writes it anyway).
func checkAssignable(v *defaultValue, sym markers.Symbol) error {
	if v.primitive {
		if _, pointers := resolve(v.field); pointers == 0 {
			if _, ok := zeroLiteral[v.base.String()]; !ok {
				return markers.Default.Errorf(sym, "", "+default on a %s: no zero value to compare with; default it in a SetDefaults_ function", v.base.Name)
			}
		}
		return nil
	}
	if v.literal == "" {
		return markers.Default.Errorf(sym, "", "+default=ref(%s) on a %s: ref() is only for fields of builtin types (or pointers to them); write the default as JSON", v.ref, v.field.Name)
	}
	if !nillable(v.field) {
		return markers.Default.Errorf(sym, "", "+default on a %s value: the generated code checks it against nil, which does not compile; make it a pointer or default it in a SetDefaults_ function", v.field.Name)
	}
	return nil
}

func nillable(t *types.Type) bool {
	for t.Kind == types.Alias {
		t = t.Underlying
	}
	switch t.Kind {
	case types.Pointer, types.Slice, types.Map, types.Interface:
		return true
	}
	return false
}

// resolve follows named types and pointers from t to the first type that is
// neither, counting the pointers on the way.
func resolve(t *types.Type) (*types.Type, int) {
	pointers := 0
	for {
		switch t.Kind {
		case types.Alias:
			t = t.Underlying
		case types.Pointer:
			t = t.Elem
			pointers++
		default:
			return t, pointers
		}
	}
}

// nestedDefault returns the first single +default on t or on the named
// types and pointers it leads to.
func nestedDefault(t *types.Type) (string, error) {
	for {
		vals, err := defaultMarkers(markers.DocLines(t))
		if err != nil {
			return "", err
		}
		if len(vals) == 1 && vals[0] != "" {
			return vals[0], nil
		}
		switch t.Kind {
		case types.Alias:
			t = t.Underlying
		case types.Pointer:
			t = t.Elem
		default:
			return "", nil
		}
	}
}

// pointerPath lists the element types met following the pointers (and
// named types) from t down to its base value type: see writeDefault.
func pointerPath(t *types.Type) []*types.Type {
	var path []*types.Type
	for t != nil {
		switch t.Kind {
		case types.Alias:
			t = t.Underlying
		case types.Pointer:
			t = t.Elem
			path = append(path, t)
		default:
			t = nil
		}
	}
	return path
}

// checkJSON checks that the decoded JSON v fits type t, so that a typo in a
// default fails now instead of at run time (or at compile time).
func checkJSON(t *types.Type, v any) error {
	if _, custom := t.Methods["UnmarshalJSON"]; custom {
		return nil
	}
	switch t.Kind {
	case types.Alias:
		return checkJSON(t.Underlying, v)
	case types.Pointer:
		if v == nil {
			return nil
		}
		return checkJSON(t.Elem, v)
	case types.Builtin:
		return checkBuiltin(t.Name.Name, v)
	case types.Slice, types.Array:
		if _, ok := v.(string); ok && isByte(t.Elem) {
			return nil // []byte is base64 in JSON
		}
		return checkEach(t, v)
	case types.Map:
		if v == nil {
			return nil
		}
		obj, ok := v.(map[string]any)
		if !ok {
			return fmt.Errorf("want a JSON object for %s", t.Name)
		}
		for _, k := range slices.Sorted(maps.Keys(obj)) {
			if err := checkJSON(t.Elem, obj[k]); err != nil {
				return fmt.Errorf("at key %q: %w", k, err)
			}
		}
	case types.Struct:
		if v == nil {
			return nil
		}
		obj, ok := v.(map[string]any)
		if !ok {
			return fmt.Errorf("want a JSON object for %s", t.Name)
		}
		return checkFields(t, obj)
	}
	return nil
}

// checkFields checks every key of obj against the JSON fields of struct t:
// a key no field has would be dropped silently when the default is decoded.
func checkFields(t *types.Type, obj map[string]any) error {
	fields := map[string]*types.Type{}
	jsonFields(t, fields)
	for _, k := range slices.Sorted(maps.Keys(obj)) {
		ft, ok := fields[strings.ToLower(k)]
		if !ok {
			return fmt.Errorf("%s has no field with JSON name %q", t.Name, k)
		}
		if err := checkJSON(ft, obj[k]); err != nil {
			return fmt.Errorf("at %q: %w", k, err)
		}
	}
	return nil
}

// jsonFields adds the fields of struct t by lower-cased JSON name (as
// encoding/json matches names case-insensitively), descending into
// embedded structs without a JSON name.
func jsonFields(t *types.Type, out map[string]*types.Type) {
	for _, m := range t.Members {
		name, _, _ := strings.Cut(reflect.StructTag(m.Tags).Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" && m.Embedded {
			if base, _ := resolve(m.Type); base.Kind == types.Struct {
				jsonFields(base, out)
				continue
			}
		}
		if name == "" {
			name = m.Name
		}
		if _, dup := out[strings.ToLower(name)]; !dup {
			out[strings.ToLower(name)] = m.Type
		}
	}
}

func isByte(t *types.Type) bool {
	base, pointers := resolve(t)
	return pointers == 0 && (base.Name.Name == "byte" || base.Name.Name == "uint8")
}

func checkEach(t *types.Type, v any) error {
	if v == nil {
		return nil
	}
	list, ok := v.([]any)
	if !ok {
		return fmt.Errorf("want a JSON array for %s", t.Name)
	}
	for i, e := range list {
		if err := checkJSON(t.Elem, e); err != nil {
			return fmt.Errorf("at index %d: %w", i, err)
		}
	}
	return nil
}

func checkBuiltin(name string, v any) error {
	switch name {
	case "string":
		if _, ok := v.(string); !ok {
			return fmt.Errorf("want a JSON string for %s", name)
		}
	case "bool":
		if _, ok := v.(bool); !ok {
			return fmt.Errorf("want true or false for %s", name)
		}
	case "float32", "float64":
		if _, ok := v.(float64); !ok {
			return fmt.Errorf("want a JSON number for %s", name)
		}
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "byte", "rune", "uintptr":
		f, ok := v.(float64)
		if !ok || f != math.Trunc(f) {
			return fmt.Errorf("want a whole JSON number for %s", name)
		}
		// gengo's universe has one builtin for int8, uint8 and byte, named
		// byte: its sign is not known, so a negative byte is let through.
		if f < 0 && strings.HasPrefix(name, "uint") {
			return fmt.Errorf("want a number of at least 0 for %s", name)
		}
	}
	return nil
}

// intBits are the sizes of the integer builtins, negative for signed.
var intBits = map[string]int{
	"int": -64, "int8": -8, "int16": -16, "int32": -32, "int64": -64, "rune": -32,
	"uint": 64, "uint8": 8, "uint16": 16, "uint32": 32, "uint64": 64, "byte": 8, "uintptr": 64,
}

// goLiteral returns the Go source of the JSON value text (decoded as
// decoded) for the builtin base: text itself when Go reads it as the same
// value, as upstream writes it; a JSON string Go would read differently
// ("\/", a lone surrogate) is quoted again. A number that does not fit
// base is an error: the generated code would not compile.
func goLiteral(base *types.Type, text string, decoded any) (string, error) {
	name := base.Name.Name
	switch d := decoded.(type) {
	case string:
		if s, err := strconv.Unquote(text); err == nil && s == d {
			return text, nil
		}
		return strconv.Quote(d), nil
	case float64:
		f, _, err := big.ParseFloat(text, 10, 256, big.ToNearestEven)
		if err != nil {
			return "", fmt.Errorf("%s is not a number Go can read (%v)", text, err)
		}
		if bits, ok := intBits[name]; ok {
			lo, hi := new(big.Float), new(big.Float)
			if name == "byte" {
				// int8, uint8 or byte (see checkBuiltin): what fits either.
				name = "an 8-bit integer"
				lo.SetInt64(-128)
				hi.SetInt64(255)
			} else if bits < 0 {
				lo.SetInt(new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), uint(-bits-1))))
				hi.SetInt(new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(-bits-1)), big.NewInt(1)))
			} else {
				hi.SetInt(new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(bits)), big.NewInt(1)))
			}
			if !f.IsInt() {
				return "", fmt.Errorf("want a whole number for %s", name)
			}
			if f.Cmp(lo) < 0 || f.Cmp(hi) > 0 {
				return "", fmt.Errorf("%s does not fit in %s (%s to %s)", text, name, lo.Text('f', 0), hi.Text('f', 0))
			}
		}
		if name == "float32" {
			if abs := new(big.Float).Abs(f); abs.Cmp(big.NewFloat(math.MaxFloat32)) > 0 {
				return "", fmt.Errorf("%s does not fit in float32", text)
			}
		}
	}
	return text, nil
}
