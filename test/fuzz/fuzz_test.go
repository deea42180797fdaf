// Package fuzz runs marker values through the generators' templates, in
// memory: guarantee 2 of issue 14 says no value reaches generated code
// unless it is what it claims to be. Each fuzz target puts its input in a
// marker of one loaded API package (testdata/apis/shop/v1, loaded once;
// the input replaces a comment line in memory), runs the generators that
// read the marker together, and checks:
//
//   - nothing panics;
//   - a value the marker's check refuses is an error naming the marker,
//     and nothing is generated;
//   - a value it accepts generates files that parse, in which the value
//     is exactly one string literal (a group, a resource) or exactly the
//     identifier it should make (a Go name, a method), so nothing of it
//     was read as code; a default's Go literal type-checks as the field's
//     type.
//
// `go test` runs the seeds (f.Add and testdata/fuzz); `go test -fuzz
// FuzzGroupName ./test/fuzz/` searches for more.
package fuzz

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	gotypes "go/types"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"k8s.io/gengo/v2/namer"

	"github.com/kodegen/kodegen/generators/applyconfig"
	"github.com/kodegen/kodegen/generators/client"
	"github.com/kodegen/kodegen/generators/defaulter"
	"github.com/kodegen/kodegen/generators/informer"
	"github.com/kodegen/kodegen/generators/lister"
	"github.com/kodegen/kodegen/generators/register"
	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/load"
	"github.com/kodegen/kodegen/internal/markers"
)

const (
	apis    = "github.com/kodegen/kodegen/test/fuzz/testdata/apis"
	pkgPath = apis + "/shop/v1"
	outPkg  = "example.com/generated"
)

// loader holds the one load of the API package.
var loader = sync.OnceValues(func() (*load.Loader, error) {
	l := load.NewIn(".")
	_, err := l.Load(pkgPath)
	return l, err
})

// mu serialises the fuzz inputs: each one edits the shared universe.
var mu sync.Mutex

// withComments runs fn with the package comments and Widget's comments
// replaced (nil keeps them), restoring them after.
func withComments(t *testing.T, pkgLines, widgetLines []string, fn func(*load.Loader)) {
	t.Helper()
	l, err := loader()
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	pkg := l.Universe().Package(pkgPath)
	w := pkg.Types["Widget"]
	oldPkg, oldW, oldW2 := pkg.Comments, w.CommentLines, w.SecondClosestCommentLines
	defer func() { pkg.Comments, w.CommentLines, w.SecondClosestCommentLines = oldPkg, oldW, oldW2 }()
	if pkgLines != nil {
		pkg.Comments = pkgLines
	}
	if widgetLines != nil {
		w.CommentLines, w.SecondClosestCommentLines = widgetLines, nil
	}
	fn(l)
}

// clientFamily are the generators that read the group, its Go name and
// the resource: register-gen, client-gen, lister-gen, informer-gen and
// applyconfiguration-gen, as one run.
func clientFamily(t *testing.T) []engine.Generator {
	t.Helper()
	out := t.TempDir()
	var gens []engine.Generator
	add := func(g engine.Generator, err error) {
		if err != nil {
			t.Fatal(err)
		}
		gens = append(gens, g)
	}
	rc := register.Defaults()
	rc.Inputs, rc.OutputFile = []string{pkgPath}, "zz_generated.register.go"
	add(register.New(rc))
	cc := client.Defaults()
	cc.OutputDir, cc.OutputPkg, cc.ClientsetName = filepath.Join(out, "clientset"), outPkg+"/clientset", "versioned"
	cc.InputBase, cc.Inputs = apis, []string{"shop/v1"}
	cc.ApplyConfigurationPackage = outPkg + "/applyconfiguration"
	add(client.New(cc))
	lc := lister.Defaults()
	lc.Inputs, lc.OutputDir, lc.OutputPkg = []string{pkgPath}, filepath.Join(out, "listers"), outPkg+"/listers"
	add(lister.New(lc))
	ic := informer.Defaults()
	ic.Inputs, ic.OutputDir, ic.OutputPkg = []string{pkgPath}, filepath.Join(out, "informers"), outPkg+"/informers"
	ic.VersionedClientsetPackage, ic.ListersPackage = outPkg+"/clientset/versioned", outPkg+"/listers"
	add(informer.New(ic))
	ac := applyconfig.Defaults()
	ac.Inputs, ac.OutputDir, ac.OutputPkg = []string{pkgPath}, filepath.Join(out, "applyconfiguration"), outPkg+"/applyconfiguration"
	add(applyconfig.New(ac))
	return gens
}

