package markers

// OpenAPIGen selects what openapi-gen writes definitions for.
var OpenAPIGen = Def{
	Name:      "k8s:openapi-gen",
	Generator: "openapi-gen",
	Scopes:    Package | Type | Field,
	Allowed:   []string{"true", "false"},
	Doc: "In doc.go, true writes the definitions of every type of the package; on a type, true adds it " +
		"and false leaves it out; on a field, false leaves the field out.",
	Example: "+k8s:openapi-gen=true",
}

// OpenAPIModelPackage gives the model names (OpenAPIModelName) of a
// package's types, or of one type.
var OpenAPIModelPackage = Def{
	Name:      "k8s:openapi-model-package",
	Generator: "openapi-gen",
	Scopes:    Package | Type,
	Parser:    FuncStyle,
	Value:     ModelPackageKind,
	Doc: "The package part of the OpenAPI model names: with --output-model-name-file, the struct types get " +
		"OpenAPIModelName() returning <value>.<Type>, and the definitions are keyed by it.",
	Example: "+k8s:openapi-model-package=io.k8s.api.core.v1",
}

// The union markers kube-openapi reads (x-kubernetes-unions).
var (
	OpenAPIUnion = Def{
		Name: "union", Generator: "openapi-gen", Scopes: Type | Field,
		Doc:     "On a struct, every field is a member of one union; on a field, not allowed.",
		Example: "+union",
	}
	OpenAPIUnionDeprecated = Def{
		Name: "unionDeprecated", Generator: "openapi-gen", Scopes: Field,
		Doc:     "The field is a member of its struct's union (the older, per-field form).",
		Example: "+unionDeprecated",
	}
	OpenAPIUnionDiscriminator = Def{
		Name: "unionDiscriminator", Generator: "openapi-gen", Scopes: Field,
		Doc:     "The field names which member of the union is set.",
		Example: "+unionDiscriminator",
	}
)

// The field markers kube-openapi turns into x-kubernetes- extensions and
// checks.
var (
	OpenAPIPatchMergeKey = Def{
		Name: "patchMergeKey", Generator: "openapi-gen", Scopes: Field, Value: JSONNameKind,
		Doc:     "x-kubernetes-patch-merge-key; must equal the field's patchMergeKey struct tag.",
		Example: "+patchMergeKey=name",
	}
	OpenAPIPatchStrategy = Def{
		Name: "patchStrategy", Generator: "openapi-gen", Scopes: Field, Value: PatchStrategyKind,
		Doc:     "x-kubernetes-patch-strategy; must equal the field's patchStrategy struct tag.",
		Example: "+patchStrategy=merge",
	}
	OpenAPIListType = Def{
		Name: "listType", Generator: "openapi-gen", Scopes: Field | Type,
		Allowed: []string{"atomic", "set", "map"},
		Doc:     "x-kubernetes-list-type of a list.",
		Example: "+listType=map",
	}
	OpenAPIListMapKey = Def{
		Name: "listMapKey", Generator: "openapi-gen", Scopes: Field | Type, Repeatable: true, Value: JSONNameKind,
		Doc:     "x-kubernetes-list-map-keys of a +listType=map list (repeatable).",
		Example: "+listMapKey=name",
	}
	OpenAPIEnum = Def{
		Name: "enum", Generator: "openapi-gen", Scopes: Type,
		Doc:     "A string type whose constants are its only values: the definitions list them (enum, description).",
		Example: "+enum",
	}
)

// openapiDefs are the markers openapi-gen reads.
var openapiDefs = []Def{
	OpenAPIGen, OpenAPIModelPackage, OpenAPIUnion, OpenAPIUnionDeprecated, OpenAPIUnionDiscriminator,
	OpenAPIPatchMergeKey, OpenAPIPatchStrategy, OpenAPIListType, OpenAPIListMapKey, OpenAPIEnum,
}
