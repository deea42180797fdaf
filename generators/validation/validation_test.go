package validation

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// TestDocs: --docs lists the 45 tags of upstream v0.37.2, sorted, each
// with its scopes.
func TestDocs(t *testing.T) {
	var b bytes.Buffer
	if err := Docs(&b); err != nil {
		t.Fatal(err)
	}
	var docs []struct {
		Tag    string
		Scopes []string
	}
	if err := json.Unmarshal(b.Bytes(), &docs); err != nil {
		t.Fatal(err)
	}
	if len(docs) != 45 {
		t.Errorf("%d tags, want upstream's 45", len(docs))
	}
	for i, d := range docs {
		if i > 0 && docs[i-1].Tag >= d.Tag {
			t.Errorf("tags not sorted: %s before %s", docs[i-1].Tag, d.Tag)
		}
		if len(d.Scopes) == 0 {
			t.Errorf("%s has no scope", d.Tag)
		}
	}
}

// TestConfig: upstream's flag rules.
func TestConfig(t *testing.T) {
	for _, c := range []struct {
		mod  func(*Config)
		want string // "" for valid
	}{
		{func(*Config) {}, ""},
		{func(c *Config) { c.OutputFile = "" }, "--output-file must be specified"},
		{func(c *Config) { c.TestAllowlist = "a.yaml" }, "--test-allowlist is only meaningful with --test-output-root"},
		{func(c *Config) { c.TestOutputFilePrefix = "zz_" }, "--test-output-file-prefix is only meaningful"},
		{func(c *Config) { c.TestOutputRoot = "out" }, ""},
		{func(c *Config) {
			c.TestOutputRoot, c.TestOutputFilePrefix, c.TestAllowlist = "out", "zz_generated.", "allow.yaml"
		}, ""},
		{func(c *Config) { c.ReadOnlyPkgs = []string{"k8s.io/api/core/v1"} }, ""},
	} {
		cfg := Defaults()
		c.mod(&cfg)
		_, err := New(cfg)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%+v: %v", cfg, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%+v: error %v, want %q", cfg, err, c.want)
		}
	}
}

func parseTag(t *testing.T, s string) codetags.Tag {
	t.Helper()
	tag, err := codetags.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return tag
}

// TestTagValidation: the calls a tag becomes, by the type it is on, and
// upstream's refusals.
func TestTagValidation(t *testing.T) {
	str, i32, u16 := types.String, types.Int32, types.Uint16
	slice := &types.Type{Kind: types.Slice, Elem: types.String}
	ptr := types.PointerTo(types.Int32)
	for _, c := range []struct {
		tag   string
		t     *types.Type
		fn    string
		args  string
		flags fnFlags
		err   string
	}{
		{tag: "k8s:required", t: str, fn: "RequiredValue", flags: shortCircuit},
		{tag: "k8s:required", t: ptr, fn: "RequiredPointer", flags: shortCircuit},
		{tag: "k8s:optional", t: slice, fn: "OptionalSlice", flags: shortCircuit | nonError},
		{tag: "k8s:minimum=-3", t: i32, fn: "Minimum", args: "[-3]"},
		{tag: "k8s:maximum=65535", t: u16, fn: "Maximum", args: "[65535]"},
		{tag: "k8s:maximum=65536", t: u16, err: "16-bit unsigned"},
		{tag: "k8s:minimum=1", t: str, err: "can only be used on integer types"},
		{tag: "k8s:maxItems=3", t: slice, fn: "MaxItems", args: "[3]", flags: shortCircuit},
		{tag: "k8s:maxLength=3", t: slice, err: "can only be used on string types"},
		{tag: "k8s:format=k8s-uuid", t: str, fn: "UUID"},
		{tag: "k8s:format=k8s-nope", t: str, err: "unsupported validation format"},
		{tag: "k8s:immutable", t: str, fn: "Immutable", flags: shortCircuit},
		{tag: "k8s:monotonic", t: i32, fn: "Monotonic"},
		{tag: "k8s:monotonic", t: str, err: "must be an integer type"},
		{tag: "k8s:validateError=x", t: str, err: "forced error"},
	} {
		v, err := tagValidation(tagContext{t: c.t}, parseTag(t, c.tag))
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("+%s on %v: error %v, want %q", c.tag, c.t, err, c.err)
			}
			continue
		}
		if err != nil || len(v.calls) != 1 {
			t.Errorf("+%s on %v: %d calls, %v", c.tag, c.t, len(v.calls), err)
			continue
		}
		got := v.calls[0]
		args := ""
		if len(got.args) > 0 {
			args = jsonArgs(got.args)
		}
		if got.fn.Name != c.fn || got.fn.Package != validatePkg || got.flags != c.flags || args != c.args {
			t.Errorf("+%s on %v: %s%s flags %d, want %s%s flags %d", c.tag, c.t, got.fn.Name, args, got.flags, c.fn, c.args, c.flags)
		}
	}
}

