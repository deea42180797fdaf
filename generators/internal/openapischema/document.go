package openapischema

import (
	"encoding/json"
	"fmt"
	"go/printer"
	"go/token"
	"io"

	"k8s.io/kube-openapi/pkg/common"
	"k8s.io/kube-openapi/pkg/util"
	"k8s.io/kube-openapi/pkg/validation/spec"
)

// Info is the document's info block and layout, as the models-schema
// program writes them.
type Info struct {
	Title   string // "Kubernetes" in sample-apiserver's program
	Version string // "unversioned"
	// Indent is json.MarshalIndent's indent ("" for json.Marshal); an
	// indented document ends with a newline, as kodegen's examples' program
	// writes it.
	Indent string
}

// Document is the models-schema program's output for defs: each
// definition's embedded OpenAPI v2 schema where it has one, named as
// opts says, in a spec.Swagger.
func Document(defs map[string]common.OpenAPIDefinition, opts Options, info Info) ([]byte, error) {
	out := make(map[string]spec.Schema, len(defs))
	for goName, def := range defs {
		name := goName
		if opts.Friendly {
			name = util.ToRESTFriendlyName(goName)
		}
		if _, dup := out[name]; dup {
			return nil, fmt.Errorf("two definitions are named %s", name)
		}
		if v2, ok := def.Schema.Extensions[common.ExtensionV2Schema].(spec.Schema); ok {
			out[name] = v2
			continue
		}
		out[name] = def.Schema
	}
	doc := &spec.Swagger{SwaggerProps: spec.SwaggerProps{
		Definitions: out,
		Info:        &spec.Info{InfoProps: spec.InfoProps{Title: info.Title, Version: info.Version}},
		Swagger:     "2.0",
	}}
	if info.Indent == "" {
		return json.Marshal(doc)
	}
	data, err := json.MarshalIndent(doc, "", info.Indent)
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

func printNode(w io.Writer, fset *token.FileSet, n any) error {
	return printer.Fprint(w, fset, n)
}
