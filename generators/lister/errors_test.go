package lister

import (
	"strings"
	"testing"

	"github.com/kodegen/kodegen/generators/internal/genclient"
)

func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		pkg  string
		want []string
	}{
		{"nometa", []string{"testdata/errors/nometa/types.go:6: ", "testdata/errors/nometa.Thing: +genclient type has no ObjectMeta field", "embed metav1.ObjectMeta"}},
		{"genclientvalue", []string{"genclientvalue.Thing: +genclient=true: +genclient takes no value"}},
		{"badverb", []string{`badverb.Thing: +genclient:onlyVerbs=get,lst: unknown verb "lst" (did you mean "list"?)`}},
		{"unknownmarker", []string{"unknownmarker.Thing: unknown marker +genclient:nonNamespace: did you mean +genclient:nonNamespaced?"}},
		{"badactivation", []string{"badactivation: +k8s:lister-gen=no: want true or false"}},
		{"noresource", []string{"noresource: the listers use noresource.Resource, which the package lacks; declare func Resource(resource string) schema.GroupResource"}},
	} {
		t.Run(tc.pkg, func(t *testing.T) {
			_, _, err := generate(t, Config{
				Inputs:    []string{"./testdata/errors/" + tc.pkg},
				OutputDir: t.TempDir(),
				OutputPkg: "example.com/listers",
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

// TestMisspelt: a misspelt marker lister-gen reads is an error naming the
// marker meant; another generator's is a warning.
func TestMisspelt(t *testing.T) {
	_, _, err := generate(t, Config{Inputs: []string{"./testdata/errors/typo"}, OutputDir: t.TempDir(), OutputPkg: "example.com/listers"})
	if want := "doc.go:4: github.com/kodegen/kodegen/generators/lister/testdata/errors/typo: unknown marker +k8s:lister-gn=false: did you mean +k8s:lister-gen?"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v does not contain %q", err, want)
	}
	_, warnings, err := generate(t, Config{Inputs: []string{"./testdata/errors/othertypo"}, OutputDir: t.TempDir(), OutputPkg: "example.com/listers"})
	if err != nil {
		t.Fatal(err)
	}
	if want := "did you mean +k8s:deepcopy-gen?"; !strings.Contains(warnings, want) {
		t.Errorf("warnings %q do not contain %q", warnings, want)
	}
}

func TestConfigValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  Config
		want []string
	}{
		{"empty", Config{}, []string{"--output-dir must be specified", "--output-pkg must be specified"}},
		{"plural", Config{OutputDir: "d", OutputPkg: "p", PluralExceptions: []string{"Endpoints"}}, []string{`--plural-exceptions: "Endpoints": want Type:Plural`}},
		{"lint", Config{OutputDir: "d", OutputPkg: "p", LintRules: []string{"strict"}}, []string{`"strict"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.cfg.Validate()
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
	if err := (Config{OutputDir: "d", OutputPkg: "p", PluralExceptions: []string{"Endpoints:Endpoints"}}).Validate(); err != nil {
		t.Errorf("valid config: %v", err)
	}
}

func TestClientTags(t *testing.T) {
	for _, tc := range []struct {
		lines          []string
		list, get, nns bool
	}{
		{[]string{"+genclient"}, true, true, false},
		{[]string{"+genclient", "+genclient:nonNamespaced"}, true, true, true},
		{[]string{"+genclient", "+genclient:readonly"}, true, true, false},
		{[]string{"+genclient", "+genclient:skipVerbs=list"}, false, true, false},
		{[]string{"+genclient", "+genclient:onlyVerbs=create,get"}, false, true, false},
		{[]string{"+genclient", "+genclient:readonly", "+genclient:onlyVerbs=create"}, true, true, false},
	} {
		tags, err := genclient.Parse(typeWith(tc.lines...))
		if err != nil {
			t.Errorf("%v: %v", tc.lines, err)
			continue
		}
		if tags.HasVerb("list") != tc.list || tags.HasVerb("get") != tc.get || tags.NonNamespaced != tc.nns || !tags.Generate {
			t.Errorf("%v: got %+v", tc.lines, tags)
		}
	}
}
