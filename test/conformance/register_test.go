package conformance

import (
	"fmt"
	"path/filepath"
	"testing"
)

// TestRegisterUpstreamOutputTests regenerates code-generator's own
// cmd/register-gen/output_tests with the command of its generate.go and
// compares it with the published file (register-gen has no other
// published corpus).
func TestRegisterUpstreamOutputTests(t *testing.T) {
	dir := scratch(t, "k8s.io/code-generator")
	bin := binary(t, "register-gen")
	run(t, dir, bin,
		"--output-file", "zz_generated.register.go",
		"--go-header-file", headerFile(t),
		"k8s.io/code-generator/cmd/register-gen/output_tests/...")
	compare(t, "k8s.io/code-generator output_tests", "register-gen",
		filepath.Join(moduleDir(t, "k8s.io/code-generator"), "cmd/register-gen/output_tests"),
		filepath.Join(dir, "cmd/register-gen/output_tests"))
}

// TestRegisterAPINothing runs register-gen over the 60 API packages of
// k8s.io/api: each one that asks for registration (+groupName) has a
// hand-written register.go, so upstream generates nothing, and so must we.
func TestRegisterAPINothing(t *testing.T) {
	dir := scratch(t, "k8s.io/api")
	pkgs := apiPackages(t, dir)
	bin := binary(t, "register-gen")
	args := append([]string{"--output-file", "zz_generated.register.go", "--go-header-file", headerFile(t)}, pkgs...)
	run(t, dir, bin, args...)
	got := generatedFiles(t, dir, "register-gen")
	summary := fmt.Sprintf("register-gen k8s.io/api: %d/%d packages without generated registration", len(pkgs)-len(got), len(pkgs))
	fmt.Println(summary)
	t.Log(summary)
	for _, rel := range sortedKeys(got) {
		t.Errorf("generated %s; upstream generates nothing for k8s.io/api", rel)
	}
}
