package conformance

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The OpenAPI schemas applyconfiguration-gen reads (--openapi-schema) are
// test fixtures built here, in temp dirs, from published modules: nothing
// is cached in the repository.

// kubeOpenAPIVersion is the k8s.io/kube-openapi that code-generator
// v0.37.2 requires; its openapi-gen builds the k8s.io/api schema.
const kubeOpenAPIVersion = "v0.0.0-20260721132016-d427ff9ee9ad"

// apimachineryOpenAPIPackages are the apimachinery packages the schema of
// k8s.io/api refers to.
var apimachineryOpenAPIPackages = []string{
	"k8s.io/apimachinery/pkg/apis/meta/v1",
	"k8s.io/apimachinery/pkg/runtime",
	"k8s.io/apimachinery/pkg/version",
	"k8s.io/apimachinery/pkg/api/resource",
	"k8s.io/apimachinery/pkg/util/intstr",
}

// sampleAPIServerSchema runs sample-apiserver's models-schema command in a
// pristine copy (its API packages need their generated deepcopy to build)
// and returns the file it printed.
func sampleAPIServerSchema(t *testing.T) string {
	return sampleAPIServerSchemaAt(t, oracleVersion)
}

// sampleAPIServerSchemaAt is sampleAPIServerSchema for sample-apiserver of
// a release (models-schema is there from v0.36).
func sampleAPIServerSchemaAt(t *testing.T, version string) string {
	src := moduleDirAt(t, "k8s.io/sample-apiserver", version)
	key, name := "openapi schema sample-apiserver", "sample-apiserver"
	if version != oracleVersion {
		key += "@" + version
		name += "@" + version
	}
	return once(t, key, func() (string, error) {
		dir := filepath.Join(workDir, name+"-pristine")
		if err := copyTree(src, dir, func([]byte) bool { return true }); err != nil {
			return "", err
		}
		out, err := goCmd(dir, "run", "./pkg/generated/openapi/cmd/models-schema")
		if err != nil {
			return "", err
		}
		path := filepath.Join(workDir, name+"-schema.json")
		return path, os.WriteFile(path, out, 0o644)
	})
}

// apiOpenAPISchema builds the schema of k8s.io/api@v0.37.2: a fixture
// module runs kube-openapi's openapi-gen over the published API packages
// and apimachinery's, then a small program prints GetOpenAPIDefinitions as
// {"definitions": …}, each definition's embedded v2 schema where present.
func apiOpenAPISchema(t *testing.T) string {
	apiDir := moduleDir(t, "k8s.io/api")
	return once(t, "openapi schema k8s.io/api", func() (string, error) {
		dir := filepath.Join(workDir, "openapi-fixture")
		if err := writeFixtureModule(dir); err != nil {
			return "", err
		}
		if _, err := goCmd(dir, "mod", "tidy"); err != nil {
			return "", err
		}
		gen := filepath.Join(dir, "openapi-gen")
		if _, err := goCmd(dir, "build", "-o", gen, "k8s.io/kube-openapi/cmd/openapi-gen"); err != nil {
			return "", err
		}
		args := []string{
			"--output-dir", filepath.Join(dir, "openapi"),
			"--output-pkg", "kodegen.test/openapifixture/openapi",
			"--output-file", "zz_generated.openapi.go",
			"--report-filename", filepath.Join(dir, "api-rules.list"), // TestOpenAPIAPI compares it
			"--readonly-pkg", strings.Join(append(append([]string{}, apimachineryOpenAPIPackages...), "time"), ","),
		}
		args = append(args, apiPackages(t, apiDir)...)
		args = append(args, apimachineryOpenAPIPackages...)
		if _, err := command(dir, gen, args...); err != nil {
			return "", err
		}
		if err := writeFile(filepath.Join(dir, "dump", "main.go"), fixtureDump); err != nil {
			return "", err
		}
		out, err := goCmd(dir, "run", "./dump")
		if err != nil {
			return "", err
		}
		path := filepath.Join(workDir, "api-schema.json")
		return path, os.WriteFile(path, out, 0o644)
	})
}

// releaseAPISchema builds the schema of k8s.io/api of an older release as
// kubernetes' models-schema of that release printed it: the fixture
// module on that release's api and apimachinery runs openapi-gen (the one
// code-generator v0.37.2 pins) over them, and the dump keys every
// definition by its REST-friendly name (Go paths turned into
// io.k8s.api…, what the releases before the model-name files did).
func releaseAPISchema(t *testing.T, version string) string {
	apiDir := moduleDirAt(t, "k8s.io/api", version)
	return once(t, "openapi schema k8s.io/api@"+version, func() (string, error) {
		dir := filepath.Join(workDir, "openapi-fixture@"+version)
		if err := writeFixtureModule(dir); err != nil {
			return "", err
		}
		if _, err := goCmd(dir, "mod", "tidy"); err != nil {
			return "", err
		}
		// tidy drops api and apimachinery (nothing imports them yet):
		// pin the release before anything adds their latest.
		if _, err := goCmd(dir, "get", "k8s.io/api@"+version, "k8s.io/apimachinery@"+version); err != nil {
			return "", err
		}
		gen := filepath.Join(dir, "openapi-gen")
		if _, err := goCmd(dir, "build", "-o", gen, "k8s.io/kube-openapi/cmd/openapi-gen"); err != nil {
			return "", err
		}
		args := []string{
			"--output-dir", filepath.Join(dir, "openapi"),
			"--output-pkg", "kodegen.test/openapifixture/openapi",
			"--output-file", "zz_generated.openapi.go",
			"--report-filename", filepath.Join(dir, "api-rules.list"),
			"--readonly-pkg", strings.Join(append(append([]string{}, apimachineryOpenAPIPackages...), "time"), ","),
		}
		args = append(args, apiPackages(t, apiDir)...)
		args = append(args, apimachineryOpenAPIPackages...)
		if _, err := command(dir, gen, args...); err != nil {
			return "", err
		}
		if err := writeFile(filepath.Join(dir, "dump", "main.go"), fixtureDumpFriendly); err != nil {
			return "", err
		}
		out, err := goCmd(dir, "run", "./dump")
		if err != nil {
			return "", err
		}
		path := filepath.Join(workDir, "api-schema@"+version+".json")
		return path, os.WriteFile(path, out, 0o644)
	})
}

