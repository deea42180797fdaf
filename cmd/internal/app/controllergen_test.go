package app

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/kodegen/kodegen/generators/crd"
	"github.com/kodegen/kodegen/internal/output"
)

const crdTestdata = "github.com/kodegen/kodegen/generators/crd/testdata/"

// TestControllerGen: the options grammar, the files, --verify, and the
// annotation's version kept from the files already there.
func TestControllerGen(t *testing.T) {
	dir := t.TempDir()
	args := []string{"crd:allowDangerousTypes=true", "paths={" + crdTestdata + "multiversion/v1," + crdTestdata + "multiversion/v1beta1," + crdTestdata + "multiversion/v1alpha1}", "output:crd:artifacts:config=" + dir}
	if out, err := execListInf(ControllerGen(), args...); err != nil {
		t.Fatalf("controller-gen: %v\n%s", err, out)
	}
	widgets := filepath.Join(dir, "multi.kodegen.dev_widgets.yaml")
	data, err := os.ReadFile(widgets)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "..", "generators", "crd", "testdata", "multiversion", "crds", "multi.kodegen.dev_widgets.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, want) {
		t.Errorf("%s is not the golden file", widgets)
	}
	if out, err := execListInf(ControllerGen(), append(args, "--verify")...); err != nil {
		t.Fatalf("--verify on fresh files: %v\n%s", err, out)
	}
	old := bytes.ReplaceAll(data, []byte("version: v0.23.0"), []byte("version: v0.19.0"))
	if err := os.WriteFile(widgets, append(old, "extra: 1\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := execListInf(ControllerGen(), append(args, "--verify")...)
	if !errors.Is(err, output.ErrDrift) || ExitCode(err) != ExitDrift || !strings.Contains(out, "-extra: 1") {
		t.Fatalf("--verify on a changed file: %v\n%s", err, out)
	}
	if out, err := execListInf(ControllerGen(), args...); err != nil {
		t.Fatalf("controller-gen: %v\n%s", err, out)
	}
	if data, _ := os.ReadFile(widgets); !bytes.Equal(data, old) {
		t.Errorf("the rerun did not keep the files' controller-gen version (v0.19.0):\n%s", data[:200])
	}
	if out, err := execListInf(ControllerGen(), append(args, "--tool-version=v0.22.0")...); err != nil {
		t.Fatalf("--tool-version: %v\n%s", err, out)
	}
	if data, _ := os.ReadFile(widgets); !bytes.Contains(data, []byte("controller-gen.kubebuilder.io/version: v0.22.0")) {
		t.Error("--tool-version did not set the annotation")
	}
}

// TestControllerGenObject: object's options reach the generator (the
// golden files, written by controller-gen v0.23.0 with this header and
// year, are up to date); another year is drift.
func TestControllerGenObject(t *testing.T) {
	const objectTestdata = "github.com/kodegen/kodegen/generators/object/testdata/"
	header := filepath.Join("..", "..", "..", "generators", "object", "testdata", "header.txt")
	args := []string{"object:headerFile=" + header + ",year=2026", "paths={" + objectTestdata + "optin," + objectTestdata + "basic}", "--verify"}
	if out, err := execListInf(ControllerGen(), args...); err != nil {
		t.Fatalf("controller-gen object --verify on its golden files: %v\n%s", err, out)
	}
	args[0] = "object:headerFile=" + header + ",year=2027"
	if out, err := execListInf(ControllerGen(), args...); !errors.Is(err, output.ErrDrift) || !strings.Contains(out, "+Copyright 2027") {
		t.Fatalf("controller-gen object with another year: %v, want drift in the header\n%s", err, out)
	}
}

func TestControllerGenStdout(t *testing.T) {
	out, err := execListInf(ControllerGen(), "crd", "paths="+crdTestdata+"markers/v1", "output:crd:stdout")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !strings.HasPrefix(out, "---\napiVersion: apiextensions.k8s.io/v1\n") || !strings.Contains(out, "name: gadgets.markers.kodegen.dev") {
		t.Errorf("output:crd:stdout printed:\n%.300s", out)
	}
}

// TestControllerGenErrors: bad options and the generators kodegen lacks
// are errors (exit 2) naming what to do.
func TestControllerGenErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"crd:maxDescLen=abc", "paths=./..."}, `unable to parse option "crd:maxDescLen=abc": expected integer`},
		{[]string{"crd:colour=red", "paths=./..."}, `unknown argument "colour"`},
		{[]string{"crds", "paths=./..."}, `unknown option "crds"`},
		{[]string{"rbac:roleName=manager-role", "paths=./..."}, "the rbac generator is not supported yet"},
		{[]string{"webhook", "paths=./..."}, "the webhook generator is not supported yet"},
		{[]string{"object", "paths=./...", "output:object:dir=x"}, "output:dir for object is not supported yet"},
		{[]string{"crd", "crd:maxDescLen=0", "paths=./..."}, "multiple instances of 'crd' generator specified"},
		{[]string{"crd", "output:rbac:dir=x", "paths=./..."}, `non-invoked generator "rbac"`},
		{[]string{"crd:crdVersions=v1beta1", "paths=./..."}, "only v1 is supported"},
		{[]string{"crd"}, "no paths given"},
	} {
		out, err := execListInf(ControllerGen(), c.args...)
		if err == nil || ExitCode(err) != ExitError || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v (exit %d), want %q\n%s", strings.Join(c.args, " "), err, ExitCode(err), c.want, out)
		}
	}
}

