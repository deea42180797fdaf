package conformance

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The schema applyconfiguration-gen builds in process
// (--openapi-schema=-generated-) is what a models-schema program prints:
// evaluated from the same zz_generated.openapi.go, the document must be
// byte for byte the program's output. The comparison runs in
// generators/internal/openapischema's TestModelsSchemaEquals (this
// package may not import it).

// TestOpenAPISchemaSampleAPIServer: sample-apiserver's published
// definitions, against its own models-schema command's output.
func TestOpenAPISchemaSampleAPIServer(t *testing.T) {
	want := sampleAPIServerSchema(t)
	const module = "k8s.io/sample-apiserver"
	generated := filepath.Join(moduleDir(t, module), "pkg", "generated", "openapi", "zz_generated.openapi.go")
	pkgs := append([]string{module + "/pkg/apis/wardle/v1alpha1", module + "/pkg/apis/wardle/v1beta1"}, apimachineryOpenAPIPackages...)
	compareSchema(t, module, scratch(t, module), generated, want, pkgs)
}

// TestOpenAPISchemaAPI: upstream openapi-gen's definitions of all of
// k8s.io/api and apimachinery's (the schema fixture), against the
// fixture's dump program, which prints them as models-schema does.
func TestOpenAPISchemaAPI(t *testing.T) {
	want := apiOpenAPISchema(t)
	fixture := filepath.Join(workDir, "openapi-fixture")
	pkgs := append(apiPackages(t, moduleDir(t, "k8s.io/api")), apimachineryOpenAPIPackages...)
	compareSchema(t, "k8s.io/api", fixture, filepath.Join(fixture, "openapi", "zz_generated.openapi.go"), want, pkgs)
}

var identical = regexp.MustCompile(`(?m)^identical: (\d+) definitions, (\d+) bytes$`)

func compareSchema(t *testing.T, module, dir, generated, want string, pkgs []string) {
	t.Helper()
	cmd := exec.Command("go", "test", "-count=1", "-v", "-run", "^TestModelsSchemaEquals$", "github.com/kodegen/kodegen/generators/internal/openapischema")
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off",
		"KODEGEN_SCHEMA_DIR="+dir, "KODEGEN_SCHEMA_GENERATED="+generated, "KODEGEN_SCHEMA_WANT="+want,
		"KODEGEN_SCHEMA_PKGS="+strings.Join(pkgs, " "))
	out, err := cmd.CombinedOutput()
	m := identical.FindSubmatch(out)
	if err != nil || m == nil {
		t.Fatalf("in-process schema of %s vs models-schema's: %v\n%s", module, err, out)
	}
	summary := fmt.Sprintf("openapi schema %s: in process = models-schema (%s definitions, %s bytes identical)", module, m[1], m[2])
	fmt.Println(summary)
	t.Log(summary)
}
