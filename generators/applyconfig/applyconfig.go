package applyconfig

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/genclient"
	"github.com/kodegen/kodegen/generators/internal/snippet"
	"github.com/kodegen/kodegen/internal/kversion"
	"github.com/kodegen/kodegen/internal/markers"
)

// genType writes the apply configuration of one API type: the struct, its
// constructor, the Extract functions of client types, the With builders
// and the getters apply needs.
type genType struct {
	snippet.File
	ac     applyConfig
	refs   refGraph
	parser *types.Type // the Parser function of the internal package
	json   jsonRules   // the target's (jsonRulesAt)
	target kversion.Version
}

// applyConfig is one type that gets an apply configuration.
type applyConfig struct {
	t           *types.Type
	ac          *types.Type // <Type>ApplyConfiguration in the output package
	tags        genclient.Tags
	apiVersion  string
	openAPIName string // "" without a schema: no Extract functions
}

func newGenType(pkg string, ac applyConfig, refs refGraph, parser *types.Type, target kversion.Version) *genType {
	return &genType{
		File:   snippet.NewFileAt(strings.ToLower(ac.t.Name.Name)+".go", pkg, target),
		ac:     ac,
		refs:   refs,
		parser: parser,
		json:   jsonRulesAt.At(target),
		target: target,
	}
}

func (g *genType) Filter(_ *generator.Context, t *types.Type) bool { return t == g.ac.t }

// Imports leaves out the file's own package, which the import trackers
// before v0.32 (snippet.NewFileAt) record for same-package types.
func (g *genType) Imports(*generator.Context) []string { return g.ImportsNotSelf() }

// typeArgs are the arguments of the type-level templates.
type typeArgs struct {
	Type        *types.Type
	AC          *types.Type
	APIVersion  string
	OpenAPIName string
	ExtractInto *types.Type
	Parser      *types.Type
}

// subresourceArgs are the arguments of extractSubresourceTmpl.
type subresourceArgs struct {
	typeArgs
	Subresource string
	Title       string
}

func (g *genType) GenerateType(c *generator.Context, t *types.Type, w io.Writer) error {
	sw := snippet.NewWriter(w, c, "$", "$")
	a := typeArgs{Type: t, AC: g.ac.ac, APIVersion: g.ac.apiVersion, OpenAPIName: g.ac.openAPIName, ExtractInto: extractInto, Parser: g.parser}
	if err := g.writeStruct(sw, a); err != nil {
		return err
	}
	client := g.ac.tags.Generate
	hasTypeMeta := embeds(t, typeMeta.Name)
	switch {
	case client && g.ac.tags.NonNamespaced:
		sw.Do(clusterConstructorTmpl, a)
	case client:
		sw.Do(namespacedConstructorTmpl, a)
	case hasTypeMeta:
		sw.Do(kindConstructorTmpl, a)
	default:
		sw.Do(plainConstructorTmpl, a)
	}
	if client && g.ac.openAPIName != "" {
		if extractFrom.At(g.target) {
			g.writeExtract(sw, a)
		} else {
			g.writeExtract0_31(sw, a)
		}
	}
	if client || hasTypeMeta {
		sw.Do(isApplyConfigurationTmpls.At(g.target), a)
	}
	b := &builders{sw: sw, ac: g.ac.ac, refs: g.refs, seen: map[string]bool{}, json: g.json, target: g.target}
	b.withFuncs(t, nil)
	b.getters(t, nil)
	if b.err != nil {
		return b.err
	}
	return sw.Error()
}

