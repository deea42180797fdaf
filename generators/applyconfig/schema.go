package applyconfig

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"sort"
	"strings"

	openapiv2 "github.com/google/gnostic-models/openapiv2"
	"github.com/kodegen/kodegen/generators/internal/openapischema"
	"github.com/kodegen/kodegen/internal/engine"
	"k8s.io/gengo/v2/types"
	"k8s.io/kube-openapi/pkg/common"
	"k8s.io/kube-openapi/pkg/util"
	"k8s.io/kube-openapi/pkg/util/proto"
	"k8s.io/kube-openapi/pkg/validation/spec"
)

// schema is the OpenAPI input reduced to what apply needs: the models of
// the root types and everything they reference, and the OpenAPI name of
// every root type.
type schema struct {
	models proto.Models
	names  map[types.Name]string // API type → its OpenAPI definition name
}

// emptySchema is used without --openapi-schema.
func emptySchema() *schema {
	return &schema{models: &proto.Definitions{}, names: map[types.Name]string{}}
}

// readSchema reads the OpenAPI document at path and keeps the definitions
// of roots (and what they reference). As upstream does, a root the
// document has no definition for gets an empty one, which the models treat
// as an untyped, atomic value: internal.go lists it and the root's Extract
// functions (types that embed ObjectMeta, extract(t)) are still written,
// with a warning, since they then extract the object as a whole. Every
// error names the file.
func readSchema(env *engine.Env, _ types.Universe, path string, roots []*types.Type, extract func(*types.Type) bool) (*schema, error) {
	data, err := env.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("--openapi-schema: %w", err)
	}
	return parseSchema(env, data, path, roots, extract)
}

// openAPITool is the generator whose output GeneratedSchema reads.
const openAPITool = "openapi-gen"

// generatedSchema is --openapi-schema=-generated-: the document a
// models-schema program would print for the definitions openapi-gen
// rendered in this run (every file of it declaring GetOpenAPIDefinitions),
// evaluated in memory and then read as the file would be.
func generatedSchema(env *engine.Env, u types.Universe, flag string, roots []*types.Type, extract func(*types.Type) bool) (*schema, error) {
	files := env.Generated(openAPITool)
	src := &openapischema.UniverseSource{Universe: u, ReadFile: env.ReadFile, ReadDir: func(dir string) ([]string, error) {
		entries, err := env.ReadDir(dir)
		names := make([]string, 0, len(entries))
		for _, e := range entries {
			names = append(names, e.Name())
		}
		return names, err
	}}
	opts := openapischema.Options{Friendly: true}
	defs := map[string]common.OpenAPIDefinition{}
	var evaluated []string
	for _, p := range slices.Sorted(maps.Keys(files)) {
		if !bytes.Contains(files[p], []byte("\nfunc GetOpenAPIDefinitions(")) {
			continue // a model-name file
		}
		more, err := openapischema.Definitions(p, files[p], src, opts)
		if err != nil {
			return nil, fmt.Errorf("--openapi-schema=%s: %w", flag, err)
		}
		for name, def := range more {
			if old, ok := defs[name]; ok && !reflect.DeepEqual(old, def) {
				return nil, fmt.Errorf("--openapi-schema=%s: %s: two openapi-gen runs define %s differently", flag, p, name)
			}
			defs[name] = def
		}
		evaluated = append(evaluated, p)
	}
	if len(evaluated) == 0 {
		return nil, fmt.Errorf("--openapi-schema=%s: no OpenAPI definitions in this run: run openapi-gen over the API packages (and the packages they refer to) in the same kodegen batch, or kodegen gen --openapi-schema=-generated-; or pass a schema file", flag)
	}
	data, err := openapischema.Document(defs, opts, openapischema.Info{Title: "Kubernetes", Version: "unversioned"})
	if err != nil {
		return nil, fmt.Errorf("--openapi-schema=%s: %w", flag, err)
	}
	return parseSchema(env, data, "("+strings.Join(evaluated, ", ")+")", roots, extract)
}

