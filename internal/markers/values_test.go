package markers

import (
	"strings"
	"testing"
)

// Every declared marker's value is checked for what it is: a list of
// allowed values, a Kind, or a reader that checks it (named here, with
// where).
func TestEveryDefChecked(t *testing.T) {
	checkedByReader := map[string]string{
		"k8s:deepcopy-gen":        "generators/deepcopy parseEnable (a value with parameters: true,register=false)",
		"k8s:register-gen":        "registered.Activated: any value but false is true, with a warning; it reaches no code",
		"genclient":               "genclient.Parse",
		"genclient:nonNamespaced": "genclient.Parse",
		"genclient:noVerbs":       "genclient.Parse",
		"genclient:noStatus":      "genclient.Parse",
		"genclient:readonly":      "genclient.Parse",
		"union":                   "kube-openapi reads whether it is there; the value reaches no code",
		"unionDeprecated":         "kube-openapi reads whether it is there; the value reaches no code",
		"unionDiscriminator":      "kube-openapi reads whether it is there; the value reaches no code",
		"enum":                    "kube-openapi reads whether it is there; the value reaches no code",

		"k8s:prerelease-lifecycle-gen": "generators/lifecycle activated: any value but false is true, with a warning; it reaches no code",
	}
	for _, d := range Catalogue() {
		if d.Allowed == nil && d.Value.IsZero() && checkedByReader[d.Name] == "" {
			t.Errorf("%s: its value is not checked; give it Allowed or a Value kind", d.Marker())
		}
	}
}

