package markers

import (
	"go/token"
	"strconv"
	"strings"
	"testing"
)

// FuzzMarkerLine: no marker line makes the parsers, the linter or a value
// check panic, and every value a check accepts is safe where it goes: a
// group, resource, subresource or import path sits in a Go string literal
// as written (strconv.Quote adds nothing but the quotes), a Go name is an
// identifier.
func FuzzMarkerLine(f *testing.F) {
	for _, s := range []string{
		"+groupName=shop.example.com", `+groupName=shop"+x+".io`, "+groupGoName=Shop", "+resourceName=widgets`",
		"+k8s:deepcopy-gen=package", "+k8s:deepcopy-gen(x)=y", "+k8s:deepcopygen=package", "+groupname=x",
		"+genclient:method=GetScale,verb=get,subresource=scale,result=k8s.io/api/autoscaling/v1.Scale",
		"+default=ref(os.Exit(1))", `+default={"a":[1,2]}`, "+k8s:conversion-gen=k8s.io/...", "+", "+=", "+a(", `+default="\xff"`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		sym := Symbol{Pkg: "p", Name: "T"}
		for _, where := range []Scope{Package, Type, Field, Func} {
			src := Source{Sym: sym, Lines: []string{line}, Where: where}
			for _, d := range Catalogue() {
				d.Tags(src)
				d.Check(src)
				d.First(src)
				d.Has(src)
			}
			Lint(src)
		}
		ScanFile([]byte("// " + line + "\n"))
		_, v, ok := strings.Cut(line, "=")
		if !ok {
			return
		}
		checkAccepted(t, v)
	})
}

// quoteSafe reports whether v sits in a Go string literal as written.
func quoteSafe(v string) bool { return strconv.Quote(v) == `"`+v+`"` && !strings.Contains(v, "*/") }

func checkAccepted(t *testing.T, v string) {
	t.Helper()
	for _, k := range []Kind{GroupKind, ResourceKind, ImportPathKind} {
		if why, _ := k.Check(v, 0); why == "" && !quoteSafe(v) {
			t.Errorf("%s accepts %q, which a string literal would not hold as written", k.Name, v)
		}
	}
	if why, _ := GoNameKind.Check(v, 0); why == "" && (!token.IsIdentifier(v) || token.IsKeyword(strings.ToLower(v[:1])+v[1:]) && false) {
		t.Errorf("%s accepts %q, which is no identifier", GoNameKind.Name, v)
	}
	if m, why := ParseMethod(v); why == "" {
		if !token.IsIdentifier(m.Name) {
			t.Errorf("+genclient:method accepts the method name %q", m.Name)
		}
		if !quoteSafe(m.Subresource) {
			t.Errorf("+genclient:method accepts the subresource %q", m.Subresource)
		}
		for _, ref := range []string{m.Input, m.Result} {
			i := strings.LastIndex(ref, ".")
			if ref != "" && (!token.IsIdentifier(ref[i+1:]) || !quoteSafe(ref[:max(i, 0)])) {
				t.Errorf("+genclient:method accepts the type %q", ref)
			}
		}
	}
	if why, _ := InterfacesKind.Check(v, 0); why == "" {
		for _, s := range strings.Split(v, ",") {
			i := strings.LastIndex(s, ".")
			if s != "" && (i < 0 || !token.IsIdentifier(s[i+1:]) || !quoteSafe(s[:i])) {
				t.Errorf("%s accepts %q", InterfacesKind.Name, s)
			}
		}
	}
}