// writeStruct writes the apply configuration struct: every field JSON
// serializes, with its doc comment, as a pointer (or slice, map) so that
// an unset field is left out.
func (g *genType) writeStruct(sw *snippet.Writer, a typeArgs) error {
	sw.Do(structDocTmpl, a)
	comments := copyComments.At(g.target)
	if doc := docComment(markers.TypeLines(a.Type).Lines); comments && doc != "" {
		sw.Do("//\n", nil)
		if err := sw.Append(strings.NewReader(doc)); err != nil {
			return err
		}
	}
	sw.Do("type $.AC|public$ struct {\n", a)
	for _, m := range a.Type.Members {
		tag, ok := fieldJSONAt(m, g.json)
		if !ok || hidden(a.Type, m) {
			continue
		}
		if !tag.inline {
			tag.omitempty = true
		}
		if comments {
			if err := sw.Append(strings.NewReader(docComment(m.CommentLines))); err != nil {
				return err
			}
		}
		f := fieldArgs{Name: m.Name, Type: g.refs.fieldType(m.Type), Tag: tag.String()}
		switch {
		case m.Embedded && tag.inline:
			sw.Do(embeddedFieldTmpl, f)
		case m.Embedded:
			f.Type = pointerTo(f.Type)
			sw.Do(embeddedFieldTmpl, f)
		case nillable(m.Type):
			sw.Do(fieldTmpl, f)
		default:
			f.Type = pointerTo(f.Type)
			sw.Do(fieldTmpl, f)
		}
	}
	sw.Do("}\n", nil)
	return nil
}

// fieldArgs are the arguments of fieldTmpl and embeddedFieldTmpl.
type fieldArgs struct {
	Name string
	Type *types.Type
	Tag  string
}

// titleCase turns a subresource into the suffix of its Extract function:
// "status" → "Status", "ephemeralcontainers" → "Ephemeralcontainers".
var titleCase = cases.Title(language.Und)

// writeExtract writes Extract<Type>From, Extract<Type> and one
// Extract<Type><Subresource> per subresource.
func (g *genType) writeExtract(sw *snippet.Writer, a typeArgs) {
	sw.Do(extractFromHeadTmpl, a)
	if !g.ac.tags.NonNamespaced {
		sw.Do(extractNamespaceTmpl, a)
	}
	sw.Do(extractFromTailTmpl, a)
	sw.Do(extractTmpl, a)
	for _, sub := range g.subresources() {
		sw.Do(extractSubresourceTmpl, subresourceArgs{typeArgs: a, Subresource: sub, Title: titleCase.String(sub)})
	}
}

// The apply configurations by release.
var (
	// copyComments: from v0.35 the struct and its fields carry the API
	// type's doc comments.
	copyComments = kversion.From(false, kversion.V0_35, true)
	// extractFrom: from v0.35 Extract<T>From takes the subresource, with
	// Extract<T><Subresource> for status and every +genclient:method
	// subresource; before, Extract<T> and Extract<T>Status (unless
	// +genclient:noStatus) called a private extract<T> (writeExtract0_31).
	extractFrom = kversion.From(false, kversion.V0_35, true)
	// isApplyConfigurationTmpls: IsApplyConfiguration came with v0.34,
	// set off by a blank line from v0.35.
	isApplyConfigurationTmpls = kversion.Table[string]{
		{From: kversion.V0_31, Value: ""},
		{From: kversion.V0_34, Value: isApplyConfigurationTmpl0_34},
		{From: kversion.V0_35, Value: isApplyConfigurationTmpl},
	}
)

// writeExtract0_31 writes the Extract functions before v0.35.
func (g *genType) writeExtract0_31(sw *snippet.Writer, a typeArgs) {
	sw.Do(extractTmpl0_31, a)
	if !g.ac.tags.NoStatus {
		sw.Do(extractStatusTmpl0_31, a)
	}
	sw.Do(extractPrivateHeadTmpl0_31, a)
	if !g.ac.tags.NonNamespaced {
		sw.Do("b.WithNamespace($.Type|private$.Namespace)\n", a)
	}
	sw.Do(extractFromTailTmpl, a)
}

