package conformance

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// validationCovered are the packages of code-generator v0.37.2's
// cmd/validation-gen/output_tests that kodegen's validation-gen generates
// byte for byte (each has a published zz_generated.validations.go).
var validationCovered = []string{
	"all_types_match/trivial",
	"all_types_match/with_field_validations",
	"all_types_match/with_type_validations",
	"cohorts",
	"cross_pkg",
	"elide_no_validations",
	"embedded",
	"maps/keys",
	"maps/map_of_primitive",
	"maps/map_of_struct",
	"maps/multiple_validations",
	"maps/typedef_to_map",
	"multiple_packages/consumer",
	"multiple_packages/external",
	"multiple_packages/registered",
	"multiple_tags",
	"no_types_match",
	"one_type_match/trivial",
	"one_type_match/with_field_validations",
	"one_type_match/with_type_validations",
	"ordering/structs",
	"ordering/typedefs",
	"pointers",
	"primitives",
	"public_private",
	"ratcheting/default_behavior",
	"ratcheting/list",
	"ratcheting/maps/eachkey",
	"ratcheting/maps/eachval",
	"ratcheting/subfield",
	"recursive/maps",
	"recursive/pointers",
	"recursive/slices",
	"slices/multiple_validations",
	"slices/slice_of_primitive",
	"slices/slice_of_struct",
	"slices/typedef_to_slice",
	"tags/customvalidation",
	"tags/dependentforbidden",
	"tags/dependentrequired",
	"tags/eachkey",
	"tags/eachval/map_of_primitive",
	"tags/eachval/map_of_struct",
	"tags/eachval/slice_of_pointers",
	"tags/eachval/slice_of_primitive",
	"tags/eachval/slice_of_struct",
	"tags/eachval/typedef_to_map",
	"tags/eachval/typedef_to_slice",
	"tags/enum",
	"tags/enum/options",
	"tags/forbidden",
	"tags/format/k8s-extended-resource-name",
	"tags/format/k8s-label-key",
	"tags/format/k8s-label-value",
	"tags/format/k8s-long-name-caseless",
	"tags/format/k8s-long-name/k8s-long-name",
	"tags/format/k8s-prefixed-label-key",
	"tags/format/k8s-resource-fully-qualified-name",
	"tags/format/k8s-resource-pool-name",
	"tags/format/k8s-short-name/k8s-short-name",
	"tags/format/k8s-uuid",
	"tags/immutable",
	"tags/item/immutable_transitions",
	"tags/item/multiple_keys",
	"tags/item/single_key",
	"tags/item/subfield",
	"tags/item/typedef",
	"tags/item/union/simple",
	"tags/item/union/typedef",
	"tags/item/zerorooneof/simple",
	"tags/item/zerorooneof/typedef",
	"tags/levels/atomicslice",
	"tags/levels/enums",
	"tags/levels/listkeys",
	"tags/levels/listmapitem",
	"tags/levels/listset",
	"tags/levels/mapvalidation",
	"tags/levels/modes",
	"tags/levels/optionalrequired",
	"tags/levels/simple",
	"tags/levels/structs",
	"tags/levels/subfields",
	"tags/levels/unions",
	"tags/levels/uniquetag",
	"tags/listmap/multiple_keys",
	"tags/listmap/single_key",
	"tags/listset",
	"tags/maxbytes",
	"tags/maximum",
	"tags/maxitems/slice_of_primitive",
	"tags/maxitems/slice_of_struct",
	"tags/maxitems/typedef_to_slice",
	"tags/maxlength",
	"tags/maxproperties",
	"tags/minimum",
	"tags/minitems/slice_of_primitive",
	"tags/minitems/slice_of_struct",
	"tags/minitems/typedef_to_slice",
	"tags/minlength",
	"tags/minproperties",
	"tags/mode",
	"tags/monotonic",
	"tags/neq/neq/neqchained",
	"tags/neq/neqbool",
	"tags/neq/neqint",
	"tags/neq/neqstring",
	"tags/opaque",
	"tags/optional",
	"tags/optional/nonzero_defaults",
	"tags/optional/zero_defaults",
	"tags/options/discriminators",
	"tags/options/lists",
	"tags/options/maps",
	"tags/options/simple",
	"tags/options/subfields",
	"tags/options/unions",
	"tags/options/update",
	"tags/required",
	"tags/subfield/deep",
	"tags/subfield/list",
	"tags/subfield/nonincluded",
	"tags/subfield/shallow",
	"tags/subfield/shortcircuit",
	"tags/subfield/unions",
	"tags/supported_resources/issubresource",
	"tags/supported_resources/root",
	"tags/supported_resources/subresource",
	"tags/union/union/discriminated/custom_members",
	"tags/union/union/discriminated/empty",
	"tags/union/union/discriminated/multiple",
	"tags/union/union/discriminated/simple",
	"tags/union/union/discriminated/sparse",
	"tags/union/union/undiscriminated/custom_members",
	"tags/union/union/undiscriminated/multiple",
	"tags/union/union/undiscriminated/simple",
	"tags/unique",
	"tags/update/lists",
	"tags/update/maps",
	"tags/update/primitives",
	"tags/validate_false",
	"tags/validate_true",
	"tags/validatetruealpha",
	"tags/validatetruebeta",
	"tags/zerooroneof/zerooroneof/custom_members",
	"tags/zerooroneof/zerooroneof/multiple",
	"tags/zerooroneof/zerooroneof/simple",
	"type_args",
	"typedefs",
	"types_with_suffix",
	"update_validations/lists",
	"update_validations/maps",
	"update_validations/primitive_pointers",
	"update_validations/primitives",
}