func TestKinds(t *testing.T) {
	for _, c := range []struct {
		kind     Kind
		where    Scope
		value    string
		why, fix string // substrings; why "" for a good value
	}{
		{GroupKind, Package, "shop.example.com", "", ""},
		{GroupKind, Package, "", "", ""}, // the core group
		{GroupKind, Package, "gateway.networking.x-k8s.io", "", ""},
		{GroupKind, Package, `shop"+x+".io`, "not a lower-case DNS subdomain", "shopx.io"},
		{GroupKind, Package, "Shop.IO", "not a lower-case DNS subdomain", "shop.io"},
		{GroupKind, Package, "shop.io // a comment", "not a lower-case DNS subdomain", "shop.io"},
		{GroupKind, Package, "shop..io", "not a lower-case DNS subdomain", ""},
		{GroupKind, Package, strings.Repeat("a.", 130) + "io", "at most 253", ""},
		{GoNameKind, Package, "Experimental", "", ""},
		{GoNameKind, Package, "func", "keyword", "Func"},
		{GoNameKind, Package, "my-group", "not a Go identifier", "MyGroup"},
		{GoNameKind, Package, "Émile", "not a Go identifier", ""},
		{ResourceKind, Type, "networkpolicies", "", ""},
		{ResourceKind, Type, "Widgets", "lower-case DNS label", "widgets"},
		{ResourceKind, Type, "a.b", "lower-case DNS label", "ab"},
		{ImportPathKind, Package, "k8s.io/api/core/v1", "", ""},
		{ImportPathKind, Package, "../api", "relative path", ""},
		{ImportPathKind, Package, "k8s.io/...", "pattern", ""},
		{ImportPathKind, Package, "all", "go command pattern", ""},
		{ImportPathKind, Package, "-toolexec=x", "not an import path", ""},
		{ImportPathKind, Package, `a/"b`, "not an import path", ""},
		{InterfacesKind, Type, "k8s.io/apimachinery/pkg/runtime.Object,,example.com/a.B", "", ""},
		{InterfacesKind, Type, "k8s.io/apimachinery/pkg/runtime.Object()", "not a Go identifier", ""},
		{InterfacesKind, Type, "Object", "not <import path>.<Name>", ""},
		{VerbsKind, Type, "get,list", "", ""},
		{VerbsKind, Type, "gte", "did you mean get", ""},
		{MethodKind, Type, "GetScale,verb=get,subresource=scale,result=k8s.io/api/autoscaling/v1.Scale", "", ""},
		{MethodKind, Type, "UpdateScale,verb=update,subresource=scale,input=Scale,result=Scale", "", ""},
		{MethodKind, Type, "Get Scale,verb=get", "not a Go identifier", ""},
		{MethodKind, Type, `GetScale,verb=get,subresource=scale"`, "not a subresource name", ""},
		{MethodKind, Type, "GetScale,verb=get,result=Scale{}", "not a Go identifier", ""},
		{DefaultKind, Field, `"Always"`, "", ""},
		{DefaultKind, Field, `{"a": [1, 2]}`, "", ""},
		{DefaultKind, Field, "ref(DefaultPolicy)", "", ""},
		{DefaultKind, Field, "ref(k8s.io/api/core/v1.PullAlways)", "", ""},
		{DefaultKind, Field, "ref(os.Exit(1))", "not a Go identifier", ""},
		{DefaultKind, Field, "Always", "not valid JSON", ""},
		{conversionKind, Package, "false", "", ""},
		{conversionKind, Package, "k8s.io/kubernetes/pkg/apis/core", "", ""},
		{conversionKind, Field, "true", "only false", ""},
		{conversionKind, Type, "false", "", ""},
		{defaulterKind, Package, "TypeMeta", "", ""},
		{defaulterKind, Package, "Type Meta", "not a Go identifier", "TypeMeta"},
		{defaulterKind, Type, "ture", "want true or false", "true"},
		{defaulterKind, Func, "covers", "", ""},
		{defaulterKind, Func, "true", "want covers", "covers"},
		{ReleaseKind, Type, "1.30", "", ""},
		{ReleaseKind, Type, "0.5", "", ""},
		{ReleaseKind, Type, "v1.30", "want <major>.<minor>", "1.30"},
		{ReleaseKind, Type, "1.30.2", "want <major>.<minor>", "1.30"},
		{ReleaseKind, Type, "1.30,", "want <major>.<minor>", "1.30"},
		{ReleaseKind, Type, "1", "want <major>.<minor>", ""},
		{ReleaseKind, Type, "1.-3", "not a decimal number", "1.3"},
		{ReleaseKind, Type, "1.99999999999", "too large", ""},
		{ReplacementKind, Type, "batch,v1,CronJob", "", ""},
		{ReplacementKind, Type, ",v1,Pod", "", ""},
		{ReplacementKind, Type, "batch/v1,CronJob", "three comma-separated parts", "batch,v1,CronJob"},
		{ReplacementKind, Type, "batch,V1,CronJob", "must start with v and be lower-case", "batch,v1,CronJob"},
		{ReplacementKind, Type, "batch,v1,cronJob", "upper-case letter", "batch,v1,CronJob"},
		{ReplacementKind, Type, "Batch,v1,CronJob", "lower-case", "batch,v1,CronJob"},
		{ReplacementKind, Type, `batch,v1,Cron"Job`, "not a Go identifier", ""},
		{ReplacementKind, Type, `b"a,v1,CronJob`, "not a lower-case DNS subdomain", ""},
		{ReplacementKind, Type, "batch,v1,", "the Kind is empty", ""},
	} {
		why, fix := c.kind.Check(c.value, c.where)
		switch {
		case c.why == "" && why != "":
			t.Errorf("%s %q: %s; want it accepted", c.kind.Name, c.value, why)
		case c.why != "" && !strings.Contains(why, c.why):
			t.Errorf("%s %q: why %q, want %q", c.kind.Name, c.value, why, c.why)
		case c.fix != "" && fix != c.fix:
			t.Errorf("%s %q: fix %q, want %q", c.kind.Name, c.value, fix, c.fix)
		}
	}
}

