package e2e

import (
	apiextensionsv1 "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1"
)

// The OpenAPI v3 structural schemas below follow the Go types of
// examples/apis/shop/v1 field by field (json names, omitempty → optional,
// pointers in maps and slices → nullable). Only Part.replaces, a recursive
// type, keeps unknown fields: a structural schema cannot refer to itself.

type jsonSchema = apiextensionsv1.JSONSchemaProps

// widgetSchema is the schema of a shop.example.com/v1 Widget.
func widgetSchema() jsonSchema {
	return object(props{
		"spec":   widgetSpec(),
		"status": widgetStatus(),
	})
}

func widgetSpec() jsonSchema {
	part := partSchema()
	nullablePart := nullable(part)
	threshold := object(props{"from": int32s(), "discount": str()}, "from", "discount")
	return object(props{
		"replicas":   int32s(),
		"color":      str(),
		"width":      int64s(), // Dimensions is inlined
		"height":     int64s(),
		"depth":      int64s(),
		"parts":      mapOf(nullablePart),
		"suppliers":  mapOf(arrayOf(str())),
		"alternates": arrayOf(nullablePart),
		"variants":   arrayOf(mapOf(str())),
		"price":      quantity(),
		"port":       intOrString(),
		"blueprint":  object(props{"format": str(), "data": bytes()}, "format"),
		"tags":       arrayOf(str()),
		"selector":   labelSelector(),
		"tiers":      mapOf(arrayOf(nullable(threshold))),
	}, "price")
}

func partSchema() jsonSchema {
	return object(props{
		"name":     str(),
		"quantity": int32s(),
		"labels":   mapOf(str()),
		"replaces": jsonSchema{Type: "object", XPreserveUnknownFields: ptr(true)},
	}, "name", "quantity")
}

func widgetStatus() jsonSchema {
	return object(props{
		"ready":              boolean(),
		"replicas":           int32s(),
		"observedGeneration": int64s(),
		"conditions":         arrayOf(conditionSchema()),
		"lastSold":           dateTime(),
	})
}

// widgetV1beta1Schema is the schema of a shop.example.com/v1beta1 Widget.
func widgetV1beta1Schema() jsonSchema {
	return object(props{
		"spec": object(props{
			"replicas":  int32s(),
			"colour":    str(),
			"parts":     arrayOf(object(props{"name": str(), "quantity": int32s()}, "name", "quantity")),
			"suppliers": mapOf(arrayOf(str())),
		}),
		"status": object(props{"ready": boolean()}),
	})
}

// storeSchema is the schema of a shop.example.com/v1 Store.
func storeSchema() jsonSchema {
	address := object(props{"street": str(), "city": str(), "country": str()}, "street", "city")
	return object(props{
		"spec": object(props{
			"address":      address,
			"openingHours": mapOf(str()),
			"stock":        mapOf(int32s()),
		}, "address"),
		"status": object(props{
			"open":        boolean(),
			"widgetCount": int32s(),
		}),
	})
}

// conditionSchema is metav1.Condition.
func conditionSchema() jsonSchema {
	return object(props{
		"type":               str(),
		"status":             jsonSchema{Type: "string", Enum: jsonStrings("True", "False", "Unknown")},
		"observedGeneration": int64s(),
		"lastTransitionTime": dateTime(),
		"reason":             str(),
		"message":            str(),
	}, "type", "status", "lastTransitionTime", "reason", "message")
}

// labelSelector is metav1.LabelSelector.
func labelSelector() jsonSchema {
	requirement := object(props{
		"key":      str(),
		"operator": str(),
		"values":   arrayOf(str()),
	}, "key", "operator")
	s := object(props{
		"matchLabels":      mapOf(str()),
		"matchExpressions": arrayOf(requirement),
	})
	s.XMapType = ptr("atomic")
	return s
}

type props map[string]jsonSchema

func object(p props, required ...string) jsonSchema {
	return jsonSchema{Type: "object", Properties: p, Required: required}
}

func mapOf(v jsonSchema) jsonSchema {
	return jsonSchema{Type: "object", AdditionalProperties: &apiextensionsv1.JSONSchemaPropsOrBool{Allows: true, Schema: &v}}
}

func arrayOf(v jsonSchema) jsonSchema {
	return jsonSchema{Type: "array", Items: &apiextensionsv1.JSONSchemaPropsOrArray{Schema: &v}}
}

func nullable(s jsonSchema) jsonSchema {
	s.Nullable = true
	return s
}

func str() jsonSchema      { return jsonSchema{Type: "string"} }
func boolean() jsonSchema  { return jsonSchema{Type: "boolean"} }
func int32s() jsonSchema   { return jsonSchema{Type: "integer", Format: "int32"} }
func int64s() jsonSchema   { return jsonSchema{Type: "integer", Format: "int64"} }
func bytes() jsonSchema    { return jsonSchema{Type: "string", Format: "byte"} }
func dateTime() jsonSchema { return jsonSchema{Type: "string", Format: "date-time"} }

// intOrString is intstr.IntOrString.
func intOrString() jsonSchema {
	return jsonSchema{
		XIntOrString: true,
		AnyOf:        []jsonSchema{{Type: "integer"}, {Type: "string"}},
	}
}

// quantity is resource.Quantity: a number or a string in its syntax.
func quantity() jsonSchema {
	s := intOrString()
	s.Pattern = `^(\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))))?$`
	return s
}

func jsonStrings(values ...string) []apiextensionsv1.JSON {
	out := make([]apiextensionsv1.JSON, len(values))
	for i, v := range values {
		out[i] = apiextensionsv1.JSON{Raw: []byte(`"` + v + `"`)}
	}
	return out
}

func ptr[T any](v T) *T { return &v }