// parseSchema keeps the definitions of roots (and what they reference)
// from the OpenAPI document data, read from path.
func parseSchema(env *engine.Env, data []byte, path string, roots []*types.Type, extract func(*types.Type) bool) (*schema, error) {
	var doc spec.Swagger
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("--openapi-schema %s: not an OpenAPI JSON document: %w", path, err)
	}
	s := &schema{names: map[types.Name]string{}}
	kept := map[string]spec.Schema{}
	var errs []string
	for _, t := range roots {
		name := util.ToRESTFriendlyName(t.Name.Package + "." + t.Name.Name)
		def, ok := doc.Definitions[name]
		if !ok && extract(t) {
			env.Warnf("%s: --openapi-schema %s has no definition %q: Extract%s treats the object as one atomic value; add the definition to the schema",
				t.Name, path, name, t.Name.Name)
		}
		s.names[t.Name] = name
		kept[name] = def
	}
	for _, t := range roots {
		name, ok := s.names[t.Name]
		if !ok {
			continue
		}
		def := kept[name]
		if err := collectReferenced(&def, doc.Definitions, kept); err != nil {
			errs = append(errs, fmt.Sprintf("%s: %v", t.Name, err))
		}
	}
	if len(errs) > 0 {
		sort.Strings(errs)
		return nil, fmt.Errorf("--openapi-schema %s:\n\t%s", path, strings.Join(errs, "\n\t"))
	}
	doc.Definitions = kept
	models, err := toModels(&doc)
	if err != nil {
		return nil, fmt.Errorf("--openapi-schema %s: %w", path, err)
	}
	s.models = models
	return s, nil
}

// toModels turns the document into proto models, which checks every
// reference between definitions.
func toModels(doc *spec.Swagger) (proto.Models, error) {
	raw, err := json.Marshal(doc)
	if err != nil {
		return nil, err
	}
	parsed, err := openapiv2.ParseDocument(raw)
	if err != nil {
		return nil, fmt.Errorf("parsing the OpenAPI document: %w", err)
	}
	models, err := proto.NewOpenAPIData(parsed)
	if err != nil {
		return nil, fmt.Errorf("building OpenAPI models: %w", err)
	}
	return models, nil
}

// collectReferenced adds to kept every definition def refers to, directly
// or through other definitions.
func collectReferenced(def *spec.Schema, all, kept map[string]spec.Schema) error {
	if ptr := def.Ref.GetPointer(); ptr != nil && !ptr.IsEmpty() {
		ref := ptr.String()
		if name, ok := strings.CutPrefix(ref, "/definitions/"); ok {
			target, found := all[name]
			if !found {
				return fmt.Errorf("reference to missing definition %q", name)
			}
			if _, done := kept[name]; !done {
				kept[name] = target
				if err := collectReferenced(&target, all, kept); err != nil {
					return err
				}
			}
		}
	}
	for _, sub := range subSchemas(def) {
		if err := collectReferenced(sub, all, kept); err != nil {
			return err
		}
	}
	return nil
}

// subSchemas lists the schemas nested in def.
func subSchemas(def *spec.Schema) []*spec.Schema {
	var subs []*spec.Schema
	add := func(s *spec.Schema) {
		if s != nil {
			subs = append(subs, s)
		}
	}
	addAll := func(list []spec.Schema) {
		for i := range list {
			subs = append(subs, &list[i])
		}
	}
	addMap := func(m map[string]spec.Schema) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			s := m[k]
			subs = append(subs, &s)
		}
	}
	if def.Items != nil {
		add(def.Items.Schema)
		addAll(def.Items.Schemas)
	}
	addAll(def.AllOf)
	addAll(def.AnyOf)
	addAll(def.OneOf)
	add(def.Not)
	addMap(def.Properties)
	if def.AdditionalProperties != nil {
		add(def.AdditionalProperties.Schema)
	}
	addMap(def.PatternProperties)
	for _, k := range slices.Sorted(maps.Keys(def.Dependencies)) {
		add(def.Dependencies[k].Schema)
	}
	if def.AdditionalItems != nil {
		add(def.AdditionalItems.Schema)
	}
	addMap(def.Definitions)
	return subs
}
