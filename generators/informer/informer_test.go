package informer

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kodegen/kodegen/internal/golden"
	"github.com/kodegen/kodegen/internal/kversion"
)

const testPkg = "github.com/kodegen/kodegen/generators/informer/testdata/"

func generate(t *testing.T, cfg Config) (golden.Files, string, error) {
	t.Helper()
	g, err := New(cfg)
	if err != nil {
		return nil, "", err
	}
	return golden.Generate(t, g)
}

func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  Config
	}{
		{"basic", Config{
			Inputs: []string{
				"./testdata/basic/apis/kitchen/v1",
				"./testdata/basic/apis/shop",
				"./testdata/basic/apis/shop/v1",
				"./testdata/basic/apis/shop/v1beta1",
			},
			InternalClientsetPackage: "example.com/clientset/internalversion",
		}},
		{"plural", Config{
			Inputs:              []string{"./testdata/basic/apis/shop/v1", "./testdata/basic/apis/kitchen/v1"},
			SingleDirectory:     true,
			PluralResourceNames: true,
		}},
		// What older client-go releases get (docs/versions.md); the
		// conformance suite checks each against the published client-go.
		{"target-v0.31", Config{Inputs: []string{"./testdata/basic/apis/shop/v1"}, SingleDirectory: true, Target: kversion.V0_31}},
		{"target-v0.34", Config{Inputs: []string{"./testdata/basic/apis/shop/v1"}, SingleDirectory: true, Target: kversion.V0_34}},
		{"target-v0.36", Config{Inputs: []string{"./testdata/basic/apis/shop/v1"}, SingleDirectory: true, Target: kversion.V0_36}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := tc.cfg
			cfg.OutputDir = filepath.Join("testdata", tc.name, "out")
			cfg.OutputPkg = testPkg + tc.name + "/out"
			cfg.VersionedClientsetPackage = "example.com/clientset/versioned"
			cfg.ListersPackage = "example.com/listers"
			files, warnings, err := generate(t, cfg)
			if err != nil {
				t.Fatal(err)
			}
			if warnings != "" {
				t.Errorf("warnings: %s", warnings)
			}
			golden.CheckTree(t, cfg.OutputDir, files.Rel(t, cfg.OutputDir), Tool)
			for p := range files {
				if base := filepath.Base(p); base == "receipt.go" || base == "gadget.go" {
					t.Errorf("%s generated", p)
				}
			}
		})
	}
}

func TestResourceNames(t *testing.T) {
	for name, want := range map[string]string{
		"testdata/basic/out/externalversions/shop/v1/policy.go": `Resource: "policys"`,
		"testdata/plural/out/shop/v1/policy.go":                 `Resource: "policies"`,
		"testdata/plural/out/kitchen/v1/stove.go":               `Resource: "ovens"`,
	} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), want) {
			t.Errorf("%s does not contain %s", name, want)
		}
	}
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		name   string
		inputs []string
		want   []string
	}{
		{"internal clientset", []string{"./testdata/errors/internal/widgets"},
			[]string{"--internal-clientset-package must be specified", "testdata/errors/internal/widgets hold internal types"}},
		{"group Go names", []string{"./testdata/errors/gonames/things/v1", "./testdata/errors/gonames/things/v2"},
			[]string{"gonames/things/v2: group things has Go name Namev2 here but Namev1 in"}},
		{"no get", []string{"./testdata/errors/noget"}, []string{
			"noget: ForResource's cases use noget.SchemeGroupVersion, which the package lacks",
			"noget.Thing: its informer's Lister() returns a ThingLister, but lister-gen writes listers only for types with the get verb",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := generate(t, Config{
				Inputs:                    tc.inputs,
				OutputDir:                 t.TempDir(),
				OutputPkg:                 "example.com/informers",
				VersionedClientsetPackage: "example.com/clientset/versioned",
				ListersPackage:            "example.com/listers",
			})
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q\ndoes not contain %q", err, w)
				}
			}
		})
	}
}

func TestConfigValidate(t *testing.T) {
	err := Config{PluralExceptions: []string{"x"}}.Validate()
	for _, want := range []string{
		"--output-dir must be specified", "--output-pkg must be specified",
		"--versioned-clientset-package must be specified", "--listers-package must be specified",
		`--plural-exceptions: "x"`,
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v does not contain %q", err, want)
		}
	}
}

func TestDisabledPackage(t *testing.T) {
	files, _, err := generate(t, Config{
		Inputs:                    []string{"./testdata/off/v1"},
		OutputDir:                 t.TempDir(),
		OutputPkg:                 "example.com/informers",
		VersionedClientsetPackage: "example.com/clientset/versioned",
		ListersPackage:            "example.com/listers",
	})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(files); n != 0 {
		t.Errorf("+k8s:informer-gen=false: %d files generated: %v", n, slices.Sorted(maps.Keys(files)))
	}
}
