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
		prereleaseDefs, validationDefs, objectDefs,
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
	ProtobufGen = Def{Name: "k8s:protobuf-gen", Generator: "go-to-protobuf"}
)

// Foreign are markers of upstream tools kodegen does not replace. They are
// known, so they never draw a warning; a name below one of them
// ("k8s:protobuf-gen:x") is known too.
var Foreign = []Def{
	ProtobufGen,
	{Name: "k8s:protobuf", Generator: "go-to-protobuf"},
	// Tags of Kubernetes' tools that validation-gen v0.37.2 does not read.
	{Name: "k8s:validation"}, {Name: "k8s:subresource"}, {Name: "k8s:declarativeValidationNative"},
	// kube-openapi's field markers, which +k8s:optional and +k8s:required
	// sit beside (they are no typos of them).
	{Name: "optional"}, {Name: "required"},
}

// isForeign reports whether name is one of Foreign or below one.
func isForeign(name string) bool {
	for _, f := range Foreign {
		if name == f.Name || strings.HasPrefix(name, f.Name+":") {
			return true
		}
	}
	return false
}