// generated is one run's files, parsed.
type generated struct {
	files map[string]*ast.File
	fset  *token.FileSet
}

// run generates with gens on l and parses every file; err is the run's.
func run(t *testing.T, l *load.Loader, gens []engine.Generator) (*generated, error) {
	t.Helper()
	set, err := engine.Generate(gens, engine.Options{Loader: l})
	if err != nil {
		return nil, err
	}
	g := &generated{files: map[string]*ast.File{}, fset: token.NewFileSet()}
	for _, p := range set.Paths() {
		data, _ := set.Get(p)
		f, err := parser.ParseFile(g.fset, p, data, parser.ParseComments)
		if err != nil {
			t.Fatalf("generated %s does not parse: %v\n%s", p, err, data)
		}
		g.files[p] = f
	}
	if len(g.files) == 0 {
		t.Fatal("nothing generated")
	}
	return g, nil
}

// strings returns every string literal of the files, unquoted, with its
// count.
func (g *generated) strings() map[string]int {
	out := map[string]int{}
	for _, f := range g.files {
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					out[s]++
				}
			}
			return true
		})
	}
	return out
}

// idents returns every identifier of the files.
func (g *generated) idents() map[string]bool {
	out := map[string]bool{}
	for _, f := range g.files {
		ast.Inspect(f, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				out[id.Name] = true
			}
			return true
		})
	}
	return out
}

// oneLine skips inputs that no comment line can hold.
func oneLine(t *testing.T, v string) {
	if strings.ContainsAny(v, "\n\r") {
		t.Skip("a marker value is one comment line")
	}
}

// parsed is the value of d in lines as its parser reads it (which trims
// blanks): what the check sees. It skips an input the parser does not
// read as one value.
func parsed(t *testing.T, d markers.Def, lines []string) string {
	t.Helper()
	vals := d.Values(markers.Source{Lines: lines})
	if len(vals) != 1 {
		t.Skipf("%s: the parser reads %d values", d.Marker(), len(vals))
	}
	return vals[0]
}

// refused checks that err names the marker.
func refused(t *testing.T, err error, marker, v, why string) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s=%q: refused by its check (%s), but the generators accepted it", marker, v, why)
	}
	if !strings.Contains(err.Error(), marker) {
		t.Fatalf("%s=%q: the error does not name the marker: %v", marker, v, err)
	}
}

func FuzzGroupName(f *testing.F) {
	for _, s := range []string{"shop.example.com", "", "apps", "gateway.networking.x-k8s.io", `shop"+x+".io`, "shop`x`", "a*/b", "Shop.IO", "1shop.io", "my-shop.io", "shop.io // c", "x\\y", "\x00", "é.io"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		oneLine(t, v)
		lines := []string{"+k8s:deepcopy-gen=package", "+groupName=" + v}
		v = parsed(t, markers.GroupName, lines)
		why, _ := markers.GroupKind.Check(v, markers.Package)
		withComments(t, lines, nil, func(l *load.Loader) {
			g, err := run(t, l, clientFamily(t))
			if why != "" {
				refused(t, err, "+groupName", v, why)
				return
			}
			if err != nil {
				// A good group may still make no Go name ("1shop.io"):
				// that error names +groupGoName.
				if !strings.Contains(err.Error(), "+groupGoName") {
					t.Fatalf("+groupName=%q: %v", v, err)
				}
				return
			}
			if g.strings()[v] == 0 && v != "" {
				t.Errorf("+groupName=%q: no string literal of the output is the group", v)
			}
		})
	})
}

