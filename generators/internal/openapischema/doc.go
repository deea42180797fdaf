// Package openapischema builds, in process, the OpenAPI document that a
// models-schema program prints: it evaluates openapi-gen's Go output
// (zz_generated.openapi.go, still in memory) instead of compiling and
// running it.
//
// The evaluator understands exactly the shape kube-openapi's generator
// writes: composite literals of spec and common types, slices and maps of
// them, string/number/bool literals, ref(...) calls, ptr.To[T](x),
// common.EmbedOpenAPIDefinitionIntoV2Extension and
// common.GenerateOpenAPIV3OneOfSchema, calls to the file's own schema_…
// functions, and calls of hand-written methods on empty literals
// (resource.Quantity{}.OpenAPISchemaType(), v1.Time{}.OpenAPIModelName(),
// X{}.OpenAPIDefinition(), …), whose one-statement bodies are read from
// the loaded packages' source and evaluated the same way. Anything else is
// an error at file:line naming the construct: never a silent difference.
//
// The values built are the real spec.Schema and common.OpenAPIDefinition
// values the compiled program would build, and the document is encoded by
// the same encoding/json calls, so the bytes are the program's.
package openapischema
