// Command models-schema writes the OpenAPI definitions of the example API
// groups (generated/openapi, built by kodegen's openapi-gen) as the
// JSON document applyconfiguration-gen reads with --openapi-schema:
// {"definitions": {…}}, each definition's embedded OpenAPI v2 schema where
// it has one, named as the API server names them ("com.github.….v1.Widget").
// It is sample-apiserver's models-schema, writing to a file.
//
// Usage: models-schema FILE. With KODEGEN_VERIFY=true it writes nothing and
// exits 1 when FILE is out of date.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strconv"

	"k8s.io/kube-openapi/pkg/common"
	"k8s.io/kube-openapi/pkg/util"
	"k8s.io/kube-openapi/pkg/validation/spec"

	"github.com/kodegen/kodegen/examples/generated/openapi"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: models-schema FILE")
		os.Exit(2)
	}
	data, err := schema()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	file := os.Args[1]
	if verify, _ := strconv.ParseBool(os.Getenv("KODEGEN_VERIFY")); verify {
		old, err := os.ReadFile(file)
		if err != nil || !bytes.Equal(old, data) {
			fmt.Fprintf(os.Stderr, "%s is out of date; run go generate\n", file)
			os.Exit(1)
		}
		return
	}
	if err := os.WriteFile(file, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
}

func schema() ([]byte, error) {
	ref := func(name string) spec.Ref {
		return spec.MustCreateRef("#/definitions/" + util.ToRESTFriendlyName(name))
	}
	defs := openapi.GetOpenAPIDefinitions(ref)
	out := make(map[string]spec.Schema, len(defs))
	for goName, def := range defs {
		name := util.ToRESTFriendlyName(goName)
		if v2, ok := def.Schema.Extensions[common.ExtensionV2Schema].(spec.Schema); ok {
			out[name] = v2
			continue
		}
		out[name] = def.Schema
	}
	data, err := json.MarshalIndent(&spec.Swagger{SwaggerProps: spec.SwaggerProps{
		Definitions: out,
		Info:        &spec.Info{InfoProps: spec.InfoProps{Title: "kodegen examples", Version: "unversioned"}},
		Swagger:     "2.0",
	}}, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encoding the definitions: %w", err)
	}
	return append(data, '\n'), nil
}
