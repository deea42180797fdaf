package markers

// The markers the defaulter generator reads.
var (
	// DefaulterGen turns defaulting on for a package (by field name), on or
	// off for a type, and marks a hand-written defaulter as covering.
	DefaulterGen = Def{
		Name:       "k8s:defaulter-gen",
		Generator:  "defaulter-gen",
		Scopes:     Package | Type | Func,
		Repeatable: true,
		Doc: "In doc.go: a field name (repeatable, e.g. TypeMeta); every type with such a field gets a SetObjectDefaults_<Type> " +
			"function registered by RegisterDefaults; false turns the package off. On a type: true or false opts it in or out. " +
			"On a hand-written SetDefaults_<Type>: covers means it already defaults everything below the type.",
		Example: "+k8s:defaulter-gen=TypeMeta",
	}
	// DefaulterGenInput names the package holding the types to default.
	DefaulterGenInput = Def{
		Name:      "k8s:defaulter-gen-input",
		Generator: "defaulter-gen",
		Scopes:    Package,
		Doc:       "In doc.go: the import path of the package holding the types to default, when it is not the package itself.",
		Example:   "+k8s:defaulter-gen-input=k8s.io/api/core/v1",
	}
	// Default is a field's (or a pointed-to type's) default value.
	Default = Def{
		Name:       "default",
		Generator:  "defaulter-gen",
		Scopes:     Type | Field,
		Parser:     CodeTags,
		Repeatable: true, // the generator reports repeats itself, naming the field
		Doc: "The value a field gets when it is unset (zero or nil), as JSON for the field's type, or ref(Ident) / " +
			"ref(import/path.Ident) naming a constant. On a type, it applies to fields of a pointer to that type.",
		Example: `+default="Always"`,
	}
)

// defaulterDefs are the markers the defaulter generator reads.
var defaulterDefs = []Def{DefaulterGen, DefaulterGenInput, Default}
