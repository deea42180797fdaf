package markers

const conversionTool = "conversion-gen"

// The markers the conversion generator reads.
var (
	// ConversionGen names peer packages in doc.go, or opts a type or field out.
	ConversionGen = Def{
		Name:       "k8s:conversion-gen",
		Generator:  conversionTool,
		Scopes:     Package | Type | Field,
		Repeatable: true,
		Value:      conversionKind,
		Doc: "In doc.go: the import path of a peer (usually internal) package to generate conversions with; " +
			"repeatable; false generates only explicit conversions. On a type or field: false opts it out.",
		Example: "+k8s:conversion-gen=example.com/apis/widgets",
	}
	// ConversionExternal names the package holding the versioned types.
	ConversionExternal = Def{
		Name:      "k8s:conversion-gen-external-types",
		Generator: conversionTool,
		Scopes:    Package,
		Value:     ImportPathKind,
		Doc:       "In doc.go: the import path of the package holding the versioned types, when it is not the package itself.",
		Example:   "+k8s:conversion-gen-external-types=example.com/api/widgets/v1",
	}
	// ConversionExplicitFrom asks for a conversion from another type.
	ConversionExplicitFrom = Def{
		Name:       "k8s:conversion-gen:explicit-from",
		Generator:  conversionTool,
		Scopes:     Type,
		Allowed:    []string{"net/url.Values"},
		Repeatable: true,
		Doc:        "Also generate a conversion into the type from the given type (only net/url.Values is supported), reading fields by their json names.",
		Example:    "+k8s:conversion-gen:explicit-from=net/url.Values",
	}
	// ConversionFn qualifies a hand-written conversion function.
	ConversionFn = Def{
		Name:      "k8s:conversion-fn",
		Generator: conversionTool,
		Scopes:    Func,
		Allowed:   []string{"copy-only", "drop"},
		Doc: "On a hand-written Convert_ function: copy-only means it only copies memory, so it does not block unsafe casts; " +
			"drop means generated code never calls it for a field.",
		Example: "+k8s:conversion-fn=copy-only",
	}
)

// conversionDefs are the markers the conversion generator reads.
var conversionDefs = []Def{ConversionGen, ConversionExternal, ConversionExplicitFrom, ConversionFn}

// conversionKind is +k8s:conversion-gen's value: a peer's import path or
// false in doc.go, false on a type or field.
var conversionKind = Kind{Name: "the import path of a peer package, or false (only false on a type or field)", check: func(v string, where Scope) (string, string) {
	switch {
	case v == "false":
		return "", ""
	case where == Type || where == Field:
		return "on a " + where.String() + " only false is allowed (it opts the " + where.String() + " out); write false, or remove the marker", ""
	}
	if why := ImportPath(v); why != "" {
		return "the peer package " + why, ""
	}
	return "", ""
}}