func FuzzGroupGoName(f *testing.F) {
	for _, s := range []string{"ShopExample", "shop", "func", "Shop\"x", "Shop() {}; func X", "_x", "Ünicode", "", "A1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		oneLine(t, v)
		lines := []string{"+k8s:deepcopy-gen=package", "+groupName=shop.example.com", "+groupGoName=" + v}
		v = parsed(t, markers.GroupGoName, lines)
		why, _ := markers.GoNameKind.Check(v, markers.Package)
		withComments(t, lines, nil, func(l *load.Loader) {
			g, err := run(t, l, clientFamily(t))
			if why != "" {
				refused(t, err, "+groupGoName", v, why)
				return
			}
			if err != nil {
				t.Fatalf("+groupGoName=%q: %v", v, err)
			}
			if want := namer.IC(v) + "V1"; !g.idents()[want] {
				t.Errorf("+groupGoName=%q: the clientset has no method %s", v, want)
			}
		})
	})
}

func FuzzResourceName(f *testing.F) {
	for _, s := range []string{"widgets", "networkpolicies", `widgets"+evil+"`, "Widgets", "a.b", "w-x", "-w", "", "x`y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		oneLine(t, v)
		lines := []string{"Widget is a widget.", "+genclient", "+resourceName=" + v}
		v = parsed(t, markers.ResourceName, lines)
		why, _ := markers.ResourceKind.Check(v, markers.Type)
		withComments(t, nil, lines, func(l *load.Loader) {
			g, err := run(t, l, clientFamily(t))
			if why != "" {
				refused(t, err, "+resourceName", v, why)
				return
			}
			if err != nil {
				t.Fatalf("+resourceName=%q: %v", v, err)
			}
			if g.strings()[v] == 0 {
				t.Errorf("+resourceName=%q: no string literal of the output is the resource", v)
			}
		})
	})
}

func FuzzGenclientMethod(f *testing.F) {
	for _, s := range []string{
		"GetScale,verb=get,subresource=scale,result=k8s.io/api/autoscaling/v1.Scale",
		"UpdateScale,verb=update,subresource=scale,input=k8s.io/api/autoscaling/v1.Scale,result=k8s.io/api/autoscaling/v1.Scale",
		"Get() {}; func X,verb=get", `GetScale,verb=get,subresource=scale"`, "GetScale,verb=get,result=Scale{}", "X,verb=list,subresource=s",
		"Patch,verb=patch", "func,verb=get", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		oneLine(t, v)
		lines := []string{"Widget is a widget.", "+genclient", "+genclient:method=" + v}
		v = parsed(t, markers.GenclientMethod, lines)
		m, why := markers.ParseMethod(v)
		withComments(t, nil, lines, func(l *load.Loader) {
			g, err := run(t, l, clientFamily(t))
			if why != "" {
				refused(t, err, "+genclient:method", v, why)
				return
			}
			if err != nil {
				return // the verb or a type does not fit: genclient says so
			}
			if !g.idents()[m.Name] {
				t.Errorf("+genclient:method=%q: no identifier %s in the output", v, m.Name)
			}
			if m.Subresource != "" && g.strings()[m.Subresource] == 0 {
				t.Errorf("+genclient:method=%q: no string literal of the output is the subresource %s", v, m.Subresource)
			}
		})
	})
}

// defaultFields are the WidgetSpec fields FuzzDefault puts its default
// on, with their Go types (int8 is left out: gengo has one builtin for
// int8, uint8 and byte, so its range is not known).
var defaultFields = []struct{ name, goType string }{
	{"Name", "string"}, {"Size", "int32"}, {"Ratio", "float32"}, {"Big", "uint64"}, {"On", "bool"}, {"Label", "*string"}, {"Tags", "[]string"},
}