// subresources are "status" (for a type with a Status field and without
// +genclient:noStatus) and those of its +genclient:method markers, sorted.
func (g *genType) subresources() []string {
	set := map[string]bool{}
	if !g.ac.tags.NoStatus {
		for _, m := range g.ac.t.Members {
			if m.Name == "Status" {
				set["status"] = true
				break
			}
		}
	}
	for _, m := range g.ac.tags.Methods {
		if m.Subresource != "" {
			set[m.Subresource] = true
		}
	}
	return slices.Sorted(maps.Keys(set))
}

// hidden reports whether member m of t is left out of apply configurations:
// ObjectMeta's ManagedFields and SelfLink, and fields on their way out (ZZZ_).
func hidden(t *types.Type, m types.Member) bool {
	if t.Name == objectMeta.Name && (m.Name == "ManagedFields" || m.Name == "SelfLink") {
		return true
	}
	return strings.HasPrefix(m.Name, "ZZZ_")
}

// docComment renders comment lines as // lines, leaving out markers.
func docComment(lines []string) string {
	var b strings.Builder
	for _, line := range lines {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "+") {
			continue
		}
		fmt.Fprintf(&b, "// %s\n", line)
	}
	return b.String()
}

func nillable(t *types.Type) bool { return t.Kind == types.Slice || t.Kind == types.Map }

func pointerTo(t *types.Type) *types.Type { return &types.Type{Kind: types.Pointer, Elem: t} }

func deref(t *types.Type) *types.Type {
	for t.Kind == types.Pointer {
		t = t.Elem
	}
	return t
}

const structDocTmpl = `// $.AC|public$ represents a declarative configuration of the $.Type|public$ type for use
// with apply.
`

const fieldTmpl = "$.Name$ $.Type|raw$ `json:\"$.Tag$\"`\n"

const embeddedFieldTmpl = "$.Type|raw$ `json:\"$.Tag$\"`\n"

const namespacedConstructorTmpl = `
// $.Type|public$ constructs a declarative configuration of the $.Type|public$ type for use with
// apply.
func $.Type|public$(name, namespace string) *$.AC|public$ {
	b := &$.AC|public${}
	b.WithName(name)
	b.WithNamespace(namespace)
	b.WithKind("$.Type|public$")
	b.WithAPIVersion("$.APIVersion$")
	return b
}
`

const clusterConstructorTmpl = `
// $.Type|public$ constructs a declarative configuration of the $.Type|public$ type for use with
// apply.
func $.Type|public$(name string) *$.AC|public$ {
	b := &$.AC|public${}
	b.WithName(name)
	b.WithKind("$.Type|public$")
	b.WithAPIVersion("$.APIVersion$")
	return b
}
`

const kindConstructorTmpl = `
// $.AC|public$ constructs a declarative configuration of the $.Type|public$ type for use with
// apply.
func $.Type|public$() *$.AC|public$ {
	b := &$.AC|public${}
	b.WithKind("$.Type|public$")
	b.WithAPIVersion("$.APIVersion$")
	return b
}
`

const plainConstructorTmpl = `
// $.AC|public$ constructs a declarative configuration of the $.Type|public$ type for use with
// apply.
func $.Type|public$() *$.AC|public$ {
	return &$.AC|public${}
}
`

const extractFromHeadTmpl = `
// Extract$.Type|public$From extracts the applied configuration owned by fieldManager from
// $.Type|private$ for the specified subresource. Pass an empty string for subresource to extract
// the main resource. Common subresources include "status", "scale", etc.
// $.Type|private$ must be a unmodified $.Type|public$ API object that was retrieved from the Kubernetes API.
// Extract$.Type|public$From provides a way to perform a extract/modify-in-place/apply workflow.
// Note that an extracted apply configuration will contain fewer fields than what the fieldManager previously
// applied if another fieldManager has updated or force applied any of the previously applied fields.
func Extract$.Type|public$From($.Type|private$ *$.Type|raw$, fieldManager string, subresource string) (*$.AC|public$, error) {
	b := &$.AC|public${}
	err := $.ExtractInto|raw$($.Type|private$, $.Parser|raw$().Type("$.OpenAPIName$"), fieldManager, b, subresource)
	if err != nil {
		return nil, err
	}
	b.WithName($.Type|private$.Name)
`