// TestControllerGenDefaultOutput: without an output rule, crd writes to
// config/crd, as controller-gen does.
func TestControllerGenDefaultOutput(t *testing.T) {
	gens, err := cgPlan([]string{"crd", "paths=./x"}, "")
	if err != nil || len(gens) != 1 {
		t.Fatalf("%v %v", gens, err)
	}
	cfg, err := crdConfig(mustOption(t, "crd"), []string{"./x"}, cgOutput{kind: "dir", dir: filepath.Join("config", "crd")}, "")
	if err != nil || cfg.OutputDir != filepath.Join("config", "crd") {
		t.Errorf("output %+v %v", cfg, err)
	}
	if !hasGenerator([]string{"crd:maxDescLen=0"}) || hasGenerator([]string{"paths=./..."}) {
		t.Error("hasGenerator")
	}
}

func TestControllerGenHelp(t *testing.T) {
	out, err := execListInf(ControllerGen(), "--help")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Options", "output:crd:artifacts:config=<string>", "crd[:crdVersions=<[]string>][,maxDescLen=<int>]"} {
		if !strings.Contains(out, want) {
			t.Errorf("--help lacks %q:\n%s", want, out)
		}
	}
}

func mustOption(t *testing.T, text string) *crdOption {
	t.Helper()
	o, err := crd.ParseOption(cgOptionDefs(), text)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

type crdOption = crd.Option

// TestControllerGenObjectAndCRDReportInOrder: object and crd plan at the
// same time (engine.Isolated), yet what they report comes in the order of
// the command line, the same on every run and with any GOMAXPROCS.
func TestControllerGenObjectAndCRDReportInOrder(t *testing.T) {
	const objectBad = "github.com/kodegen/kodegen/generators/object/testdata/bad/"
	paths := "paths={" + crdTestdata + "bad/v1," + crdTestdata + "warn/v1," + objectBad + "twice," + objectBad + "bare}"
	for _, order := range [][]string{{"object", "crd"}, {"crd", "object"}} {
		var first string
		for i, procs := range []int{1, 2, 2, 2} {
			old := runtime.GOMAXPROCS(procs)
			out, err := execListInf(ControllerGen(), order[0], order[1], paths, "output:crd:stdout")
			runtime.GOMAXPROCS(old)
			if err == nil {
				t.Fatalf("%v: no error\n%s", order, out)
			}
			out += "Error: " + err.Error()
			if i == 0 {
				first = out
				continue
			}
			if out != first {
				t.Fatalf("%v: run %d reported\n%s\nthe first\n%s", order, i, out, first)
			}
		}
		warn := strings.Index(first, "warning: ")
		objErr := strings.Index(first, "+kubebuilder:object:root needs a value")
		crdErr := strings.Index(first, "expected integer, got \"abc\"")
		if warn < 0 || objErr < 0 || crdErr < 0 || warn > objErr || warn > crdErr {
			t.Fatalf("%v: want crd's warnings, then the errors:\n%s", order, first)
		}
		if (order[0] == "object") != (objErr < crdErr) {
			t.Errorf("%v: the errors are not in the command line's order:\n%s", order, first)
		}
	}
}
