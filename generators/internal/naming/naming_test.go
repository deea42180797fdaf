package naming

import (
	"strings"
	"testing"

	"k8s.io/gengo/v2/types"
)

func TestGroupNames(t *testing.T) {
	for _, tc := range []struct {
		group         Group
		nonEmpty, pkg string
		goName        string
	}{
		{"", "core", "core", "Core"},
		{"apps", "apps", "apps", "Apps"},
		{"flowcontrol.apiserver.k8s.io", "flowcontrol.apiserver.k8s.io", "flowcontrol", "Flowcontrol"},
		{"internal.apiserver.k8s.io", "internal.apiserver.k8s.io", "apiserverinternal", "Internal"},
	} {
		if got := tc.group.NonEmpty(); got != tc.nonEmpty {
			t.Errorf("%q.NonEmpty() = %q, want %q", tc.group, got, tc.nonEmpty)
		}
		if got := tc.group.PackageName(); got != tc.pkg {
			t.Errorf("%q.PackageName() = %q, want %q", tc.group, got, tc.pkg)
		}
		if got := tc.group.GoName(); got != tc.goName {
			t.Errorf("%q.GoName() = %q, want %q", tc.group, got, tc.goName)
		}
	}
	if got := Version("").PackageName(); got != "internalversion" {
		t.Errorf("internal version package = %q", got)
	}
}

func TestParseGroupVersion(t *testing.T) {
	for in, want := range map[string]GroupVersion{
		"":        {},
		"/":       {},
		"apps":    {Group: "apps"},
		"apps/v1": {Group: "apps", Version: "v1"},
		"core/v1": {Group: "core", Version: "v1"},
	} {
		got, err := ParseGroupVersion(in)
		if err != nil || got != want {
			t.Errorf("ParseGroupVersion(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := ParseGroupVersion("a/b/c"); err == nil {
		t.Error("ParseGroupVersion(a/b/c): want error")
	}
	if p, gv := SplitPathGroupVersion("k8s.io/api/apps/v1"); p != "k8s.io/api" || gv != "apps/v1" {
		t.Errorf("SplitPathGroupVersion = %q, %q", p, gv)
	}
	if p, gv := SplitPathGroupVersion("apps/v1"); p != "" || gv != "apps/v1" {
		t.Errorf("SplitPathGroupVersion = %q, %q", p, gv)
	}
	if gv := PackageGroupVersion("k8s.io/api/apps/v1", false); gv != (GroupVersion{"apps", "v1"}) {
		t.Errorf("PackageGroupVersion = %v", gv)
	}
	if gv := PackageGroupVersion("example.com/apis/kitchen", true); gv != (GroupVersion{Group: "kitchen"}) {
		t.Errorf("PackageGroupVersion internal = %v", gv)
	}
}

func TestPluralsAndOverrides(t *testing.T) {
	ex, err := ParsePluralExceptions([]string{"Endpoints:Endpoints"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ParsePluralExceptions([]string{"Endpoints"}); err == nil || !strings.Contains(err.Error(), "Type:Plural") {
		t.Errorf("bad exception: err = %v", err)
	}
	ns := PluralNameSystems(ex)
	typ := func(name string, comments ...string) *types.Type {
		return &types.Type{Name: types.Name{Package: "p", Name: name}, CommentLines: comments}
	}
	for _, tc := range []struct {
		system string
		t      *types.Type
		want   string
	}{
		{PublicPlural, typ("Endpoints"), "Endpoints"},
		{PrivatePlural, typ("NetworkPolicy"), "networkPolicies"},
		{AllLowercasePlural, typ("NetworkPolicy"), "networkpolicies"},
		{Resource, typ("Widget"), "widgets"},
		{Resource, typ("Widget", "+resourceName=gadgets"), "gadgets"},
	} {
		if got := ns[tc.system].Name(tc.t); got != tc.want {
			t.Errorf("%s(%s) = %q, want %q", tc.system, tc.t.Name.Name, got, tc.want)
		}
	}
	pkg := &types.Package{Path: "p", Comments: []string{"+groupName=shop.example.com", "+groupGoName=ShopExample"}}
	if g, ok, err := GroupNameOverride(pkg); err != nil || !ok || g != "shop.example.com" {
		t.Errorf("GroupNameOverride = %q, %v, %v", g, ok, err)
	}
	if g, err := GroupGoName("shop.example.com", pkg); err != nil || g != "ShopExample" {
		t.Errorf("GroupGoName = %q, %v", g, err)
	}
	if g, err := GroupGoName("shop.example.com", &types.Package{}); err != nil || g != "Shop" {
		t.Errorf("GroupGoName default = %q, %v", g, err)
	}
}
