package apilint

import (
	"strings"
	"testing"

	"k8s.io/gengo/v2/types"
)

func pkg(path string, comments []string, typeMetaTag string) *types.Package {
	p := &types.Package{Path: path, Dir: "/src/" + path, Comments: comments, Types: map[string]*types.Type{}}
	if typeMetaTag != "" {
		p.Types["Widget"] = &types.Type{Name: types.Name{Package: path, Name: "Widget"}, Kind: types.Struct,
			Members: []types.Member{{Name: "TypeMeta", Embedded: true, Tags: typeMetaTag}}}
	}
	return p
}

func TestValidate(t *testing.T) {
	if err := Validate([]string{KnownTagsOnly, ExplicitDisablement}); err != nil {
		t.Errorf("valid rules: %v", err)
	}
	if err := Validate([]string{"nope"}); err == nil || !strings.Contains(err.Error(), `unrecognized rule "nope"`) {
		t.Errorf("bad rule: got %v", err)
	}
}

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		name  string
		pkg   *types.Package
		rules []string
		want  string // "" means no error
	}{
		{"known tags", pkg("a/v1", []string{"+k8s:deepcopy-gen=package", "+k8s:openapi-gen=true"}, ""), []string{KnownTagsOnly}, ""},
		{"unknown tag", pkg("a/v1", []string{"+k8s:deepcopy-genx=package", "+k8s:validation=x", "+k8s:deepcopy-gen:interfaces=x"}, ""), []string{KnownTagsOnly},
			"/src/a/v1/doc.go: unrecognized +k8s: tag(s): +k8s:deepcopy-genx\n"},
		{"external version without deepcopy", pkg("a/v1", []string{"+groupName=a.example.com"}, `json:",inline"`), []string{ExplicitDisablement},
			"package containing versioned API types.\nSet explicit configuration or disablement for these generators in doc.go:\n  +k8s:deepcopy-gen=<package or false>"},
		{"external version with deepcopy off", pkg("a/v1", []string{"+groupName=a.example.com", "+k8s:deepcopy-gen=false"}, `json:",inline"`),
			[]string{ExplicitDisablement}, ""},
		{"internal version", pkg("a/v1", []string{"+k8s:defaulter-gen=TypeMeta"}, ""), []string{ExplicitDisablement},
			"  +k8s:conversion-gen=<peer-package or false>\n  +k8s:validation-gen=<TypeMeta or false>"},
		{"group package", pkg("a", []string{"+groupName=a.example.com"}, ""), []string{ExplicitDisablement}, ""},
		{"not an API package", pkg("a/v1", nil, `json:",inline"`), []string{ExplicitDisablement}, ""},
		{"no rules", pkg("a/v1", []string{"+k8s:deepcopygen=package"}, ""), nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := Check(tc.pkg, tc.rules)
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}
