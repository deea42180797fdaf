package markers

import (
	"slices"
	"strings"
	"sync"
)

// Catalogue returns every marker kodegen's generators read, sorted by
// name. `kodegen markers` prints it; the linter knows it.
func Catalogue() []Def {
	var all []Def
	for _, defs := range [][]Def{
		deepcopyDefs, clientDefs, listerDefs, informerDefs,
		applyconfigDefs, defaulterDefs, conversionDefs, registerDefs, openapiDefs,
		prereleaseDefs,
	} {
		all = append(all, defs...)
	}
	slices.SortStableFunc(all, func(a, b Def) int { return strings.Compare(a.Name, b.Name) })
	return all
}

// Lookup returns the declared marker called name.
func Lookup(name string) (Def, bool) {
	d, ok := byName()[name]
	return d, ok
}

// byName indexes the catalogue; the declarations are constant, so it is
// built once.
var byName = sync.OnceValue(func() map[string]Def {
	m := map[string]Def{}
	for _, d := range Catalogue() {
		m[d.Name] = d
	}
	return m
})

// Markers of upstream tools kodegen does not replace, which kodegen's lint
// rules (generators/internal/apilint) name.
var (
	ProtobufGen        = Def{Name: "k8s:protobuf-gen", Generator: "go-to-protobuf"}
	ValidationGen      = Def{Name: "k8s:validation-gen", Generator: "validation-gen"}
	ValidationGenInput = Def{Name: "k8s:validation-gen-input", Generator: "validation-gen"}
	// ValidationGenAux are validation-gen's other package markers.
	ValidationGenAux = []Def{
		{Name: "k8s:validation-gen-nolint", Generator: "validation-gen"},
		{Name: "k8s:validation-gen-scheme-registry", Generator: "validation-gen"},
		{Name: "k8s:validation-gen-test-fixture", Generator: "validation-gen"},
		{Name: "k8s:validation-gen-test-targets", Generator: "validation-gen"},
	}
)

// Foreign are markers of upstream tools kodegen does not replace. They are
// known, so they never draw a warning; a name below one of them
// ("k8s:protobuf-gen:x") is known too.
var Foreign = append([]Def{
	ProtobufGen, ValidationGen, ValidationGenInput,
	{Name: "k8s:protobuf", Generator: "go-to-protobuf"},
	// validation-gen's field and type tags.
	{Name: "k8s:validation"}, {Name: "k8s:required"}, {Name: "k8s:optional"}, {Name: "k8s:enum"},
	{Name: "k8s:listType"}, {Name: "k8s:listMapKey"}, {Name: "k8s:maxItems"}, {Name: "k8s:format"},
	{Name: "k8s:minimum"}, {Name: "k8s:maximum"}, {Name: "k8s:immutable"}, {Name: "k8s:subresource"},
	{Name: "k8s:unionMember"}, {Name: "k8s:unionDiscriminator"}, {Name: "k8s:isSubresource"},
	{Name: "k8s:supportsSubresource"}, {Name: "k8s:alpha"}, {Name: "k8s:beta"}, {Name: "k8s:opaqueType"},
	{Name: "k8s:zeroOrOneOfMember"}, {Name: "k8s:eachVal"}, {Name: "k8s:eachKey"}, {Name: "k8s:item"},
	{Name: "k8s:ifEnabled"}, {Name: "k8s:ifDisabled"}, {Name: "k8s:forbidden"}, {Name: "k8s:neq"},
	{Name: "k8s:maxLength"}, {Name: "k8s:minLength"}, {Name: "k8s:declarativeValidationNative"},
}, ValidationGenAux...)

// isForeign reports whether name is one of Foreign or below one.
func isForeign(name string) bool {
	for _, f := range Foreign {
		if name == f.Name || strings.HasPrefix(name, f.Name+":") {
			return true
		}
	}
	return false
}
