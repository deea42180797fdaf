package openapischema

import (
	"bytes"
	"go/ast"
	"go/token"
	"reflect"
	"strings"
	"testing"

	"k8s.io/kube-openapi/pkg/common"
	"k8s.io/kube-openapi/pkg/util"
	"k8s.io/kube-openapi/pkg/validation/spec"
	"k8s.io/utils/ptr"
)

type noSource struct{}

func (noSource) Method(pkg, typ, name string) (*ast.FuncDecl, *ast.File, *token.FileSet, error) {
	return nil, nil, nil, errNo
}
func (noSource) Constant(pkg, name string) (string, error) { return "", errNo }

type errString string

func (e errString) Error() string { return string(e) }

const errNo = errString("not in the source")

const header = `package openapi

import (
	common "k8s.io/kube-openapi/pkg/common"
	spec "k8s.io/kube-openapi/pkg/validation/spec"
	v1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	os "os"
)

func GetOpenAPIDefinitions(ref common.ReferenceCallback) map[string]common.OpenAPIDefinition {
	return map[string]common.OpenAPIDefinition{
		"a.T": schema_T(ref),
	}
}
`

// TestUnsupportedShapes: every construct outside the shape kube-openapi
// writes is an error at file:line naming it.
func TestUnsupportedShapes(t *testing.T) {
	for _, tc := range []struct {
		name, body, want string
	}{
		{"statement", `var x = 1; return common.OpenAPIDefinition{}`, "zz.go:16:1: schema_T: unsupported: a body other than one return statement"},
		{"unknown type", `return common.OpenAPIDefinition{Schema: spec.Foo{}}`, "zz.go:17:42: unsupported type spec.Foo"},
		{"unknown field", `return common.OpenAPIDefinition{Nope: 1}`, "zz.go:17:34: common.OpenAPIDefinition has no field Nope"},
		{"positional", `return common.OpenAPIDefinition{spec.Schema{}}`, "unsupported common.OpenAPIDefinition element spec.Schema{} (only Field: value)"},
		{"variable", `return common.OpenAPIDefinition{Schema: x}`, "unsupported expression x"},
		{"foreign call", `return common.OpenAPIDefinition{Schema: spec.Schema{SchemaProps: spec.SchemaProps{Description: os.Getenv("X")}}}`, `unsupported call os.Getenv("X")`},
		{"unknown function", `return other(ref)`, "unsupported call of other (not a function of this file)"},
		{"method not found", `return common.OpenAPIDefinition{Schema: spec.Schema{SchemaProps: spec.SchemaProps{Type: v1.Time{}.OpenAPISchemaType()}}}`, "v1.Time{}.OpenAPISchemaType(): not in the source"},
		{"wrong type", `return common.OpenAPIDefinition{Schema: spec.Schema{SchemaProps: spec.SchemaProps{Description: 1}}}`, "1 is a int, need string"},
		{"binary", `return common.OpenAPIDefinition{Schema: spec.Schema{SchemaProps: spec.SchemaProps{Description: "a" + "b"}}}`, `unsupported expression "a" + "b"`},
		{"duplicate key", `return common.OpenAPIDefinition{Schema: spec.Schema{SchemaProps: spec.SchemaProps{Properties: map[string]spec.Schema{"a": {}, "a": {}}}}}`, "duplicate key a"},
		{"recursion", `return schema_T(ref)`, "schema_T calls itself"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := header + "\nfunc schema_T(ref common.ReferenceCallback) common.OpenAPIDefinition {\n\t" + tc.body + "\n}\n"
			_, err := Definitions("zz.go", []byte(src), noSource{}, Options{})
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "zz.go:") {
				t.Fatalf("error %q\nwant it to contain %q (at zz.go:line:col)", err, tc.want)
			}
		})
	}
}

// TestShapes: the supported constructs build the values the compiled
// code would.
func TestShapes(t *testing.T) {
	src := header + `
func schema_T(ref common.ReferenceCallback) common.OpenAPIDefinition {
	return common.OpenAPIDefinition{
		Schema: spec.Schema{
			SchemaProps: spec.SchemaProps{
				Type:    []string{"object"},
				Default: map[string]interface{}{"a": []interface{}{1, 2.5, "x", true}},
				Minimum: ptr.To[float64](1),
				MaxLength: ptr.To[int64](3),
				Enum:    []interface{}{"A", "B"},
				Properties: map[string]spec.Schema{
					"r": {SchemaProps: spec.SchemaProps{Ref: ref("a.U"), Default: -1}},
				},
				Items: &spec.SchemaOrArray{Schema: &spec.Schema{}},
			},
		},
		Dependencies: []string{"a.U"},
	}
}
`
	src = strings.Replace(src, `os "os"`, `ptr "k8s.io/utils/ptr"`, 1)
	defs, err := Definitions("zz.go", []byte(src), noSource{}, Options{Friendly: true})
	if err != nil {
		t.Fatal(err)
	}
	// The same literal, compiled.
	compiled := map[string]common.OpenAPIDefinition{"a.T": {
		Schema: spec.Schema{
			SchemaProps: spec.SchemaProps{
				Type:      []string{"object"},
				Default:   map[string]interface{}{"a": []interface{}{1, 2.5, "x", true}},
				Minimum:   ptr.To[float64](1),
				MaxLength: ptr.To[int64](3),
				Enum:      []interface{}{"A", "B"},
				Properties: map[string]spec.Schema{
					"r": {SchemaProps: spec.SchemaProps{Ref: spec.MustCreateRef("#/definitions/" + util.ToRESTFriendlyName("a.U")), Default: -1}},
				},
				Items: &spec.SchemaOrArray{Schema: &spec.Schema{}},
			},
		},
		Dependencies: []string{"a.U"},
	}}
	if !reflect.DeepEqual(defs, compiled) {
		t.Errorf("evaluated %#v\ncompiled %#v", defs, compiled)
	}
	info := Info{Title: "t", Version: "v", Indent: "  "}
	got, err := Document(defs, Options{Friendly: true}, info)
	if err != nil {
		t.Fatal(err)
	}
	want, err := Document(compiled, Options{Friendly: true}, info)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}