const extractNamespaceTmpl = "	b.WithNamespace($.Type|private$.Namespace)\n"

const extractFromTailTmpl = `
	b.WithKind("$.Type|public$")
	b.WithAPIVersion("$.APIVersion$")
	return b, nil
}
`

const extractTmpl = `
// Extract$.Type|public$ extracts the applied configuration owned by fieldManager from
// $.Type|private$. If no managedFields are found in $.Type|private$ for fieldManager, a
// $.AC|public$ is returned with only the Name, Namespace (if applicable),
// APIVersion and Kind populated. It is possible that no managed fields were found for because other
// field managers have taken ownership of all the fields previously owned by fieldManager, or because
// the fieldManager never owned fields any fields.
// $.Type|private$ must be a unmodified $.Type|public$ API object that was retrieved from the Kubernetes API.
// Extract$.Type|public$ provides a way to perform a extract/modify-in-place/apply workflow.
// Note that an extracted apply configuration will contain fewer fields than what the fieldManager previously
// applied if another fieldManager has updated or force applied any of the previously applied fields.
func Extract$.Type|public$($.Type|private$ *$.Type|raw$, fieldManager string) (*$.AC|public$, error) {
	return Extract$.Type|public$From($.Type|private$, fieldManager, "")
}
`

const extractSubresourceTmpl = `
// Extract$.Type|public$$.Title$ extracts the applied configuration owned by fieldManager from
// $.Type|private$ for the $.Subresource$ subresource.
func Extract$.Type|public$$.Title$($.Type|private$ *$.Type|raw$, fieldManager string) (*$.AC|public$, error) {
	return Extract$.Type|public$From($.Type|private$, fieldManager, "$.Subresource$")
}
`

const extractTmpl0_31 = `
// Extract$.Type|public$ extracts the applied configuration owned by fieldManager from
// $.Type|private$. If no managedFields are found in $.Type|private$ for fieldManager, a
// $.AC|public$ is returned with only the Name, Namespace (if applicable),
// APIVersion and Kind populated. It is possible that no managed fields were found for because other
// field managers have taken ownership of all the fields previously owned by fieldManager, or because
// the fieldManager never owned fields any fields.
// $.Type|private$ must be a unmodified $.Type|public$ API object that was retrieved from the Kubernetes API.
// Extract$.Type|public$ provides a way to perform a extract/modify-in-place/apply workflow.
// Note that an extracted apply configuration will contain fewer fields than what the fieldManager previously
// applied if another fieldManager has updated or force applied any of the previously applied fields.
// Experimental!
func Extract$.Type|public$($.Type|private$ *$.Type|raw$, fieldManager string) (*$.AC|public$, error) {
	return extract$.Type|public$($.Type|private$, fieldManager, "")
}`

const extractStatusTmpl0_31 = `
// Extract$.Type|public$Status is the same as Extract$.Type|public$ except
// that it extracts the status subresource applied configuration.
// Experimental!
func Extract$.Type|public$Status($.Type|private$ *$.Type|raw$, fieldManager string) (*$.AC|public$, error) {
	return extract$.Type|public$($.Type|private$, fieldManager, "status")
}
`

const extractPrivateHeadTmpl0_31 = `
func extract$.Type|public$($.Type|private$ *$.Type|raw$, fieldManager string, subresource string) (*$.AC|public$, error) {
	b := &$.AC|public${}
	err := $.ExtractInto|raw$($.Type|private$, $.Parser|raw$().Type("$.OpenAPIName$"), fieldManager, b, subresource)
	if err != nil {
		return nil, err
	}
	b.WithName($.Type|private$.Name)
`

const isApplyConfigurationTmpl0_34 = "func (b $.AC|public$) IsApplyConfiguration() {}\n"

const isApplyConfigurationTmpl = `
func (b $.AC|public$) IsApplyConfiguration() {}
`
