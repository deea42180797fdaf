package markers

import (
	"errors"
	"maps"
	"slices"
	"strconv"
	"strings"

	"k8s.io/gengo/v2/codetags"
)

// The validation tags validation-gen reads: every tag of code-generator
// v0.37.2's validation-gen (its --docs lists the same 45), with upstream's
// scopes, arguments and payloads. validation-gen reads them with codetags
// (+k8s:tag(arg, name: value)=payload), a payload may itself be a tag
// (+k8s:eachVal=+k8s:minimum=1). Def.Scopes says where a tag may be
// written directly (a type, a field, a constant); Contexts, upstream's
// finer scopes, add where it may apply through another tag (list values,
// map keys, map values).
var (
	VAlpha = VTag{
		Def: Def{
			Name: "k8s:alpha", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Marks the given payload validation as a Alpha validation of the handwritten validation code. An optional Kubernetes version can be specified.",
			Example: "+k8s:alpha=+k8s:minimum=1",
		},
		Contexts: []string{"list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{{Name: "since", Required: false}},
		Payload:  "tag", PayloadRequired: true,
		Payloads:  []string{"<validation-tag>"},
		Stability: "Beta",
		AnyArgs:   false,
	}
	VBeta = VTag{
		Def: Def{
			Name: "k8s:beta", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Marks the given payload validation as a Beta validation of the handwritten validation code. An optional Kubernetes version can be specified.",
			Example: "+k8s:beta=+k8s:minimum=1",
		},
		Contexts: []string{"list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{{Name: "since", Required: false}},
		Payload:  "tag", PayloadRequired: true,
		Payloads:  []string{"<validation-tag>"},
		Stability: "Beta",
		AnyArgs:   false,
	}
	VCustomUnique = VTag{
		Def: Def{
			Name: "k8s:customUnique", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Indicates that uniqueness validation for this list is implemented via custom, handwritten validation. This disables generation of uniqueness validation for this list.",
			Example: "+k8s:customUnique",
		},
		Contexts: []string{"list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{},
		Payload:  "", PayloadRequired: false,
		Payloads:  []string{},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VCustomValidation = VTag{
		Def: Def{
			Name: "k8s:customValidation", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Calls a hand-written validation function from the generated traversal code.",
			Example: "+k8s:customValidation",
		},
		Contexts: []string{"struct fields", "type definitions"},
		Args:     []VArg{},
		Payload:  "", PayloadRequired: false,
		Payloads:  []string{},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VDependentForbidden = VTag{
		Def: Def{
			Name: "k8s:dependentForbidden", Generator: "validation-gen", Scopes: Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Indicates that when this field is set, the named sibling field must not be set.",
			Example: "+k8s:dependentForbidden(\"otherField\")",
		},
		Contexts: []string{"struct fields"},
		Args:     []VArg{{Name: "", Required: true}},
		Payload:  "", PayloadRequired: false,
		Payloads:  []string{},
		Stability: "Alpha",
		AnyArgs:   false,
	}
	VDependentRequired = VTag{
		Def: Def{
			Name: "k8s:dependentRequired", Generator: "validation-gen", Scopes: Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Indicates that when this field is set, the named sibling field must also be set.",
			Example: "+k8s:dependentRequired(\"otherField\")",
		},
		Contexts: []string{"struct fields"},
		Args:     []VArg{{Name: "", Required: true}},
		Payload:  "", PayloadRequired: false,
		Payloads:  []string{},
		Stability: "Alpha",
		AnyArgs:   false,
	}
	VEachKey = VTag{
		Def: Def{
			Name: "k8s:eachKey", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Declares a validation for each key in a map.",
			Example: "+k8s:eachKey=+k8s:minimum=1",
		},
		Contexts: []string{"list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{},
		Payload:  "tag", PayloadRequired: true,
		Payloads:  []string{"<validation-tag>"},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VEachVal = VTag{
		Def: Def{
			Name: "k8s:eachVal", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Declares a validation for each value in a map or list.",
			Example: "+k8s:eachVal=+k8s:minimum=1",
		},
		Contexts: []string{"list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{},
		Payload:  "tag", PayloadRequired: true,
		Payloads:  []string{"<validation-tag>"},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VEnum = VTag{
		Def: Def{
			Name: "k8s:enum", Generator: "validation-gen", Scopes: Type, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Indicates that a string type is an enum. All constant values of this type are considered values in the enum unless excluded using +k8s:enumExclude.",
			Example: "+k8s:enum",
		},
		Contexts: []string{"type definitions"},
		Args:     []VArg{},
		Payload:  "", PayloadRequired: false,
		Payloads:  []string{},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VEnumExclude = VTag{
		Def: Def{
			Name: "k8s:enumExclude", Generator: "validation-gen", Scopes: Const, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Indicates that an constant value is not part of an enum, even if the constant's type is tagged with k8s:enum.\nMay be conditionally excluded via +k8s:ifEnabled(Option)=+k8s:enumExclude or +k8s:ifDisabled(Option)=+k8s:enumExclude.\nIf multiple +k8s:ifEnabled/+k8s:ifDisabled tags are used, the value is excluded if any of the exclude conditions are met.",
			Example: "+k8s:enumExclude",
		},
		Contexts: []string{"constant values"},
		Args:     []VArg{},
		Payload:  "", PayloadRequired: false,
		Payloads:  []string{},
		Stability: "Alpha",
		AnyArgs:   false,
	}
	VForbidden = VTag{
		Def: Def{
			Name: "k8s:forbidden", Generator: "validation-gen", Scopes: Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Indicates that a field may not be specified.",
			Example: "+k8s:forbidden",
		},
		Contexts: []string{"struct fields"},
		Args:     []VArg{},
		Payload:  "", PayloadRequired: false,
		Payloads:  []string{},
		Stability: "Beta",
		AnyArgs:   false,
	}
	VFormat = VTag{
		Def: Def{
			Name: "k8s:format", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Indicates that a string field has a particular format.",
			Example: "+k8s:format=k8s-short-name",
		},
		Contexts: []string{"list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{},
		Payload:  "string", PayloadRequired: true,
		Payloads:  []string{"k8s-extended-resource-name", "k8s-ip", "k8s-label-key", "k8s-label-value", "k8s-long-name", "k8s-long-name-caseless", "k8s-path-segment-name", "k8s-prefixed-label-key", "k8s-resource-fully-qualified-name", "k8s-resource-pool-name", "k8s-short-name", "k8s-uuid"},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VIfDisabled = VTag{
		Def: Def{
			Name: "k8s:ifDisabled", Generator: "validation-gen", Scopes: Type | Field | Const, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Declares a validation that only applies when an option is disabled.",
			Example: "+k8s:ifDisabled(\"MyFeature\")=+k8s:minimum=1",
		},
		Contexts: []string{"constant values", "list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{{Name: "", Required: true}},
		Payload:  "tag", PayloadRequired: true,
		Payloads:  []string{"<validation-tag>"},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VIfEnabled = VTag{
		Def: Def{
			Name: "k8s:ifEnabled", Generator: "validation-gen", Scopes: Type | Field | Const, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Declares a validation that only applies when an option is enabled.",
			Example: "+k8s:ifEnabled(\"MyFeature\")=+k8s:minimum=1",
		},
		Contexts: []string{"constant values", "list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{{Name: "", Required: true}},
		Payload:  "tag", PayloadRequired: true,
		Payloads:  []string{"<validation-tag>"},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VIfMode = VTag{
		Def: Def{
			Name: "k8s:ifMode", Generator: "validation-gen", Scopes: Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Indicates that this field's validation depends on a mode discriminator.",
			Example: "+k8s:ifMode(\"A\")=+k8s:required",
		},
		Contexts: []string{"struct fields"},
		Args:     []VArg{{Name: "", Required: false}, {Name: "modality", Required: false}, {Name: "mode", Required: false}},
		Payload:  "tag", PayloadRequired: true,
		Payloads:  []string{},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VImmutable = VTag{
		Def: Def{
			Name: "k8s:immutable", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Indicates that a field may not be updated.",
			Example: "+k8s:immutable",
		},
		Contexts: []string{"list values", "map values", "struct fields", "type definitions"},
		Args:     []VArg{},
		Payload:  "", PayloadRequired: false,
		Payloads:  []string{},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VItem = VTag{
		Def: Def{
			Name: "k8s:item", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Declares a validation for an item of a slice declared as a +k8s:listType=map. The item to match is declared by providing field-value pair arguments. All key fields must be specified.",
			Example: "+k8s:item(name: \"x\")=+k8s:minimum=1",
		},
		Contexts: []string{"list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{},
		Payload:  "tag", PayloadRequired: true,
		Payloads:  []string{"<validation-tag>"},
		Stability: "Stable",
		AnyArgs:   true,
	}
	VListMapKey = VTag{
		Def: Def{
			Name: "k8s:listMapKey", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Declares a named sub-field of a list's value-type to be part of the list-map key.",
			Example: "+k8s:listMapKey=name",
		},
		Contexts: []string{"list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{},
		Payload:  "string", PayloadRequired: true,
		Payloads:  []string{"<field-json-name>"},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VListType = VTag{
		Def: Def{
			Name: "k8s:listType", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Declares a list field's semantic type and ownership behavior. atomic: single ownership, set: shared ownership with uniqueness, map: shared ownership with key-based uniqueness.",
			Example: "+k8s:listType=map",
		},
		Contexts: []string{"list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{},
		Payload:  "string", PayloadRequired: true,
		Payloads:  []string{"<type>"},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VMaxBytes = VTag{
		Def: Def{
			Name: "k8s:maxBytes", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Indicates that a string field has a limit on its length in bytes.\n\t\tThis could only allow as few as N/4 multi-byte characters.\n\t\tIf you want to limit length of characters specifically, use maxLength.",
			Example: "+k8s:maxBytes=10",
		},
		Contexts: []string{"list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{},
		Payload:  "int", PayloadRequired: true,
		Payloads:  []string{"<non-negative integer>"},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VMaxItems = VTag{
		Def: Def{
			Name: "k8s:maxItems", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Indicates that a list has a limit on its size.",
			Example: "+k8s:maxItems=10",
		},
		Contexts: []string{"list values", "map values", "struct fields", "type definitions"},
		Args:     []VArg{},
		Payload:  "int", PayloadRequired: true,
		Payloads:  []string{"<non-negative integer>"},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VMaxLength = VTag{
		Def: Def{
			Name: "k8s:maxLength", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Indicates that a string field has a limit on its length in characters.\n\t\tThis could allow up to 4*N bytes if multi-byte characters are used.\n\t\tIf you want to limit length of bytes specifically, use maxBytes.",
			Example: "+k8s:maxLength=10",
		},
		Contexts: []string{"list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{},
		Payload:  "int", PayloadRequired: true,
		Payloads:  []string{"<non-negative integer>"},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VMaxProperties = VTag{
		Def: Def{
			Name: "k8s:maxProperties", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "maxProperties provides a limit on properties of an object as defined by JSON schema. In Kubernetes it may only be used to constrain the number of elements on a field defined as a golang map.",
			Example: "+k8s:maxProperties=10",
		},
		Contexts: []string{"struct fields", "type definitions"},
		Args:     []VArg{},
		Payload:  "int", PayloadRequired: true,
		Payloads:  []string{"<non-negative integer>"},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VMaximum = VTag{
		Def: Def{
			Name: "k8s:maximum", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Indicates that a numeric field has a maximum value.",
			Example: "+k8s:maximum=10",
		},
		Contexts: []string{"list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{},
		Payload:  "int", PayloadRequired: true,
		Payloads:  []string{"<integer>"},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VMinItems = VTag{
		Def: Def{
			Name: "k8s:minItems", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Indicates that a list has a minimum size.",
			Example: "+k8s:minItems=1",
		},
		Contexts: []string{"list values", "map values", "struct fields", "type definitions"},
		Args:     []VArg{},
		Payload:  "int", PayloadRequired: true,
		Payloads:  []string{"<non-negative integer>"},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VMinLength = VTag{
		Def: Def{
			Name: "k8s:minLength", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Indicates that a string field has a minimum length for its value in characters.\n\t\tThis means that the minimum size in bytes is a range from X to 4X if multi-byte characters are allowed.\n\t\t",
			Example: "+k8s:minLength=1",
		},
		Contexts: []string{"list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{},
		Payload:  "int", PayloadRequired: true,
		Payloads:  []string{"<integer>"},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VMinProperties = VTag{
		Def: Def{
			Name: "k8s:minProperties", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "minProperties provides a limit on properties of an object as defined by JSON schema. In Kubernetes it may only be used to constrain the number of elements on a field defined as a golang map.",
			Example: "+k8s:minProperties=1",
		},
		Contexts: []string{"struct fields", "type definitions"},
		Args:     []VArg{},
		Payload:  "int", PayloadRequired: true,
		Payloads:  []string{"<non-negative integer>"},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VMinimum = VTag{
		Def: Def{
			Name: "k8s:minimum", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Indicates that a numeric field has a minimum value.",
			Example: "+k8s:minimum=1",
		},
		Contexts: []string{"list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{},
		Payload:  "int", PayloadRequired: true,
		Payloads:  []string{"<integer>"},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VModeDiscriminator = VTag{
		Def: Def{
			Name: "k8s:modeDiscriminator", Generator: "validation-gen", Scopes: Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Indicates that this field is a discriminator for state-based validation.",
			Example: "+k8s:modeDiscriminator",
		},
		Contexts: []string{"struct fields"},
		Args:     []VArg{{Name: "modality", Required: false}},
		Payload:  "", PayloadRequired: false,
		Payloads:  []string{},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VMonotonic = VTag{
		Def: Def{
			Name: "k8s:monotonic", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "ensures that a field's value never decreases on update",
			Example: "+k8s:monotonic",
		},
		Contexts: []string{"struct fields", "type definitions"},
		Args:     []VArg{},
		Payload:  "", PayloadRequired: false,
		Payloads:  []string{},
		Stability: "Alpha",
		AnyArgs:   false,
	}
	VNeq = VTag{
		Def: Def{
			Name: "k8s:neq", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Verifies the field's value is not equal to a specific disallowed value. Supports string, integer, and boolean types.",
			Example: "+k8s:neq=\"x\"",
		},
		Contexts: []string{"list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{},
		Payload:  "raw", PayloadRequired: true,
		Payloads:  []string{"<value>"},
		Stability: "Alpha",
		AnyArgs:   false,
	}
	VOpaqueType = VTag{
		Def: Def{
			Name: "k8s:opaqueType", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Indicates that any validations declared on the referenced type will be ignored. If a referenced type's package is not included in the generator's current flags, this tag must be set, or code generation will fail (preventing silent mistakes). If the validations should not be ignored, add the type's package to the generator using the --readonly-pkg flag.",
			Example: "+k8s:opaqueType",
		},
		Contexts: []string{"list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{},
		Payload:  "", PayloadRequired: false,
		Payloads:  []string{},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VOptional = VTag{
		Def: Def{
			Name: "k8s:optional", Generator: "validation-gen", Scopes: Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Indicates that a field is optional to clients.",
			Example: "+k8s:optional",
		},
		Contexts: []string{"struct fields"},
		Args:     []VArg{},
		Payload:  "", PayloadRequired: false,
		Payloads:  []string{},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VRequired = VTag{
		Def: Def{
			Name: "k8s:required", Generator: "validation-gen", Scopes: Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Indicates that a field must be specified by clients.",
			Example: "+k8s:required",
		},
		Contexts: []string{"struct fields"},
		Args:     []VArg{},
		Payload:  "", PayloadRequired: false,
		Payloads:  []string{},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VSubfield = VTag{
		Def: Def{
			Name: "k8s:subfield", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Declares a validation for a subfield of a struct.",
			Example: "+k8s:subfield(\"name\")=+k8s:minimum=1",
		},
		Contexts: []string{"list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{{Name: "", Required: true}},
		Payload:  "tag", PayloadRequired: true,
		Payloads:  []string{"<validation-tag>"},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VUnionDiscriminator = VTag{
		Def: Def{
			Name: "k8s:unionDiscriminator", Generator: "validation-gen", Scopes: Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Indicates that this field is the discriminator for a union.",
			Example: "+k8s:unionDiscriminator",
		},
		Contexts: []string{"list values", "struct fields"},
		Args:     []VArg{{Name: "union", Required: false}},
		Payload:  "", PayloadRequired: false,
		Payloads:  []string{},
		Stability: "Beta",
		AnyArgs:   false,
	}
	VUnionMember = VTag{
		Def: Def{
			Name: "k8s:unionMember", Generator: "validation-gen", Scopes: Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Indicates that this field is a member of a union.",
			Example: "+k8s:unionMember",
		},
		Contexts: []string{"list values", "struct fields"},
		Args:     []VArg{{Name: "union", Required: false}, {Name: "memberName", Required: false}},
		Payload:  "", PayloadRequired: false,
		Payloads:  []string{},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VUnique = VTag{
		Def: Def{
			Name: "k8s:unique", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Declares that a list field's elements are unique. This tag can be used with listType=atomic to add uniqueness constraints, or independently to specify uniqueness semantics.",
			Example: "+k8s:unique=map",
		},
		Contexts: []string{"list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{},
		Payload:  "string", PayloadRequired: true,
		Payloads:  []string{"<type>"},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VUpdate = VTag{
		Def: Def{
			Name: "k8s:update", Generator: "validation-gen", Scopes: Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Provides constraints on the allowed update operations of a field. Constraints: NoSet (prevents unset->set transitions), NoUnset (prevents set->unset transitions), NoModify (prevents value changes but allows set/unset transitions), NoAddItem (prevents adding items to a slice or map), NoRemoveItem (prevents removing items from a slice or map). Multiple constraints can be specified using multiple tags. For non-pointer structs, NoSet and NoUnset have no effect as these fields cannot be unset. For slice and map fields, 'unset' means len == 0. Slice item identity for NoAddItem/NoRemoveItem comes from +k8s:listType/+k8s:listMapKey/+k8s:unique, for maps the key is the item identity. NoModify is not supported on slices or maps, use +k8s:eachVal=+k8s:update=NoModify for per-item immutability. On lists, +k8s:eachVal=+k8s:update=NoModify requires listType=map or unique=map, otherwise content changes are not detectable. Examples: +k8s:update=NoModify +k8s:update=NoUnset for set-once fields, +k8s:update=NoSet for fields that must be set at creation or never, +k8s:update=NoAddItem +k8s:update=NoRemoveItem on a listType=map field to freeze the structural shape of the list.",
			Example: "+k8s:update=NoModify",
		},
		Contexts: []string{"list values", "map values", "struct fields"},
		Args:     []VArg{},
		Payload:  "string", PayloadRequired: false,
		Payloads:  []string{},
		Stability: "Stable",
		AnyArgs:   false,
	}
	VValidateError = VTag{
		Def: Def{
			Name: "k8s:validateError", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Always fails code generation (useful for testing).",
			Example: "+k8s:validateError=\"reason\"",
		},
		Contexts: []string{"list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{},
		Payload:  "string", PayloadRequired: false,
		Payloads:  []string{"<string>"},
		Stability: "Alpha",
		AnyArgs:   false,
	}
	VValidateFalse = VTag{
		Def: Def{
			Name: "k8s:validateFalse", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Always fails validation (useful for testing).",
			Example: "+k8s:validateFalse",
		},
		Contexts: []string{"list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{{Name: "flags", Required: false}, {Name: "typeArg", Required: false}, {Name: "cohort", Required: false}},
		Payload:  "string", PayloadRequired: false,
		Payloads:  []string{"<none>", "<string>"},
		Stability: "Alpha",
		AnyArgs:   false,
	}
	VValidateTrue = VTag{
		Def: Def{
			Name: "k8s:validateTrue", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Always passes validation (useful for testing).",
			Example: "+k8s:validateTrue",
		},
		Contexts: []string{"list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{{Name: "flags", Required: false}, {Name: "typeArg", Required: false}, {Name: "cohort", Required: false}},
		Payload:  "string", PayloadRequired: false,
		Payloads:  []string{"<none>", "<string>"},
		Stability: "Alpha",
		AnyArgs:   false,
	}
	VValidateTrueAlpha = VTag{
		Def: Def{
			Name: "k8s:validateTrueAlpha", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Always passes validation (useful for testing).",
			Example: "+k8s:validateTrueAlpha",
		},
		Contexts: []string{"list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{{Name: "flags", Required: false}, {Name: "typeArg", Required: false}, {Name: "cohort", Required: false}},
		Payload:  "string", PayloadRequired: false,
		Payloads:  []string{"<none>", "<string>"},
		Stability: "Alpha",
		AnyArgs:   false,
	}
	VValidateTrueBeta = VTag{
		Def: Def{
			Name: "k8s:validateTrueBeta", Generator: "validation-gen", Scopes: Type | Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Always passes validation (useful for testing).",
			Example: "+k8s:validateTrueBeta",
		},
		Contexts: []string{"list values", "map keys", "map values", "struct fields", "type definitions"},
		Args:     []VArg{{Name: "flags", Required: false}, {Name: "typeArg", Required: false}, {Name: "cohort", Required: false}},
		Payload:  "string", PayloadRequired: false,
		Payloads:  []string{"<none>", "<string>"},
		Stability: "Beta",
		AnyArgs:   false,
	}
	VZeroOrOneOfMember = VTag{
		Def: Def{
			Name: "k8s:zeroOrOneOfMember", Generator: "validation-gen", Scopes: Field, Parser: CodeTags, Repeatable: true, Value: validationKind,
			Doc:     "Indicates that this field is a member of a zero-or-one-of union.",
			Example: "+k8s:zeroOrOneOfMember",
		},
		Contexts: []string{"list values", "struct fields"},
		Args:     []VArg{{Name: "union", Required: false}, {Name: "memberName", Required: false}},
		Payload:  "", PayloadRequired: false,
		Payloads:  []string{},
		Stability: "Stable",
		AnyArgs:   false,
	}
)

// VTag is a validation tag: its Def and what upstream's --docs says of it.
type VTag struct {
	Def
	// Contexts are upstream's scopes ("struct fields", "list values", …).
	Contexts []string
	// Args are its arguments; a Name of "" is the positional one.
	Args []VArg
	// Payload is the payload's type: "" (none), "tag", "int", "string"
	// or "raw".
	Payload string
	// PayloadRequired says a tag without a payload is an error.
	PayloadRequired bool
	// Payloads describe the allowed payloads.
	Payloads []string
	// Stability is Alpha, Beta or Stable.
	Stability string
	// AnyArgs: the tag takes arguments of any name (+k8s:item).
	AnyArgs bool
}

// VArg is an argument of a validation tag.
type VArg struct {
	Name     string
	Required bool
}

// ValidationTags are the validation tags, sorted by name.
func ValidationTags() []VTag {
	return []VTag{
		VAlpha,
		VBeta,
		VCustomUnique,
		VCustomValidation,
		VDependentForbidden,
		VDependentRequired,
		VEachKey,
		VEachVal,
		VEnum,
		VEnumExclude,
		VForbidden,
		VFormat,
		VIfDisabled,
		VIfEnabled,
		VIfMode,
		VImmutable,
		VItem,
		VListMapKey,
		VListType,
		VMaxBytes,
		VMaxItems,
		VMaxLength,
		VMaxProperties,
		VMaximum,
		VMinItems,
		VMinLength,
		VMinProperties,
		VMinimum,
		VModeDiscriminator,
		VMonotonic,
		VNeq,
		VOpaqueType,
		VOptional,
		VRequired,
		VSubfield,
		VUnionDiscriminator,
		VUnionMember,
		VUnique,
		VUpdate,
		VValidateError,
		VValidateFalse,
		VValidateTrue,
		VValidateTrueAlpha,
		VValidateTrueBeta,
		VZeroOrOneOfMember,
	}
}

// LookupValidation returns the validation tag called name ("k8s:minimum").
func LookupValidation(name string) (VTag, bool) {
	for _, t := range ValidationTags() {
		if t.Name == name {
			return t, true
		}
	}
	return VTag{}, false
}

// validationPackageDefs are validation-gen's package markers.
var (
	// ValidationGen turns validation-gen on for a package.
	ValidationGen = Def{
		Name: "k8s:validation-gen", Generator: "validation-gen", Scopes: Package | Type,
		Value: Kind{Name: "in doc.go TypesWithField=<Field>, TypesWithSuffix=<Suffix>, * or false; on a type true or false", check: func(v string, where Scope) (string, string) {
			if where == Type || v == "true" {
				if v == "true" || v == "false" {
					return "", ""
				}
				return "on a type, want true or false", closestOf(v, []string{"true", "false"})
			}
			if v == "*" || v == "false" {
				return "", ""
			}
			for _, p := range []string{"TypesWithField=", "TypesWithSuffix="} {
				if rest, ok := strings.CutPrefix(v, p); ok && rest != "" {
					return "", ""
				}
			}
			return "want TypesWithField=<Field> (such as TypesWithField=TypeMeta), TypesWithSuffix=<Suffix>, * or false", "TypesWithField=TypeMeta"
		}},
		Doc: "In doc.go: which types get a Validate_<Type> function and a registration (TypesWithField=TypeMeta: types with that field; " +
			"TypesWithSuffix=<Suffix>; *: every type; repeatable). On a type: true or false opts it in or out.",
		Repeatable: true,
		Example:    "+k8s:validation-gen=TypesWithField=TypeMeta",
	}
	// ValidationGenInput names the package holding the types to validate.
	ValidationGenInput = Def{
		Name: "k8s:validation-gen-input", Generator: "validation-gen", Scopes: Package, Value: ImportPathKind,
		Doc:     "In doc.go: the import path of the package holding the types to validate, when it is not the package itself.",
		Example: "+k8s:validation-gen-input=k8s.io/api/core/v1",
	}
	// ValidationGenNolint turns validation-gen's lint off for a package.
	ValidationGenNolint = Def{
		Name: "k8s:validation-gen-nolint", Generator: "validation-gen", Scopes: Package, Allowed: []string{""},
		Doc:     "In doc.go: skip validation-gen's lint rules for this package.",
		Example: "+k8s:validation-gen-nolint",
	}
	// ValidationGenSchemeRegistry names the scheme RegisterValidations takes.
	ValidationGenSchemeRegistry = Def{
		Name: "k8s:validation-gen-scheme-registry", Generator: "validation-gen", Scopes: Package,
		Value:   Kind{Name: "a qualified Go name (import/path.Name), or nil", check: schemeRegistry},
		Doc:     "In doc.go: the scheme type RegisterValidations registers with, as import/path.Name (default k8s.io/apimachinery/pkg/runtime.Scheme); nil writes no RegisterValidations.",
		Example: "+k8s:validation-gen-scheme-registry=k8s.io/apimachinery/pkg/runtime.Scheme",
	}
	// ValidationGenTestFixture asks for a test of the package's fixtures.
	ValidationGenTestFixture = Def{
		Name: "k8s:validation-gen-test-fixture", Generator: "validation-gen", Scopes: Package, Allowed: []string{"validateFalse"},
		Doc:     "In doc.go: also write zz_generated.validations_test.go, which runs the package's validateFalse fixtures.",
		Example: "+k8s:validation-gen-test-fixture=validateFalse",
	}
	// ValidationGenTestTargets asks for a coverage test file.
	ValidationGenTestTargets = Def{
		Name: "k8s:validation-gen-test-targets", Generator: "validation-gen", Scopes: Package, Allowed: []string{""},
		Doc: "In doc.go: also write zz_generated.validations_coverage_test.go, which registers the field errors " +
			"each root type's validation declares (k8s.io/apimachinery/pkg/test/coverage) and fails the package's " +
			"tests when one is never exercised.",
		Example: "+k8s:validation-gen-test-targets",
	}
	// IsSubresource says a root type is the payload of a subresource.
	IsSubresource = Def{
		Name: "k8s:isSubresource", Generator: "validation-gen", Scopes: Type, Parser: CodeTags, Value: subresourceKind,
		Doc:     "On a root type: it is validated for this subresource path (quoted) instead of the resource itself (\"/\").",
		Example: `+k8s:isSubresource="/scale"`,
	}
	// SupportsSubresource adds a subresource path a root type is validated for.
	SupportsSubresource = Def{
		Name: "k8s:supportsSubresource", Generator: "validation-gen", Scopes: Type, Parser: CodeTags, Repeatable: true, Value: subresourceKind,
		Doc:     "On a root type: it is also validated for this subresource path (quoted; repeatable).",
		Example: `+k8s:supportsSubresource="/status"`,
	}
	// ValidationGenAux are validation-gen's other package markers.
	ValidationGenAux = []Def{ValidationGenNolint, ValidationGenSchemeRegistry, ValidationGenTestFixture, ValidationGenTestTargets}
)

// validationDefs are the markers validation-gen reads.
var validationDefs = func() []Def {
	defs := []Def{ValidationGen, ValidationGenInput, ValidationGenNolint, ValidationGenSchemeRegistry, ValidationGenTestFixture, ValidationGenTestTargets, IsSubresource, SupportsSubresource}
	for _, t := range ValidationTags() {
		defs = append(defs, t.Def)
	}
	return defs
}()

// validationKind checks a validation tag's payload by its shape only; the
// generator checks it against the tag (VTag.CheckPayload), nested tags
// included.
var validationKind = Kind{Name: "the tag's payload (validation-gen --docs)", check: func(string, Scope) (string, string) { return "", "" }}

// subresourceKind is a subresource path, "/status" (quoted or not).
var subresourceKind = Kind{Name: "a subresource path such as \"/status\"", check: func(v string, _ Scope) (string, string) {
	if u, err := strconv.Unquote(v); err == nil {
		v = u
	}
	if !strings.HasPrefix(v, "/") {
		return "want a subresource path starting with /, such as \"/status\"", ""
	}
	return "", ""
}}

// qualifiedName checks import/path.Name.
// ModeDefaultGroup is the group of +k8s:modeDiscriminator and +k8s:ifMode
// tags without a modality argument; the name is reserved (upstream's).
const ModeDefaultGroup = "default"

// schemeRegistry is a qualified name, or nil (no registration).
func schemeRegistry(v string, s Scope) (string, string) {
	if v == "nil" {
		return "", ""
	}
	return qualifiedName(v, s)
}

func qualifiedName(v string, _ Scope) (string, string) {
	i := strings.LastIndex(v, ".")
	if i <= 0 || GoIdent(v[i+1:]) != "" || strings.LastIndex(v, "/") > i {
		return "want import/path.Name, such as k8s.io/apimachinery/pkg/runtime.Scheme", ""
	}
	return "", ""
}

// CheckPayload checks the payload of one occurrence of t: present when
// required, of the right type, one of the allowed values. A tag payload
// is checked by the caller (it is a tag of its own).
func (t VTag) CheckPayload(v string) (why string) {
	if v == "" {
		if t.PayloadRequired {
			return "needs a payload: " + t.Usage()
		}
		return ""
	}
	switch t.Payload {
	case "":
		return "takes no payload: write " + t.Marker()
	case "int":
		n, err := strconv.ParseInt(v, 0, 64)
		if err != nil {
			return "the payload must be an integer"
		}
		if n < 0 && strings.HasPrefix(t.Payloads[0], "<non-negative") {
			return "the payload must be a non-negative integer"
		}
	case "tag":
		if !strings.HasPrefix(v, "+") {
			return "the payload must be a validation tag, such as +k8s:minimum=1"
		}
	case "string":
		if allowed := t.allowedStrings(); allowed != nil {
			s := v
			if u, err := strconv.Unquote(v); err == nil {
				s = u
			}
			for _, a := range allowed {
				if a == s {
					return ""
				}
			}
			why := "want one of " + strings.Join(allowed, ", ")
			if c := closestOf(s, allowed); c != "" {
				why += " (did you mean " + c + "?)"
			}
			return why
		}
	}
	return ""
}

// allowedStrings are the values a string payload may take, nil for any.
func (t VTag) allowedStrings() []string {
	switch t.Name {
	case "k8s:format":
		return t.Payloads
	case "k8s:listType":
		return []string{"atomic", "map", "set"}
	case "k8s:unique":
		return []string{"map", "set"}
	case "k8s:update":
		return []string{"NoAddItem", "NoModify", "NoRemoveItem", "NoSet", "NoUnset"}
	}
	return nil
}

// Usage is how the tag is written, as --docs shows it.
func (t VTag) Usage() string {
	u := t.Marker()
	var args []string
	for _, a := range t.Args {
		if a.Name == "" {
			args = append(args, "<arg>")
		} else {
			args = append(args, a.Name+": <"+a.Name+">")
		}
	}
	if len(args) > 0 {
		u += "(" + strings.Join(args, ", ") + ")"
	}
	if t.Payload != "" && len(t.Payloads) > 0 {
		u += "=" + t.Payloads[0]
	}
	return u
}

// ValidationTagsOf returns the validation tags of src parsed as upstream
// parses them (codetags.ParseAll), sorted by name (stably) as upstream
// applies them. Every +k8s: tag of src must be known: a validation tag
// where it may not be written (a field tag on a type, a type tag on a
// field), or a +k8s: tag no generator knows, is an *Error naming the fix
// (upstream skips unknown tags silently, so a typo would drop a rule).
func ValidationTagsOf(src Source) ([]codetags.Tag, error) {
	extracted := codetags.Extract("+", src.Lines)
	var tags []codetags.Tag
	var errs []error
	for _, name := range slices.Sorted(maps.Keys(extracted)) {
		vt, ok := LookupValidation(name)
		if !ok {
			if strings.HasPrefix(name, "k8s:") && !knownNames()[name] && !isForeign(name) {
				errs = append(errs, unknownValidationTag(src.Sym, name))
			}
			continue
		}
		if src.Where != 0 && vt.Scopes&src.Where == 0 {
			errs = append(errs, vt.Errorf(src.Sym, "", "%s may not be written on a %s: it applies to %s", vt.Marker(), src.Where, strings.Join(vt.Contexts, ", ")))
			continue
		}
		parsed, err := codetags.ParseAll(extracted[name])
		if err != nil {
			errs = append(errs, vt.Errorf(src.Sym, "", "%s: %v; write %s", vt.Marker(), err, vt.Usage()))
			continue
		}
		for _, t := range parsed {
			if err := checkValidationTag(src.Sym, t); err != nil {
				errs = append(errs, err)
			}
		}
		tags = append(tags, parsed...)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return tags, nil
}

// unknownValidationTag is the error for +k8s:<name> that no generator
// knows, naming the nearest validation tag.
func unknownValidationTag(sym Symbol, name string) *Error {
	names := map[string]bool{}
	for _, t := range ValidationTags() {
		names[t.Name] = true
	}
	hint := "validation-gen --docs lists the validation tags"
	near := Closest(name, names)
	if near == "" {
		for n := range names {
			if strings.EqualFold(n, name) {
				near = n
			}
		}
	}
	if near != "" {
		hint = "did you mean +" + near + "?"
	}
	return Errorf(sym, name, "", "unknown tag +%s: %s", name, hint)
}

// checkValidationTag checks one parsed tag (and the tag in its payload)
// against the catalogue: its arguments and its payload.
func checkValidationTag(sym Symbol, t codetags.Tag) error {
	vt, ok := LookupValidation(t.Name)
	if !ok {
		if strings.HasPrefix(t.Name, "k8s:") {
			return unknownValidationTag(sym, t.Name)
		}
		return Errorf(sym, t.Name, "", "+%s: not a validation tag; validation-gen --docs lists them", t.Name)
	}
	if !vt.AnyArgs {
		for _, a := range t.Args {
			known := false
			for _, want := range vt.Args {
				known = known || want.Name == a.Name
			}
			if !known {
				return vt.Errorf(sym, "", "%s: unknown argument %q; write %s", vt.Marker(), a.Name, vt.Usage())
			}
		}
		for _, want := range vt.Args {
			if !want.Required {
				continue
			}
			found := false
			for _, a := range t.Args {
				found = found || a.Name == want.Name
			}
			if !found {
				return vt.Errorf(sym, "", "%s: missing its argument; write %s", vt.Marker(), vt.Usage())
			}
		}
	}
	if t.ValueType == codetags.ValueTypeTag && t.ValueTag != nil {
		if vt.Payload != "tag" {
			return vt.Errorf(sym, "", "%s: the payload is a tag, want %s", vt.Marker(), vt.Usage())
		}
		return checkValidationTag(sym, *t.ValueTag)
	}
	v := t.Value
	if t.ValueType == codetags.ValueTypeString && vt.Payload != "string" && vt.Payload != "raw" {
		v = strconv.Quote(v)
	}
	if why := vt.CheckPayload(v); why != "" {
		return vt.Errorf(sym, "", "%s=%s: %s", vt.Marker(), t.Value, why)
	}
	return nil
}
