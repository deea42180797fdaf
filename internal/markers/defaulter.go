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
		Value:      defaulterKind,
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
		Value:     ImportPathKind,
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
		Value:      DefaultKind,
		Doc: "The value a field gets when it is unset (zero or nil), as JSON for the field's type, or ref(Ident) / " +
			"ref(import/path.Ident) naming a constant. On a type, it applies to fields of a pointer to that type.",
		Example: `+default="Always"`,
	}
)

// defaulterDefs are the markers the defaulter generator reads.
var defaulterDefs = []Def{DefaulterGen, DefaulterGenInput, Default}

// defaulterKind is +k8s:defaulter-gen's value: a field name or false in
// doc.go, true or false on a type, covers on a function.
var defaulterKind = Kind{Name: "a field name or false in doc.go, true or false on a type, covers on a function", check: func(v string, where Scope) (string, string) {
	switch where {
	case Package:
		if v == "false" {
			return "", ""
		}
		if why := GoIdent(v); why != "" {
			return "in doc.go the value is a field name (such as TypeMeta) or false, and this " + why, goNameFix(v)
		}
	case Type:
		if v != "true" && v != "false" {
			return "on a type, want true or false", closestOf(v, []string{"true", "false"})
		}
	case Func:
		if v != "covers" {
			return "on a defaulting function, want covers", "covers"
		}
	default:
		if v != "false" && v != "true" && v != "covers" && GoIdent(v) != "" {
			return "the value is not a field name, true, false or covers", ""
		}
	}
	return "", ""
}}