// validationNotCovered are the ones it refuses ("not supported yet"):
// tags or shapes kodegen does not generate yet (none since the coverage
// test files). A package in neither list fails the test, so the lists
// stay the truth.
var validationNotCovered = []string{}

// TestValidationUpstreamOutputTests regenerates the covered packages of
// code-generator's own cmd/validation-gen/output_tests with the command
// of its generate.go (one run over all of them) and compares every
// generated file, fixtures' _test.go files included, with the published
// one.
func TestValidationUpstreamOutputTests(t *testing.T) {
	const tests = "cmd/validation-gen/output_tests"
	published := filepath.Join(moduleDir(t, "k8s.io/code-generator"), tests)
	all := validationPackages(t, published)
	for _, p := range all {
		if !slices.Contains(validationCovered, p) && !slices.Contains(validationNotCovered, p) {
			t.Errorf("output_tests/%s is in neither validationCovered nor validationNotCovered", p)
		}
	}
	for _, p := range append(slices.Clone(validationCovered), validationNotCovered...) {
		if !slices.Contains(all, p) {
			t.Errorf("output_tests/%s is listed but has no published zz_generated.validations.go", p)
		}
	}
	if len(validationCovered) == 0 {
		t.Fatal("no covered package: the test would prove nothing")
	}
	dir := scratchWithout(t, "k8s.io/code-generator", "validation-gen")
	args := []string{"--output-file", "zz_generated.validations.go", "--go-header-file", headerFile(t)}
	for _, p := range validationCovered {
		args = append(args, "k8s.io/code-generator/"+tests+"/"+p)
	}
	run(t, dir, binary(t, "validation-gen"), args...)
	for _, p := range validationCovered {
		compareDir(t, "k8s.io/code-generator output_tests/"+p, "validation-gen",
			filepath.Join(published, p), filepath.Join(dir, tests, p))
	}
	t.Logf("validation-gen output_tests: %d packages covered, %d not covered yet: %s",
		len(validationCovered), len(validationNotCovered), strings.Join(validationNotCovered, " "))
}

// compareDir is compare restricted to one package folder (not below it:
// its subfolders are packages of their own, covered or not).
func compareDir(t *testing.T, label, tool, wantDir, gotDir string) {
	t.Helper()
	want, got := filesIn(t, wantDir, tool), filesIn(t, gotDir, tool)
	if len(want) == 0 {
		t.Fatalf("%s: no published %s file in %s", label, tool, wantDir)
	}
	for _, name := range sortedKeys(want) {
		switch g, ok := got[name]; {
		case !ok:
			t.Errorf("%s: missing %s", label, name)
		case g != want[name]:
			t.Errorf("%s: %s differs", label, name)
		}
	}
	for _, name := range sortedKeys(got) {
		if _, ok := want[name]; !ok {
			t.Errorf("%s: extra %s", label, name)
		}
	}
}

// filesIn maps the names of the .go files directly in dir that tool
// generated to their contents.
func filesIn(t *testing.T, dir, tool string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if generatedBy(data) == tool {
			files[e.Name()] = string(data)
		}
	}
	return files
}