// The values the published upstream corpora and real modules use stay
// accepted (compatibility first).
func TestKindsAcceptUpstreamValues(t *testing.T) {
	for _, c := range []struct {
		d      Def
		where  Scope
		values []string
	}{
		{GroupName, Package, []string{"", "apps", "admissionregistration.k8s.io", "gateway.networking.x-k8s.io", "internal.apiserver.k8s.io", "wardle.example.com"}},
		{GroupGoName, Package, []string{"Experimental", "SecondExample"}},
		{ResourceName, Type, []string{"pods", "nodes", "endpoints", "networkpolicies"}},
		{ConversionGen, Package, []string{"false", "k8s.io/kubernetes/pkg/apis/core", "k8s.io/metrics/pkg/apis/custom_metrics"}},
		{DefaulterGen, Package, []string{"TypeMeta", "Kind", "false"}},
		{DefaulterGen, Func, []string{"covers"}},
		{DeepcopyInterfaces, Type, []string{"k8s.io/apimachinery/pkg/runtime.Object", "k8s.io/gengo/examples/deepcopy-gen/output_tests/otherpkg.Object"}},
		{GenclientMethod, Type, []string{
			"GetScale,verb=get,subresource=scale,result=k8s.io/api/autoscaling/v1.Scale",
			"UpdateEphemeralContainers,verb=update,subresource=ephemeralcontainers",
			"CreateToken,verb=create,subresource=token,input=k8s.io/api/authentication/v1.TokenRequest,result=k8s.io/api/authentication/v1.TokenRequest",
		}},
		{GenclientOnlyVerbs, Type, []string{"create", "create,delete", "get,list,watch"}},
		{PrereleaseIntroduced, Type, []string{"1.8", "1.19", "1.35"}},
		{PrereleaseReplacement, Type, []string{"admissionregistration.k8s.io,v1,MutatingWebhookConfiguration", "batch,v1,CronJobList",
			"flowcontrol.apiserver.k8s.io,v1beta3,FlowSchema", ",v1,Event"}},
	} {
		for _, v := range c.values {
			src := Source{Sym: Symbol{Pkg: "p"}, Lines: []string{c.d.Marker() + "=" + v}, Where: c.where}
			if err := c.d.Check(src); err != nil {
				t.Errorf("%s=%s: %v", c.d.Marker(), v, err)
			}
		}
	}
}

func TestShow(t *testing.T) {
	for in, want := range map[string]string{"shop.io": "shop.io", "a\x1b[2Jb": `"a\x1b[2Jb"`, "a\rb": `"a\rb"`, "\xff": `"\xff"`} {
		if got := Show(in); got != want {
			t.Errorf("Show(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestClosest(t *testing.T) {
	known := map[string]bool{"k8s:conversion-gen": true, "k8s:conversion-fn": true, "false": true, "true": true, "get": true, "list": true}
	for name, want := range map[string]string{
		"k8s:conversion-gn": "k8s:conversion-gen", // a dropped letter beats a changed one
		"flase":             "false",              // a swap is one edit
		"gte":               "get",
		"lsit":              "list",
		"k8s:convert":       "",
		"nothing":           "",
	} {
		if got := Closest(name, known); got != want {
			t.Errorf("Closest(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestLintFamilies(t *testing.T) {
	for line, want := range map[string]string{
		"+groupname=shop.io":     "groupName",
		"+groupGoname=Shop":      "groupGoName",
		"+resourcename=widgets":  "resourceName",
		"+Default=3":             "default",
		"+deepcopy-gen=package":  "k8s:deepcopy-gen",
		"+k8s:genclient":         "genclient",
		"+genclinet":             "genclient",
		"+default:=3":            "", // another tool's syntax
		"+optional":              "",
		"+enum":                  "",
		"+kubebuilder:default=3": "",
		"+listType=atomic":       "",
		"+k8s:prerelease-lifecycle-gen:introduced=1.2": "",
	} {
		got := Lint(Source{Sym: Symbol{Pkg: "p", Name: "T"}, Lines: []string{line}, Where: Type})
		switch {
		case want == "" && len(got) > 0:
			t.Errorf("%s: %v, want nothing", line, got[0].Error)
		case want != "" && (len(got) != 1 || got[0].Near.Name != want):
			t.Errorf("%s: %v, want did you mean +%s", line, got, want)
		}
	}
}

func TestScanFile(t *testing.T) {
	src := "// +k8s:deepcopygen=package\n// +groupName=shop.io\npackage v1\n\n// +genclinet\ntype W struct{}\n"
	got := ScanFile([]byte(src))
	if len(got) != 2 || got[0].Line != 1 || got[0].Near.Name != "k8s:deepcopy-gen" || got[1].Line != 5 || got[1].Near.Name != "genclient" {
		t.Errorf("ScanFile = %+v", got)
	}
}