func jsonArgs(a []any) string {
	b, _ := json.Marshal(a)
	return string(b)
}

// TestEachVal: +k8s:eachVal wraps its payload's call for every value,
// after the place's other calls (late), and refuses a payload that does
// not apply to values.
func TestEachVal(t *testing.T) {
	slice := &types.Type{Kind: types.Slice, Elem: types.String}
	v, err := tagValidation(tagContext{t: slice}, parseTag(t, "k8s:eachVal=+k8s:maxLength=5"))
	if err != nil {
		t.Fatal(err)
	}
	if len(v.calls) != 0 || len(v.late) != 1 || v.late[0].fn.Name != "EachValSliceVal" {
		t.Fatalf("got %+v", v)
	}
	if w, ok := v.late[0].args[2].(wrapper); !ok || w.call.fn.Name != "MaxLength" {
		t.Errorf("the wrapped call is %+v", v.late[0].args[2])
	}
	if _, err := tagValidation(tagContext{t: slice}, parseTag(t, "k8s:eachVal=+k8s:required")); err == nil || !strings.Contains(err.Error(), "cannot be specified on list values") {
		t.Errorf("+k8s:required on list values: %v", err)
	}
}

// TestListTags: +k8s:listType, +k8s:listMapKey, +k8s:unique and +k8s:item
// make the uniqueness and item calls, and refuse what upstream refuses.
func TestListTags(t *testing.T) {
	elem := &types.Type{Name: types.Name{Package: "p", Name: "Item"}, Kind: types.Struct, Members: []types.Member{
		{Name: "Name", Type: types.String, Tags: `json:"name"`},
		{Name: "Port", Type: types.PointerTo(types.Int32), Tags: `json:"port"`},
		{Name: "Sub", Type: &types.Type{Kind: types.Struct}, Tags: `json:"sub"`},
	}}
	list := &types.Type{Kind: types.Slice, Elem: elem}
	strs := &types.Type{Kind: types.Slice, Elem: types.String}
	for _, c := range []struct {
		name string
		t    *types.Type
		tags []string
		fns  []string // the late calls' functions
		err  string
	}{
		{"set", strs, []string{"k8s:listType=set"}, []string{"ValSliceUnique"}, ""},
		{"atomic", strs, []string{"k8s:listType=atomic"}, nil, ""},
		{"atomic unique", strs, []string{"k8s:listType=atomic", "k8s:unique=set"}, []string{"ValSliceUnique"}, ""},
		{"map", list, []string{"k8s:listMapKey=name", "k8s:listType=map"}, []string{"ValSliceUnique"}, ""},
		{"item", list, []string{"k8s:item(name: \"a\")=+k8s:immutable", "k8s:listMapKey=name", "k8s:listType=map"}, []string{"ValSliceItem", "ValSliceUnique"}, ""},
		{"map of strings", strs, []string{"k8s:listType=map"}, nil, "only lists of structs can be list-maps"},
		{"map without key", list, []string{"k8s:listType=map"}, nil, "without listMapKey"},
		{"unique without listType", strs, []string{"k8s:unique=set"}, nil, "listType must be specified"},
		{"unique on a set", strs, []string{"k8s:listType=set", "k8s:unique=set"}, nil, "may not be used with listType=set"},
		{"unknown list type", strs, []string{"k8s:listType=bag"}, nil, `unknown list type "bag"`},
		{"struct key", list, []string{"k8s:listMapKey=sub", "k8s:listType=map"}, nil, "only primitive types"},
		{"missing key", list, []string{"k8s:listMapKey=nope", "k8s:listType=map"}, nil, `no field for JSON name "nope"`},
		{"item without map", list, []string{"k8s:item(name: \"a\")=+k8s:immutable"}, nil, "item tags require listType=map"},
		{"item with a wrong key", list, []string{"k8s:item(port: 1, name: \"a\")=+k8s:immutable", "k8s:listMapKey=name", "k8s:listType=map"}, nil, "number of arguments (2)"},
		{"listType on a string", types.String, []string{"k8s:listType=set"}, nil, "can only be used on list types"},
	} {
		var tgs []codetags.Tag
		for _, s := range c.tags {
			tgs = append(tgs, parseTag(t, s))
		}
		v, err := tagVals(tagContext{scope: markers.Field, t: c.t}, tgs)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s: error %v, want %q", c.name, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		v.settle()
		var fns []string
		for _, cl := range v.calls {
			fns = append(fns, cl.fn.Name)
		}
		if strings.Join(fns, ",") != strings.Join(c.fns, ",") {
			t.Errorf("%s: calls %v, want %v", c.name, fns, c.fns)
		}
	}
}