func FuzzDefault(f *testing.F) {
	for _, s := range []string{`"Always"`, `"a\/b"`, `"\ud800"`, `"\u00e9"`, "3", "1e2", "2.5", "-1", "1e39", "18446744073709551616", "true", "null",
		`["a","b"]`, "ref(DefaultName)", "ref(os.Exit(1))", "`", `"` + "`" + `"`, `{"a":1}`, "0", `""`} {
		for i := range defaultFields {
			f.Add(s, uint8(i))
		}
	}
	f.Fuzz(func(t *testing.T, v string, field uint8) {
		oneLine(t, v)
		fd := defaultFields[int(field)%len(defaultFields)]
		l, err := loader()
		if err != nil {
			t.Fatal(err)
		}
		dc := defaulter.Defaults()
		dc.Inputs, dc.OutputFile = []string{pkgPath}, "zz_generated.defaults.go"
		gen, err := defaulter.New(dc)
		if err != nil {
			t.Fatal(err)
		}
		mu.Lock()
		defer mu.Unlock()
		pkg := l.Universe().Package(pkgPath)
		spec := pkg.Types["WidgetSpec"]
		oldPkg := pkg.Comments
		idx := -1
		for i, m := range spec.Members {
			if m.Name == fd.name {
				idx = i
			}
		}
		oldField := spec.Members[idx].CommentLines
		defer func() { pkg.Comments, spec.Members[idx].CommentLines = oldPkg, oldField }()
		pkg.Comments = []string{"+k8s:defaulter-gen=TypeMeta"}
		spec.Members[idx].CommentLines = []string{"+default=" + v}
		set, err := engine.Generate([]engine.Generator{gen}, engine.Options{Loader: l})
		if err != nil {
			if !strings.Contains(err.Error(), "+default") {
				t.Fatalf("+default=%q on %s: the error does not name the marker: %v", v, fd.name, err)
			}
			return
		}
		// The value as the marker parser reads it (it trims blanks); an
		// empty +default is no default, as upstream reads it.
		parsed := markers.Default.Values(markers.Source{Lines: []string{"+default=" + v}})
		if len(parsed) != 1 || parsed[0] == "" {
			return
		}
		if why, _ := markers.DefaultKind.Check(parsed[0], markers.Field); why != "" {
			t.Fatalf("+default=%q on %s: refused by its check (%s), but the defaulter accepted it", v, fd.name, why)
		}
		for _, p := range set.Paths() {
			data, _ := set.Get(p)
			checkDefaultCode(t, v, fd.name, fd.goType, data)
		}
	})
}

// checkDefaultCode parses a generated defaults file and type-checks each
// value assigned to the field (or to the pointer's variable) as the
// field's type.
func checkDefaultCode(t *testing.T, v, field, goType string, data []byte) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "defaults.go", data, 0)
	if err != nil {
		t.Fatalf("+default=%q on %s: the output does not parse: %v\n%s", v, field, err, data)
	}
	elem := strings.TrimPrefix(goType, "*")
	ast.Inspect(f, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			return true
		}
		lhs := exprString(fset, as.Lhs[0])
		target := strings.HasSuffix(lhs, ".Spec."+field) && !strings.HasPrefix(goType, "*") && !strings.HasPrefix(goType, "[]")
		target = target || strings.HasPrefix(goType, "*") && strings.HasPrefix(lhs, "ptrVar") && as.Tok == token.DEFINE
		// ref(Ident) values are conversions of a constant the defaulter
		// found; literals are what a value can break.
		if !target || !isLiteral(as.Rhs[0]) {
			return true
		}
		src := fmt.Sprintf("package p\nvar _ %s = %s\n", elem, exprString(fset, as.Rhs[0]))
		tfset := token.NewFileSet()
		tf, err := parser.ParseFile(tfset, "x.go", src, 0)
		if err == nil {
			_, err = (&gotypes.Config{}).Check("p", tfset, []*ast.File{tf}, nil)
		}
		if err != nil {
			t.Errorf("+default=%q on %s %s: the generated value does not compile: %v\n%s", v, field, goType, err, src)
		}
		return true
	})
}

func isLiteral(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.BasicLit:
		return true
	case *ast.UnaryExpr:
		return isLiteral(e.X)
	case *ast.Ident:
		return e.Name == "true" || e.Name == "false"
	}
	return false
}

func exprString(fset *token.FileSet, e ast.Expr) string {
	var b strings.Builder
	if err := formatNode(&b, fset, e); err != nil {
		return fmt.Sprintf("<%v>", err)
	}
	return b.String()
}

func formatNode(w *strings.Builder, fset *token.FileSet, e ast.Expr) error {
	return printer.Fprint(w, fset, e)
}