// validationPackages lists, relative to root, the folders holding a
// published zz_generated.validations.go.
func validationPackages(t *testing.T, root string) []string {
	t.Helper()
	var pkgs []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "zz_generated.validations.go" {
			return err
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		pkgs = append(pkgs, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(pkgs)
	return pkgs
}

// readonlyArgs are KUBE_CODEGEN_READONLY_PKGS of kube_codegen.sh v0.37.2
// as validation-gen flags, less skip.
func readonlyArgs(skip string) []string {
	var args []string
	for _, p := range readonlyPackages {
		if p != skip {
			args = append(args, "--readonly-pkg", p)
		}
	}
	return args
}

// writeScratch writes files (relative path → content) below dir.
func writeScratch(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// apiValidationStandIns stand in for Kubernetes' internal packages that
// generate k8s.io/api's validations (see TestValidationPublished).
var apiValidationStandIns = map[string]string{
	"kodegen-scratch/resourcev1/doc.go": "// +k8s:validation-gen=TypesWithField=TypeMeta\n" +
		"// +k8s:validation-gen-input=k8s.io/api/resource/v1\n" +
		"// +k8s:validation-gen-scheme-registry=nil\n\npackage resourcev1\n",
	"kodegen-scratch/corev1/doc.go": "// +k8s:validation-gen=TypesWithSuffix=KodegenNoRoots\n" +
		"// +k8s:validation-gen-input=k8s.io/api/core/v1\n" +
		"// +k8s:validation-gen-scheme-registry=nil\n\npackage corev1\n",
}

// apiValidationInputs are the input packages of validation-gen on
// k8s.io/api: the published packages with +k8s:validation-gen and the
// stand-ins.
var apiValidationInputs = []string{"k8s.io/api/resource/v1", "k8s.io/api/scheduling/v1alpha3",
	"k8s.io/api/kodegen-scratch/resourcev1", "k8s.io/api/kodegen-scratch/corev1"}

// TestValidationPublished regenerates the published
// zz_generated.validations.go of k8s.io/api v0.37.2 (resource/v1,
// scheduling/v1alpha3) and apimachinery (meta/v1/validation) and
// compares them byte for byte.
//
// Kubernetes generates them in one run with its own internal packages
// (pkg/apis/<group>/<version>, +k8s:validation-gen-input=k8s.io/api/…):
// their roots decide which k8s.io/api types are emitted. Those packages
// are not published, so the test stands in for them with packages of the
// same markers (kodegen-scratch/…, scheme-registry nil): one whose roots
// are resource/v1's TypeMeta types, one that makes core/v1 an input
// without roots, and one that references metav1.Condition as
// Kubernetes' types do. Only the published files are compared.
func TestValidationPublished(t *testing.T) {
	if testing.Short() {
		t.Skip("regenerates k8s.io/api and apimachinery validations")
	}
	bin := binary(t, "validation-gen")
	api := scratchWithout(t, "k8s.io/api", "validation-gen")
	writeScratch(t, api, apiValidationStandIns)
	args := append([]string{"--output-file", "zz_generated.validations.go", "--go-header-file", headerFile(t)}, readonlyArgs("")...)
	run(t, api, bin, append(args, apiValidationInputs...)...)
	published := moduleDir(t, "k8s.io/api")
	for _, p := range []string{"resource/v1", "scheduling/v1alpha3"} {
		compareDir(t, "k8s.io/api/"+p, "validation-gen", filepath.Join(published, p), filepath.Join(api, p))
	}

	am := scratchWithout(t, "k8s.io/apimachinery", "validation-gen")
	writeScratch(t, am, map[string]string{
		"kodegen-scratch/conditions/doc.go": "// +k8s:validation-gen=TypesWithField=TypeMeta\n" +
			"// +k8s:validation-gen-scheme-registry=nil\n// +k8s:validation-gen-nolint\n\npackage conditions\n\n" +
			"import metav1 \"k8s.io/apimachinery/pkg/apis/meta/v1\"\n\n" +
			"type Holder struct {\n\tTypeMeta   int\n\tConditions []metav1.Condition `json:\"conditions\"`\n}\n",
	})
	args = append([]string{"--output-file", "zz_generated.validations.go", "--go-header-file", headerFile(t)},
		readonlyArgs("k8s.io/apimachinery/pkg/apis/meta/v1")...)
	run(t, am, bin, append(args, "k8s.io/apimachinery/pkg/apis/meta/v1/validation", "k8s.io/apimachinery/kodegen-scratch/conditions")...)
	p := "pkg/apis/meta/v1/validation"
	compareDir(t, "k8s.io/apimachinery/"+p, "validation-gen", filepath.Join(moduleDir(t, "k8s.io/apimachinery"), p), filepath.Join(am, p))
}