// TestSubfield: +k8s:subfield wraps its payload in validate.Subfield, in
// the subfield's cohort, with the subfield's own short-circuits as
// non-errors; it refuses what upstream refuses.
func TestSubfield(t *testing.T) {
	st := &types.Type{Name: types.Name{Package: "p", Name: "S"}, Kind: types.Struct, Members: []types.Member{
		{Name: "Name", Type: types.String, Tags: `json:"name"`, CommentLines: []string{"+k8s:required"}},
	}}
	v, err := tagVals(tagContext{scope: markers.Field, t: st}, []codetags.Tag{parseTag(t, "k8s:subfield(name)=+k8s:maxLength=3")})
	if err != nil {
		t.Fatal(err)
	}
	v.settle()
	var got []string
	for _, c := range v.calls {
		w := c.args[3].(wrapper)
		got = append(got, fmt.Sprintf("%s/%s/%s/%d", c.fn.Name, c.cohort, w.call.fn.Name, c.flags))
	}
	want := []string{"Subfield/name/MaxLength/0", fmt.Sprintf("Subfield/name/RequiredValue/%d", shortCircuit|nonError)}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("calls %v, want %v", got, want)
	}
	for tag, want := range map[string]string{
		"k8s:subfield(nope)=+k8s:maxLength=3":                  `no field for json name "nope"`,
		"k8s:subfield(name)=+k8s:subfield(x)=+k8s:maxLength=3": "nested +k8s:subfield tags are unsupported",
		"k8s:subfield(name)=+k8s:eachVal=+k8s:maxLength=3":     "can only be used on list or map types",
	} {
		if _, err := tagVals(tagContext{scope: markers.Field, t: st}, []codetags.Tag{parseTag(t, tag)}); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("+%s: error %v, want %q", tag, err, want)
		}
	}
	if _, err := tagVals(tagContext{scope: markers.Field, t: types.String}, []codetags.Tag{parseTag(t, "k8s:subfield(name)=+k8s:maxLength=3")}); err == nil || !strings.Contains(err.Error(), "can only be used on struct types") {
		t.Errorf("+k8s:subfield on a string: %v", err)
	}
}

