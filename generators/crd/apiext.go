package crd

import "encoding/json"

// The CRD manifest, shaped as apiextensions.k8s.io/v1 serializes it: the
// same JSON field names and omitempty, so that the JSON (and the YAML made
// from it) is what controller-gen writes. kodegen must not depend on
// k8s.io/apiextensions-apiserver, hence its own copy of the shape.

// CustomResourceDefinition is apiextensions/v1 CustomResourceDefinition.
type CustomResourceDefinition struct {
	APIVersion string             `json:"apiVersion,omitempty"`
	Kind       string             `json:"kind,omitempty"`
	Metadata   ObjectMeta         `json:"metadata"`
	Spec       CustomResourceSpec `json:"spec"`
}

// ObjectMeta is the part of metav1.ObjectMeta a CRD manifest uses.
type ObjectMeta struct {
	Name        string            `json:"name,omitempty"`
	Labels      map[string]string `json:"labels,omitempty"`
	Annotations map[string]string `json:"annotations,omitempty"`
}

// CustomResourceSpec is CustomResourceDefinitionSpec.
type CustomResourceSpec struct {
	Group                 string           `json:"group"`
	Names                 Names            `json:"names"`
	Scope                 string           `json:"scope"`
	Versions              []Version        `json:"versions"`
	PreserveUnknownFields *bool            `json:"preserveUnknownFields,omitempty"`
	Conversion            *json.RawMessage `json:"conversion,omitempty"`
}

// Names is CustomResourceDefinitionNames.
type Names struct {
	Plural     string   `json:"plural"`
	Singular   string   `json:"singular,omitempty"`
	ShortNames []string `json:"shortNames,omitempty"`
	Kind       string   `json:"kind"`
	ListKind   string   `json:"listKind,omitempty"`
	Categories []string `json:"categories,omitempty"`
}

// Version is CustomResourceDefinitionVersion.
type Version struct {
	Name                     string          `json:"name"`
	Served                   bool            `json:"served"`
	Storage                  bool            `json:"storage"`
	Deprecated               bool            `json:"deprecated,omitempty"`
	DeprecationWarning       *string         `json:"deprecationWarning,omitempty"`
	Schema                   *Validation     `json:"schema,omitempty"`
	Subresources             *Subresources   `json:"subresources,omitempty"`
	AdditionalPrinterColumns []PrinterColumn `json:"additionalPrinterColumns,omitempty"`
	SelectableFields         []SelectableFld `json:"selectableFields,omitempty"`
}

// Validation is CustomResourceValidation.
type Validation struct {
	OpenAPIV3Schema *Schema `json:"openAPIV3Schema,omitempty"`
}

// Subresources is CustomResourceSubresources.
type Subresources struct {
	Status *struct{} `json:"status,omitempty"`
	Scale  *Scale    `json:"scale,omitempty"`
}

// Scale is CustomResourceSubresourceScale.
type Scale struct {
	SpecReplicasPath   string  `json:"specReplicasPath"`
	StatusReplicasPath string  `json:"statusReplicasPath"`
	LabelSelectorPath  *string `json:"labelSelectorPath,omitempty"`
}

// PrinterColumn is CustomResourceColumnDefinition.
type PrinterColumn struct {
	Name        string `json:"name"`
	Type        string `json:"type"`
	Format      string `json:"format,omitempty"`
	Description string `json:"description,omitempty"`
	Priority    int32  `json:"priority,omitempty"`
	JSONPath    string `json:"jsonPath"`
}

// SelectableFld is SelectableField.
type SelectableFld struct {
	JSONPath string `json:"jsonPath"`
}

