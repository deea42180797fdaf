package load

import (
	"strings"
	"testing"
)

func TestStripBodies(t *testing.T) {
	src := `package p

// F does.
func F(x func() int, y struct{ A int }) interface{ M() } {
	if x() > 0 { return nil }
	s := "}{"
	_ = s
	return nil
}

type T struct{ A int }

func (t *T) M() {}

func G[E interface{ ~int }](e E) (r struct {
	B int
}) {
	return
}

func asm(x int) int

var v = func() int { return 1 }()
`
	got := string(stripBodies([]byte(src)))
	if strings.Count(got, "\n") != strings.Count(src, "\n") {
		t.Fatalf("line count changed:\n%s", got)
	}
	for _, gone := range []string{"return nil", `"}{"`, "_ = s", "\treturn\n"} {
		if strings.Contains(got, gone) {
			t.Errorf("body text %q survived:\n%s", gone, got)
		}
	}
	for _, kept := range []string{"// F does.", "interface{ M() } {", "type T struct{ A int }", "func (t *T) M() {}",
		"func G[E interface{ ~int }](e E) (r struct {\n\tB int\n}) {", "func asm(x int) int", "var v = func() int { return 1 }()"} {
		if !strings.Contains(got, kept) {
			t.Errorf("declaration text %q lost:\n%s", kept, got)
		}
	}
}
