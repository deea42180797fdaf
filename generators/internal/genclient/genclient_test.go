package genclient

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"k8s.io/gengo/v2/types"
)

func typeWith(lines ...string) *types.Type {
	return &types.Type{Name: types.Name{Package: "example.com/apis/shop/v1", Name: "Widget"}, CommentLines: lines}
}

func TestParseTypeTags(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		want  Tags
	}{
		{"none", nil, Tags{}},
		{"genclient", []string{"+genclient"}, Tags{Generate: true}},
		{"nonNamespaced", []string{"+genclient", "+genclient:nonNamespaced"}, Tags{Generate: true, NonNamespaced: true}},
		{"noVerbs", []string{"+genclient", "+genclient:noVerbs"}, Tags{Generate: true, NoVerbs: true}},
		{"noStatus", []string{"+genclient", "+genclient:noStatus"}, Tags{Generate: true, NoStatus: true}},
		{"onlyVerbs", []string{"+genclient", "+genclient:onlyVerbs=create,delete"}, Tags{Generate: true,
			SkipVerbs: []string{"update", "updateStatus", "deleteCollection", "get", "list", "watch", "patch", "apply", "applyStatus"}}},
		{"readonly", []string{"+genclient", "+genclient:readonly"}, Tags{Generate: true,
			SkipVerbs: []string{"create", "update", "updateStatus", "delete", "deleteCollection", "patch", "apply", "applyStatus"}}},
		{"skipVerbs", []string{"+genclient", "+genclient:skipVerbs=watch,patch"}, Tags{Generate: true, SkipVerbs: []string{"watch", "patch"}}},
		{"methods", []string{
			"+genclient",
			"+genclient:method=GetScale,verb=get,subresource=scale,result=k8s.io/api/autoscaling/v1.Scale",
			"+genclient:method=UpdateScale,verb=update,subresource=scale,input=k8s.io/api/autoscaling/v1.Scale,result=k8s.io/api/autoscaling/v1.Scale",
		}, Tags{Generate: true, Methods: []Method{
			{Name: "GetScale", Verb: "get", Subresource: "scale", Result: "k8s.io/api/autoscaling/v1.Scale"},
			{Name: "UpdateScale", Verb: "update", Subresource: "scale", Input: "k8s.io/api/autoscaling/v1.Scale", Result: "k8s.io/api/autoscaling/v1.Scale"},
		}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Parse(typeWith(tc.lines...))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("tags (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseTypeTagsErrors(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  string
	}{
		{[]string{"+genclient=true"}, "+genclient=true: +genclient takes no value"},
		{[]string{"+genclient", "+nonNamespaced=true"}, "+nonNamespaced=true is the old spelling; write +genclient:nonNamespaced instead"},
		{[]string{"+genclient", "+readonly=true"}, "write +genclient:readonly instead"},
		{[]string{"+genclient", "+genclient:nonNamespace"}, "unknown marker +genclient:nonNamespace: did you mean +genclient:nonNamespaced?"},
		{[]string{"+genclient", "+genclient:invalid"}, "unknown marker +genclient:invalid: want one of"},
		{[]string{"+genclient", "+genclient:onlyVerbs=create", "+genclient:skipVerbs=create"}, `verb "create" is in both`},
		{[]string{"+genclient", "+genclient:skipVerbs=wach"}, `unknown verb "wach" (did you mean "watch"?)`},
		{[]string{"+genclient", "+genclient:noStatus=true"}, "+genclient:noStatus takes no value"},
		{[]string{"+genclient:method"}, "give the method name first"},
		{[]string{"+genclient:method=Foo"}, "no verb; write e.g. +genclient:method=Foo,verb=get"},
		{[]string{"+genclient:method=Foo,verb=explode"}, `unknown verb "explode"`},
		{[]string{"+genclient:method=Foo,verb=gett"}, `unknown verb "gett" (did you mean "get"?)`},
		{[]string{"+genclient:method=Foo,verb=delete"}, `verb "delete" cannot be used for a method`},
		{[]string{"+genclient:method=Foo,verb=watch"}, `verb "watch" cannot be used`},
		{[]string{"+genclient:method=Foo,unknown=bar"}, `unknown key "unknown"`},
		{[]string{"+genclient:method=Foo,verbs=get"}, `(did you mean "verb"?)`},
		{[]string{"+genclient:method=Foo,verb=get,subresource="}, "subresource= needs a value"},
		{[]string{"+genclient:method=Foo,verb=get,input=Bar"}, "input= is only allowed for verbs create, update, apply"},
		{[]string{"+genclient:method=Foo,verb=list,subresource=bars"}, "list on a subresource is not supported"},
	} {
		t.Run(strings.Join(tc.lines, " "), func(t *testing.T) {
			_, err := Parse(typeWith(tc.lines...))
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not contain %q", err, tc.want)
			}
			if !strings.Contains(err.Error(), "example.com/apis/shop/v1.Widget") {
				t.Errorf("error %q does not name the type", err)
			}
		})
	}
}
