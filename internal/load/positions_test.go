package load

import (
	"strconv"
	"testing"
)

// TestLocateMarker: every kind of comment a marker is read from resolves
// to its file and line, relative to the module root.
func TestLocateMarker(t *testing.T) {
	l := NewIn(".")
	if _, err := l.Load("./testdata/positions"); err != nil {
		t.Fatal(err)
	}
	const pkg = "github.com/kodegen/kodegen/internal/load/testdata/positions"
	for _, c := range []struct {
		name                       string
		typ, member, marker, value string
		want                       string // "" for not found
	}{
		{"package doc", "", "", "groupName", "", "internal/load/testdata/positions/doc.go:3"},
		{"package doc, second marker", "", "", "k8s:deepcopy-gen", "package", "internal/load/testdata/positions/doc.go:4"},
		{"another file's header", "", "", "k8s:header-marker", "", "internal/load/testdata/positions/types.go:1"},
		{"type doc", "Widget", "", "genclient", "", "internal/load/testdata/positions/types.go:8"},
		{"a longer name is another marker", "Widget", "", "genclient:nonNamespaced", "", "internal/load/testdata/positions/types.go:9"},
		{"block above the doc comment", "Widget", "", "genclient:method", "", "internal/load/testdata/positions/types.go:4"},
		{"repeated marker, by value", "Widget", "", "genclient:method", "GetB", "internal/load/testdata/positions/types.go:5"},
		{"value not in the source", "Widget", "", "genclient:method", "nope", "internal/load/testdata/positions/types.go:4"},
		{"field", "Widget", "Size", "default", "3", "internal/load/testdata/positions/types.go:12"},
		{"field, block comment", "Widget", "Note", "optional", "", "internal/load/testdata/positions/types.go:17"},
		{"function", "SetDefaults_Widget", "", "k8s:defaulter-gen", "covers", "internal/load/testdata/positions/types.go:23"},
		{"absent marker: the declaration", "Widget", "", "k8s:deepcopy-gen", "", "internal/load/testdata/positions/types.go:10"},
		{"absent field marker: the field", "Widget", "Size", "k8s:conversion-gen", "", "internal/load/testdata/positions/types.go:13"},
		{"absent package marker: doc.go's package clause", "", "", "groupGoName", "", "internal/load/testdata/positions/doc.go:5"},
		{"unknown symbol", "Gadget", "", "genclient", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			file, line, ok := l.LocateMarker(pkg, c.typ, c.member, c.marker, c.value)
			got := ""
			if ok {
				got = file + ":" + strconv.Itoa(line)
			}
			if got != c.want {
				t.Errorf("LocateMarker(%s, %q, %q, +%s, %q) = %q, want %q", pkg, c.typ, c.member, c.marker, c.value, got, c.want)
			}
		})
	}
}