// TestUnions: union members of a struct's fields become one struct-level
// call with a membership variable; bad members are refused.
func TestUnions(t *testing.T) {
	sub := &types.Type{Name: types.Name{Package: "p", Name: "Sub"}, Kind: types.Struct}
	st := &types.Type{Name: types.Name{Package: "p", Name: "S"}, Kind: types.Struct}
	st.Members = []types.Member{
		{Name: "D", Type: types.String, Tags: `json:"d"`, CommentLines: []string{"+k8s:unionDiscriminator"}},
		{Name: "A", Type: types.PointerTo(sub), Tags: `json:"a"`, CommentLines: []string{"+k8s:unionMember"}},
		{Name: "B", Type: &types.Type{Kind: types.Slice, Elem: types.String}, Tags: `json:"b"`, CommentLines: []string{"+k8s:unionMember(memberName: \"Bee\")"}},
	}
	td := &discoverer{inputs: map[string]bool{"p": true}, nodes: map[*types.Type]*node{}}
	n, err := td.discover(st, "p.S")
	if err != nil {
		t.Fatal(err)
	}
	if len(n.typeVals.calls) != 1 || n.typeVals.calls[0].fn.Name != "DiscriminatedUnion" || len(n.typeVals.calls[0].args) != 4 {
		t.Fatalf("type calls %+v", n.typeVals.calls)
	}
	if len(n.typeVals.vars) != 1 || n.typeVals.vars[0].name != "unionMembershipFor_p_S_" || n.typeVals.vars[0].init.(nestedCall).fn.Name != "NewDiscriminatedUnionMembership" {
		t.Fatalf("vars %+v", n.typeVals.vars)
	}
	if got := fmt.Sprint(n.typeVals.vars[0].init.(nestedCall).args); !strings.Contains(got, "[a A]") || !strings.Contains(got, "[b Bee]") {
		t.Errorf("members %s", got)
	}
	for _, c := range []struct {
		field *types.Member
		want  string
	}{
		{&types.Member{Name: "D", Type: types.Int32, Tags: `json:"d"`, CommentLines: []string{"+k8s:unionDiscriminator"}}, "can only be used on string types"},
		{&types.Member{Name: "S", Type: sub, Tags: `json:"s"`, CommentLines: []string{"+k8s:unionMember"}}, "can only be used on nilable and primitive types"},
		{&types.Member{Name: "N", Type: types.String, Tags: `json:"-"`, CommentLines: []string{"+k8s:zeroOrOneOfMember"}}, "has no JSON name"},
	} {
		bad := &types.Type{Name: types.Name{Package: "p", Name: "Bad" + c.field.Name}, Kind: types.Struct, Members: []types.Member{*c.field}}
		if _, err := td.discover(bad, "p.Bad"); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.field.Name, err, c.want)
		}
	}
}

// TestUpdate: +k8s:update's constraints of a field become one call, in
// validate's order; wrong constraints for the type are refused.
func TestUpdate(t *testing.T) {
	strs := &types.Type{Kind: types.Slice, Elem: types.String}
	tags := func(ss ...string) []codetags.Tag {
		var out []codetags.Tag
		for _, s := range ss {
			out = append(out, parseTag(t, s))
		}
		return out
	}
	v, err := tagVals(tagContext{scope: markers.Field, t: types.PointerTo(types.String)}, tags("k8s:update=NoUnset", "k8s:update=NoModify"))
	if err != nil {
		t.Fatal(err)
	}
	v.settle()
	if len(v.calls) != 1 || v.calls[0].fn.Name != "UpdatePointer" || jsonArgs(v.calls[0].args) != `[{"Package":"k8s.io/apimachinery/pkg/api/validate","Name":"NoUnset","Path":""},{"Package":"k8s.io/apimachinery/pkg/api/validate","Name":"NoModify","Path":""}]` {
		t.Errorf("calls %+v", v.calls)
	}
	for _, c := range []struct {
		t    *types.Type
		tags []string
		want string
	}{
		{types.String, []string{"k8s:update=NoAddItem"}, "can only be used on list or map fields"},
		{strs, []string{"k8s:update=NoModify"}, "is not supported on list or map fields"},
		{strs, []string{"k8s:update=NoAddItem"}, "require list metadata"},
		{strs, []string{"k8s:listType=atomic", "k8s:update=NoAddItem"}, "require listType=set, listType=map"},
		{types.String, []string{"k8s:update=NoChange"}, "unknown +k8s:update constraint"},
		{strs, []string{"k8s:eachVal=+k8s:update=NoSet"}, "does not apply to list values"},
	} {
		if _, err := tagVals(tagContext{scope: markers.Field, t: c.t}, tags(c.tags...)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v on %v: error %v, want %q", c.tags, c.t, err, c.want)
		}
	}
}