// Schema is JSONSchemaProps. Fields are in upstream's order, which the
// allOf flattening relies on (it walks them in order).
type Schema struct {
	ID                     string            `json:"id,omitempty"`
	SchemaURL              string            `json:"$schema,omitempty"`
	Ref                    *string           `json:"$ref,omitempty"`
	Description            string            `json:"description,omitempty"`
	Type                   string            `json:"type,omitempty"`
	Format                 string            `json:"format,omitempty"`
	Title                  string            `json:"title,omitempty"`
	Default                *RawJSON          `json:"default,omitempty"`
	Maximum                *float64          `json:"maximum,omitempty"`
	ExclusiveMaximum       bool              `json:"exclusiveMaximum,omitempty"`
	Minimum                *float64          `json:"minimum,omitempty"`
	ExclusiveMinimum       bool              `json:"exclusiveMinimum,omitempty"`
	MaxLength              *int64            `json:"maxLength,omitempty"`
	MinLength              *int64            `json:"minLength,omitempty"`
	Pattern                string            `json:"pattern,omitempty"`
	MaxItems               *int64            `json:"maxItems,omitempty"`
	MinItems               *int64            `json:"minItems,omitempty"`
	UniqueItems            bool              `json:"uniqueItems,omitempty"`
	MultipleOf             *float64          `json:"multipleOf,omitempty"`
	Enum                   []RawJSON         `json:"enum,omitempty"`
	MaxProperties          *int64            `json:"maxProperties,omitempty"`
	MinProperties          *int64            `json:"minProperties,omitempty"`
	Required               []string          `json:"required,omitempty"`
	Items                  *Schema           `json:"items,omitempty"`
	AllOf                  []Schema          `json:"allOf,omitempty"`
	OneOf                  []Schema          `json:"oneOf,omitempty"`
	AnyOf                  []Schema          `json:"anyOf,omitempty"`
	Not                    *Schema           `json:"not,omitempty"`
	Properties             map[string]Schema `json:"properties,omitempty"`
	AdditionalProperties   *SchemaOrBool     `json:"additionalProperties,omitempty"`
	ExternalDocs           *ExternalDocs     `json:"externalDocs,omitempty"`
	Example                RawJSON           `json:"example,omitempty"`
	Nullable               bool              `json:"nullable,omitempty"`
	XPreserveUnknownFields *bool             `json:"x-kubernetes-preserve-unknown-fields,omitempty"`
	XEmbeddedResource      bool              `json:"x-kubernetes-embedded-resource,omitempty"`
	XIntOrString           bool              `json:"x-kubernetes-int-or-string,omitempty"`
	XListMapKeys           []string          `json:"x-kubernetes-list-map-keys,omitempty"`
	XListType              *string           `json:"x-kubernetes-list-type,omitempty"`
	XMapType               *string           `json:"x-kubernetes-map-type,omitempty"`
	XValidations           []ValidationRule  `json:"x-kubernetes-validations,omitempty"`
}

// SchemaOrBool is JSONSchemaPropsOrBool: a schema, or true/false when it
// has none.
type SchemaOrBool struct {
	Allows bool
	Schema *Schema
}

// MarshalJSON writes the schema, or the bool when there is none.
func (s SchemaOrBool) MarshalJSON() ([]byte, error) {
	if s.Schema != nil {
		return json.Marshal(s.Schema)
	}
	if s.Allows {
		return []byte("true"), nil
	}
	return []byte("false"), nil
}

// RawJSON is apiextensions' JSON: a value kept as its JSON text.
type RawJSON []byte

// MarshalJSON writes the value; an empty one is null.
func (r RawJSON) MarshalJSON() ([]byte, error) {
	if len(r) == 0 {
		return []byte("null"), nil
	}
	return r, nil
}

// ExternalDocs is ExternalDocumentation.
type ExternalDocs struct {
	Description string `json:"description,omitempty"`
	URL         string `json:"url,omitempty"`
}

// ValidationRule is one x-kubernetes-validations entry.
type ValidationRule struct {
	Rule              string  `json:"rule"`
	Message           string  `json:"message,omitempty"`
	MessageExpression string  `json:"messageExpression,omitempty"`
	Reason            *string `json:"reason,omitempty"`
	FieldPath         string  `json:"fieldPath,omitempty"`
	OptionalOldSelf   *bool   `json:"optionalOldSelf,omitempty"`
}