// writeFixtureModule writes the fixture module's go.mod and the file that
// makes it require openapi-gen's dependencies; the dump program comes once
// the package it imports is generated.
func writeFixtureModule(dir string) error {
	if err := writeFile(filepath.Join(dir, "go.mod"), fmt.Sprintf(fixtureGoMod, oracleVersion, oracleVersion, kubeOpenAPIVersion)); err != nil {
		return err
	}
	if err := writeFile(filepath.Join(dir, "tools.go"), fixtureTools); err != nil {
		return err
	}
	// Seed go.sum with the examples module's (k8s.io v0.37.2 and kodegen's
	// own requirements), so tidy looks up only what is new.
	sum, err := os.ReadFile(filepath.Join("..", "..", "examples", "go.sum"))
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644)
}

func writeFile(path, content string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(content), 0o644)
}

// goCmd runs the go command in dir, outside any workspace, and returns its
// standard output.
func goCmd(dir string, args ...string) ([]byte, error) {
	return command(dir, "go", args...)
}

func command(dir, name string, args ...string) ([]byte, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, stderr.String())
	}
	return stdout.Bytes(), nil
}

const fixtureGoMod = `module kodegen.test/openapifixture

go 1.26.0

require (
	k8s.io/api %s
	k8s.io/apimachinery %s
	k8s.io/kube-openapi %s
)
`

const fixtureTools = `//go:build tools

package tools

import _ "k8s.io/kube-openapi/cmd/openapi-gen"
`

// fixtureDump prints the definitions as sample-apiserver's models-schema
// does.
const fixtureDump = `package main

import (
	"encoding/json"
	"fmt"
	"os"

	"k8s.io/kube-openapi/pkg/common"
	"k8s.io/kube-openapi/pkg/validation/spec"

	"kodegen.test/openapifixture/openapi"
)

func main() {
	ref := func(name string) spec.Ref { return spec.MustCreateRef("#/definitions/" + name) }
	defs := openapi.GetOpenAPIDefinitions(ref)
	out := make(map[string]spec.Schema, len(defs))
	for name, def := range defs {
		if v2, ok := def.Schema.Extensions[common.ExtensionV2Schema].(spec.Schema); ok {
			out[name] = v2
			continue
		}
		out[name] = def.Schema
	}
	data, err := json.Marshal(&spec.Swagger{SwaggerProps: spec.SwaggerProps{
		Definitions: out,
		Info:        &spec.Info{InfoProps: spec.InfoProps{Title: "Kubernetes", Version: "unversioned"}},
		Swagger:     "2.0",
	}})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Stdout.Write(data)
}
`

// fixtureDumpFriendly is fixtureDump keying every definition (and
// reference) by its REST-friendly name: the releases before the model-name
// files named definitions by Go path, and their models-schema printed them
// friendly (util.ToRESTFriendlyName), which applyconfiguration-gen looks
// the types up by.
const fixtureDumpFriendly = `package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"k8s.io/kube-openapi/pkg/common"
	"k8s.io/kube-openapi/pkg/util"
	"k8s.io/kube-openapi/pkg/validation/spec"

	"kodegen.test/openapifixture/openapi"
)

func friendly(name string) string {
	if strings.Contains(name, "/") {
		return util.ToRESTFriendlyName(name)
	}
	return name
}

func main() {
	ref := func(name string) spec.Ref { return spec.MustCreateRef("#/definitions/" + friendly(name)) }
	defs := openapi.GetOpenAPIDefinitions(ref)
	out := make(map[string]spec.Schema, len(defs))
	for name, def := range defs {
		if v2, ok := def.Schema.Extensions[common.ExtensionV2Schema].(spec.Schema); ok {
			out[friendly(name)] = v2
			continue
		}
		out[friendly(name)] = def.Schema
	}
	data, err := json.Marshal(&spec.Swagger{SwaggerProps: spec.SwaggerProps{
		Definitions: out,
		Info:        &spec.Info{InfoProps: spec.InfoProps{Title: "Kubernetes", Version: "unversioned"}},
		Swagger:     "2.0",
	}})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Stdout.Write(data)
}
`