// TestEmissions: the errors a call declares, as upstream's Emits, through
// the wrappers that add a path step.
func TestEmissions(t *testing.T) {
	name := func(n string) types.Name { return types.Name{Package: validatePkg, Name: n} }
	for _, c := range []struct {
		call call
		want fieldRules
	}{
		{fn(markers.VRequired.Name, shortCircuit, "RequiredPointer"), fieldRules{"f": {{errRequired, ""}}}},
		{fn(markers.VOptional.Name, shortCircuit|nonError, "OptionalPointer"), fieldRules{}},
		{fn(markers.VValidateFalse.Name, 0, "FixedResult", false, ""), fieldRules{"f": {{errInvalid, "validateFalse"}}}},
		{fn(markers.VValidateTrue.Name, 0, "FixedResult", true, ""), fieldRules{}},
		{fn(markers.VFormat.Name, 0, "ShortName"), fieldRules{"f": {{errInvalid, "format=k8s-short-name"}}}},
		{fn(markers.VMaxItems.Name, 0, "MaxItems", 3), fieldRules{"f": {{errTooMany, "maxItems"}}}},
		{fn(markers.VListType.Name, 0, "ValSliceUnique", name("DirectEqual")), fieldRules{"f[*]": {{errDuplicate, ""}}}},
		{fn(markers.VDependentRequired.Name, 0, "DependentRequired", "a", nil, "b", nil), fieldRules{"f.b": {{errRequired, "dependentRequired"}}}},
		{fn(markers.VUpdate.Name, shortCircuit, "ValSliceUpdate", literal("nil"), name("NoSet"), name("NoRemoveItem")),
			fieldRules{"f": {{errInvalid, "update"}, {errForbidden, "update"}}}},
		{fn(markers.VUpdate.Name, shortCircuit, "UpdateMap", name("NoRemoveItem")), fieldRules{"f[*]": {{errForbidden, "update"}}}},
		{fn(markers.VEachVal.Name, 0, "EachMapVal", name("DirectEqual"),
			wrapper{call: fn(markers.VSubfield.Name, 0, "Subfield", "s", nil, nil,
				wrapper{call: fn(markers.VMinimum.Name, 0, "Minimum", 1), frag: ".s"}), frag: "[*]"}),
			fieldRules{"f[*].s": {{errInvalid, "minimum"}}}},
		{fn(markers.VIfEnabled.Name, 0, "IfOption", "X", true, wrapper{call: fn(markers.VImmutable.Name, 0, "Immutable")}),
			fieldRules{"f": {{errInvalid, "immutable"}}}},
		{fn(markers.VModeDiscriminator.Name, 0, "Discriminated", literal(`"m"`), nil, nil, nil,
			multiWrapper{calls: []call{fn(markers.VForbidden.Name, 0, "ForbiddenPointer")}, frag: ".m"},
			sliceLit{elems: []any{structLit{fields: []litField{{"Validation", multiWrapper{calls: []call{fn(markers.VMaxLength.Name, 0, "MaxLength", 1)}, frag: ".m"}}}}}}),
			fieldRules{"f.m": {{errForbidden, ""}}}},
		{iterateCall("iterateListValues", types.Name{Package: "example.com/x", Name: "Validate_T"}), fieldRules{}},
	} {
		got := fieldRules{}
		got.record("f", c.call, "")
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s %s: rules %v, want %v", c.call.tag, c.call.fn.Name, got, c.want)
		}
	}
}

// TestAllowlist: every field of an entry is required, and "*" matches
// anything but the apiVersion.
func TestAllowlist(t *testing.T) {
	if _, err := parseAllowlist("a.yaml", []byte("- apiVersion: g/v1\n  kind: K\n  path: p\n  errorType: '*'\n  origin: '*'\n")); err == nil || !strings.Contains(err.Error(), "entry 0: reason is required") {
		t.Errorf("missing reason: error %v", err)
	}
	allow, err := parseAllowlist("a.yaml", []byte("- apiVersion: g/v1\n  kind: '*'\n  path: p\n  errorType: '*'\n  origin: o\n  reason: r\n"))
	if err != nil {
		t.Fatal(err)
	}
	reports := []*report{
		{group: "g", version: "v1", kind: "K", rules: fieldRules{"p": {{errInvalid, "o"}, {errRequired, ""}}, "q": {{errInvalid, "o"}}}},
		{group: "g", version: "v2", kind: "K", rules: fieldRules{"p": {{errInvalid, "o"}}}},
		{group: "g", version: "v1", kind: "L", rules: fieldRules{"p": {{errInvalid, "o"}}}},
	}
	got := filterReports(reports, allow)
	if len(got) != 2 || !reflect.DeepEqual(got[0].rules, fieldRules{"p": {{errRequired, ""}}, "q": {{errInvalid, "o"}}}) || got[1].version != "v2" {
		t.Errorf("filtered: %+v %+v", got[0], got[1:])
	}
}
