package engine

import (
	"bytes"
	"testing"
)

// needGen is a listGen that needs the types of packages containing word.
type needGen struct {
	listGen
	word string
}

func (g *needGen) NeedsTypes(src []byte) bool { return bytes.Contains(src, []byte(g.word)) }

// The load is narrowed only when every generator of the run says what it
// needs; then a package is type-checked when any of them needs it.
func TestTypesNeeded(t *testing.T) {
	a, b := &needGen{word: "+a"}, &needGen{word: "+b"}
	if typesNeeded([]Generator{a, &listGen{}}) != nil {
		t.Errorf("narrowed with a generator that needs every type in the run")
	}
	if typesNeeded(nil) != nil {
		t.Errorf("narrowed with no generator")
	}
	need := typesNeeded([]Generator{a, b})
	if need == nil {
		t.Fatal("not narrowed with generators that all say what they need")
	}
	for src, want := range map[string]bool{"// +a": true, "// +b": true, "// +c": false} {
		if got := need([]byte(src)); got != want {
			t.Errorf("need(%q) = %v, want %v", src, got, want)
		}
	}
}
