package openapischema

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path"
	"reflect"
	"strconv"
	"strings"

	"k8s.io/kube-openapi/pkg/common"
	"k8s.io/kube-openapi/pkg/util"
	"k8s.io/kube-openapi/pkg/validation/spec"
)

const (
	commonPkg = "k8s.io/kube-openapi/pkg/common"
	specPkg   = "k8s.io/kube-openapi/pkg/validation/spec"
	ptrPkg    = "k8s.io/utils/ptr"
)

// knownTypes are the named types a definition may be built of.
var knownTypes = map[string]reflect.Type{}

func init() {
	for _, v := range []any{
		spec.Schema{}, spec.SchemaProps{}, spec.SwaggerSchemaProps{}, spec.VendorExtensible{},
		spec.Extensions{}, spec.SchemaOrArray{}, spec.SchemaOrBool{}, spec.SchemaOrStringArray{},
		spec.StringOrArray{}, spec.Ref{},
		spec.ExternalDocumentation{}, spec.Dependencies{},
	} {
		knownTypes[specPkg+"."+reflect.TypeOf(v).Name()] = reflect.TypeOf(v)
	}
	for _, v := range []any{common.OpenAPIDefinition{}, common.ReferenceCallback(nil)} {
		knownTypes[commonPkg+"."+reflect.TypeOf(v).Name()] = reflect.TypeOf(v)
	}
}

// Source finds what the generated file calls outside itself, in the loaded
// packages' source.
type Source interface {
	// Method returns the declaration of method name of the named type, and
	// the file that declares it.
	Method(pkg, typ, name string) (*ast.FuncDecl, *ast.File, *token.FileSet, error)
	// Constant returns a constant's value as Go source (a literal).
	Constant(pkg, name string) (string, error)
}

// Options say how the definitions are named, as the models-schema program
// names them.
type Options struct {
	// Friendly names definitions (and references) with
	// util.ToRESTFriendlyName, as kodegen's examples' models-schema does;
	// without it, names are GetOpenAPIDefinitions' keys (sample-apiserver's).
	Friendly bool
}

// Definitions evaluates GetOpenAPIDefinitions of the generated file src
// (named filename in errors), with the ref callback the models-schema
// program passes.
func Definitions(filename string, src []byte, s Source, opts Options) (map[string]common.OpenAPIDefinition, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filename, src, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	e := &evaluator{src: s, opts: opts, calling: map[string]bool{}}
	sc := e.scope(f, fset)
	get, ok := sc.funcs["GetOpenAPIDefinitions"]
	if !ok {
		return nil, fmt.Errorf("%s: no func GetOpenAPIDefinitions", filename)
	}
	v, err := e.call(sc, get)
	if err != nil {
		return nil, err
	}
	defs, ok := v.Interface().(map[string]common.OpenAPIDefinition)
	if !ok {
		return nil, fmt.Errorf("%s: GetOpenAPIDefinitions returns %s, not map[string]common.OpenAPIDefinition", filename, v.Type())
	}
	return defs, nil
}

type evaluator struct {
	src     Source
	opts    Options
	calling map[string]bool // functions being evaluated: recursion is an error
}

// scope is one file: its imports and top-level functions.
type scope struct {
	fset    *token.FileSet
	imports map[string]string // local name → path
	funcs   map[string]*ast.FuncDecl
	ref     string // the name of the ReferenceCallback parameter in the current function
}

func (e *evaluator) scope(f *ast.File, fset *token.FileSet) *scope {
	sc := &scope{fset: fset, imports: map[string]string{}, funcs: map[string]*ast.FuncDecl{}}
	for _, imp := range f.Imports {
		p, _ := strconv.Unquote(imp.Path.Value)
		name := path.Base(p) // a package named otherwise is imported with its name by kube-openapi
		if imp.Name != nil {
			name = imp.Name.Name
		}
		sc.imports[name] = p
	}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
			sc.funcs[fd.Name.Name] = fd
		}
	}
	return sc
}

func (sc *scope) errorf(n ast.Node, format string, args ...any) error {
	return fmt.Errorf("%s: %s", sc.fset.Position(n.Pos()), fmt.Sprintf(format, args...))
}

func (sc *scope) text(n ast.Node) string {
	const max = 80
	var b strings.Builder
	_ = printNode(&b, sc.fset, n)
	s := b.String()
	if len(s) > max {
		s = s[:max] + "…"
	}
	return s
}

// call evaluates fd's body: exactly one return statement.
func (e *evaluator) call(sc *scope, fd *ast.FuncDecl) (reflect.Value, error) {
	key := sc.fset.Position(fd.Pos()).String()
	if e.calling[key] {
		return reflect.Value{}, sc.errorf(fd, "%s calls itself", fd.Name.Name)
	}
	e.calling[key] = true
	defer delete(e.calling, key)
	if fd.Type.Results == nil || len(fd.Type.Results.List) != 1 || len(fd.Type.Results.List[0].Names) > 1 {
		return reflect.Value{}, sc.errorf(fd, "%s: unsupported: a function without exactly one result", fd.Name.Name)
	}
	want, err := e.typeOf(sc, fd.Type.Results.List[0].Type)
	if err != nil {
		return reflect.Value{}, err
	}
	if fd.Body == nil || len(fd.Body.List) != 1 {
		return reflect.Value{}, sc.errorf(fd, "%s: unsupported: a body other than one return statement", fd.Name.Name)
	}
	ret, ok := fd.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return reflect.Value{}, sc.errorf(fd.Body.List[0], "%s: unsupported statement %s (only return EXPR)", fd.Name.Name, sc.text(fd.Body.List[0]))
	}
	inner := *sc
	inner.ref = ""
	for _, p := range fd.Type.Params.List {
		t, err := e.typeOf(sc, p.Type)
		if err != nil {
			return reflect.Value{}, err
		}
		if t != reflect.TypeOf(common.ReferenceCallback(nil)) || len(p.Names) != 1 {
			return reflect.Value{}, sc.errorf(p, "%s: unsupported parameter %s (only ref common.ReferenceCallback)", fd.Name.Name, sc.text(p))
		}
		inner.ref = p.Names[0].Name
	}
	return e.eval(&inner, ret.Results[0], want)
}

// typeOf resolves a type expression.
func (e *evaluator) typeOf(sc *scope, x ast.Expr) (reflect.Type, error) {
	switch x := x.(type) {
	case *ast.Ident:
		switch x.Name {
		case "string":
			return reflect.TypeFor[string](), nil
		case "bool":
			return reflect.TypeFor[bool](), nil
		case "int":
			return reflect.TypeFor[int](), nil
		case "int64":
			return reflect.TypeFor[int64](), nil
		case "float64":
			return reflect.TypeFor[float64](), nil
		case "any":
			return reflect.TypeFor[any](), nil
		}
	case *ast.InterfaceType:
		if len(x.Methods.List) == 0 {
			return reflect.TypeFor[any](), nil
		}
	case *ast.StarExpr:
		t, err := e.typeOf(sc, x.X)
		if err != nil {
			return nil, err
		}
		return reflect.PointerTo(t), nil
	case *ast.ArrayType:
		if x.Len == nil {
			t, err := e.typeOf(sc, x.Elt)
			if err != nil {
				return nil, err
			}
			return reflect.SliceOf(t), nil
		}
	case *ast.MapType:
		k, err := e.typeOf(sc, x.Key)
		if err != nil {
			return nil, err
		}
		v, err := e.typeOf(sc, x.Value)
		if err != nil {
			return nil, err
		}
		return reflect.MapOf(k, v), nil
	case *ast.SelectorExpr:
		if pkg, ok := x.X.(*ast.Ident); ok {
			if p, ok := sc.imports[pkg.Name]; ok {
				if t, ok := knownTypes[p+"."+x.Sel.Name]; ok {
					return t, nil
				}
			}
		}
	case *ast.ParenExpr:
		return e.typeOf(sc, x.X)
	}
	return nil, sc.errorf(x, "unsupported type %s", sc.text(x))
}

// eval evaluates x as a value of type want.
func (e *evaluator) eval(sc *scope, x ast.Expr, want reflect.Type) (reflect.Value, error) {
	v, err := e.value(sc, x, want)
	if err != nil {
		return reflect.Value{}, err
	}
	if !v.IsValid() { // nil
		return reflect.Zero(want), nil
	}
	if v.Type() == want {
		return v, nil
	}
	if v.Type().AssignableTo(want) {
		out := reflect.New(want).Elem()
		out.Set(v)
		return out, nil
	}
	if isBasic(v.Type()) && v.Type().ConvertibleTo(want) && isBasic(want) && v.Kind() == want.Kind() {
		return v.Convert(want), nil
	}
	return reflect.Value{}, sc.errorf(x, "%s is a %s, need %s", sc.text(x), v.Type(), want)
}

func isBasic(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.String, reflect.Bool, reflect.Int, reflect.Int64, reflect.Float64:
		return true
	}
	return false
}

func (e *evaluator) value(sc *scope, x ast.Expr, want reflect.Type) (reflect.Value, error) {
	switch x := x.(type) {
	case *ast.ParenExpr:
		return e.value(sc, x.X, want)
	case *ast.BasicLit:
		return e.literal(sc, x, want)
	case *ast.UnaryExpr:
		switch {
		case x.Op == token.AND:
			if want.Kind() != reflect.Pointer {
				return reflect.Value{}, sc.errorf(x, "%s: a pointer where %s is needed", sc.text(x), want)
			}
			v, err := e.eval(sc, x.X, want.Elem())
			if err != nil {
				return reflect.Value{}, err
			}
			p := reflect.New(want.Elem())
			p.Elem().Set(v)
			return p, nil
		case x.Op == token.SUB:
			if lit, ok := x.X.(*ast.BasicLit); ok {
				return e.literal(sc, &ast.BasicLit{ValuePos: lit.ValuePos, Kind: lit.Kind, Value: "-" + lit.Value}, want)
			}
		}
	case *ast.Ident:
		switch x.Name {
		case "true", "false":
			return reflect.ValueOf(x.Name == "true"), nil
		case "nil":
			switch want.Kind() {
			case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface, reflect.Func:
				return reflect.Value{}, nil
			}
		}
	case *ast.CompositeLit:
		return e.composite(sc, x, want)
	case *ast.CallExpr:
		return e.callExpr(sc, x, want)
	case *ast.SelectorExpr:
		// A constant of a loaded package: +default=ref(pkg.Const).
		if pkg, ok := x.X.(*ast.Ident); ok {
			if p, ok := sc.imports[pkg.Name]; ok && p != specPkg && p != commonPkg {
				lit, err := e.src.Constant(p, x.Sel.Name)
				if err != nil {
					return reflect.Value{}, sc.errorf(x, "%s: %v", sc.text(x), err)
				}
				expr, err := parser.ParseExpr(lit)
				if err != nil {
					return reflect.Value{}, sc.errorf(x, "%s: constant value %s: %v", sc.text(x), lit, err)
				}
				if bl, ok := expr.(*ast.BasicLit); ok {
					bl.ValuePos = x.Pos()
					return e.literal(sc, bl, want)
				}
				return reflect.Value{}, sc.errorf(x, "%s: unsupported constant value %s", sc.text(x), lit)
			}
		}
	}
	return reflect.Value{}, sc.errorf(x, "unsupported expression %s", sc.text(x))
}

// literal is an untyped constant: as Go does, it takes want's type, or its
// default type in an interface.
func (e *evaluator) literal(sc *scope, x *ast.BasicLit, want reflect.Type) (reflect.Value, error) {
	var v reflect.Value
	switch x.Kind {
	case token.STRING:
		s, err := strconv.Unquote(x.Value)
		if err != nil {
			return reflect.Value{}, sc.errorf(x, "%s: %v", x.Value, err)
		}
		v = reflect.ValueOf(s)
	case token.INT:
		if want.Kind() == reflect.Float64 {
			f, err := strconv.ParseFloat(x.Value, 64)
			if err != nil {
				return reflect.Value{}, sc.errorf(x, "%s: %v", x.Value, err)
			}
			return reflect.ValueOf(f).Convert(want), nil
		}
		i, err := strconv.ParseInt(x.Value, 0, 64)
		if err != nil {
			return reflect.Value{}, sc.errorf(x, "%s: %v", x.Value, err)
		}
		if want.Kind() == reflect.Int64 {
			return reflect.ValueOf(i).Convert(want), nil
		}
		if i != int64(int(i)) {
			return reflect.Value{}, sc.errorf(x, "%s overflows int", x.Value)
		}
		v = reflect.ValueOf(int(i))
	case token.FLOAT:
		f, err := strconv.ParseFloat(x.Value, 64)
		if err != nil {
			return reflect.Value{}, sc.errorf(x, "%s: %v", x.Value, err)
		}
		v = reflect.ValueOf(f)
	default:
		return reflect.Value{}, sc.errorf(x, "unsupported literal %s", x.Value)
	}
	if want.Kind() == reflect.Interface || want == v.Type() {
		return v, nil
	}
	if want.Kind() == v.Kind() {
		return v.Convert(want), nil
	}
	return reflect.Value{}, sc.errorf(x, "%s is a %s, need %s", x.Value, v.Type(), want)
}

func (e *evaluator) composite(sc *scope, x *ast.CompositeLit, want reflect.Type) (reflect.Value, error) {
	t := want
	if x.Type != nil {
		var err error
		if t, err = e.typeOf(sc, x.Type); err != nil {
			return reflect.Value{}, err
		}
	} else if want.Kind() == reflect.Pointer { // &T elided in a slice or map
		v, err := e.composite(sc, x, want.Elem())
		if err != nil {
			return reflect.Value{}, err
		}
		p := reflect.New(want.Elem())
		p.Elem().Set(v)
		return p, nil
	}
	switch t.Kind() {
	case reflect.Struct:
		v := reflect.New(t).Elem()
		seen := map[string]bool{}
		for _, el := range x.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			key, isIdent := ast.Expr(nil), false
			if ok {
				key = kv.Key
				_, isIdent = kv.Key.(*ast.Ident)
			}
			if !ok || !isIdent {
				return reflect.Value{}, sc.errorf(el, "unsupported %s element %s (only Field: value)", t, sc.text(el))
			}
			name := key.(*ast.Ident).Name
			f, found := t.FieldByName(name)
			if !found || !f.IsExported() || len(f.Index) != 1 {
				return reflect.Value{}, sc.errorf(kv, "%s has no field %s", t, name)
			}
			if seen[name] {
				return reflect.Value{}, sc.errorf(kv, "duplicate field %s", name)
			}
			seen[name] = true
			fv, err := e.eval(sc, kv.Value, f.Type)
			if err != nil {
				return reflect.Value{}, err
			}
			v.Field(f.Index[0]).Set(fv)
		}
		return v, nil
	case reflect.Slice:
		v := reflect.MakeSlice(t, 0, len(x.Elts))
		for _, el := range x.Elts {
			if _, ok := el.(*ast.KeyValueExpr); ok {
				return reflect.Value{}, sc.errorf(el, "unsupported indexed element %s", sc.text(el))
			}
			ev, err := e.eval(sc, el, t.Elem())
			if err != nil {
				return reflect.Value{}, err
			}
			v = reflect.Append(v, ev)
		}
		return v, nil
	case reflect.Map:
		v := reflect.MakeMapWithSize(t, len(x.Elts))
		for _, el := range x.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				return reflect.Value{}, sc.errorf(el, "map element %s without a key", sc.text(el))
			}
			k, err := e.eval(sc, kv.Key, t.Key())
			if err != nil {
				return reflect.Value{}, err
			}
			if v.MapIndex(k).IsValid() {
				return reflect.Value{}, sc.errorf(kv, "duplicate key %v", k)
			}
			ev, err := e.eval(sc, kv.Value, t.Elem())
			if err != nil {
				return reflect.Value{}, err
			}
			v.SetMapIndex(k, ev)
		}
		return v, nil
	}
	return reflect.Value{}, sc.errorf(x, "unsupported composite literal of %s", t)
}

func (e *evaluator) callExpr(sc *scope, x *ast.CallExpr, want reflect.Type) (reflect.Value, error) {
	if x.Ellipsis.IsValid() {
		return reflect.Value{}, sc.errorf(x, "unsupported call %s", sc.text(x))
	}
	switch fun := x.Fun.(type) {
	case *ast.Ident:
		if fun.Name == sc.ref && sc.ref != "" {
			if len(x.Args) != 1 {
				return reflect.Value{}, sc.errorf(x, "%s takes one argument", fun.Name)
			}
			name, err := e.eval(sc, x.Args[0], reflect.TypeFor[string]())
			if err != nil {
				return reflect.Value{}, err
			}
			n := name.String()
			if e.opts.Friendly {
				n = util.ToRESTFriendlyName(n)
			}
			ref, err := spec.NewRef("#/definitions/" + n)
			if err != nil {
				return reflect.Value{}, sc.errorf(x, "%s: %v", sc.text(x), err)
			}
			return reflect.ValueOf(ref), nil
		}
		fd, ok := sc.funcs[fun.Name]
		if !ok {
			return reflect.Value{}, sc.errorf(x, "unsupported call of %s (not a function of this file)", fun.Name)
		}
		if len(x.Args) != 1 || !isIdent(x.Args[0], sc.ref) || sc.ref == "" {
			return reflect.Value{}, sc.errorf(x, "unsupported call %s (only %s(%s))", sc.text(x), fun.Name, sc.ref)
		}
		return e.call(sc, fd)
	case *ast.IndexExpr: // ptr.To[T](x)
		if sel, ok := fun.X.(*ast.SelectorExpr); ok && sel.Sel.Name == "To" && importOf(sc, sel.X) == ptrPkg && len(x.Args) == 1 {
			t, err := e.typeOf(sc, fun.Index)
			if err != nil {
				return reflect.Value{}, err
			}
			v, err := e.eval(sc, x.Args[0], t)
			if err != nil {
				return reflect.Value{}, err
			}
			p := reflect.New(t)
			p.Elem().Set(v)
			return p, nil
		}
	case *ast.SelectorExpr:
		if importOf(sc, fun.X) == commonPkg {
			switch fun.Sel.Name {
			case "EmbedOpenAPIDefinitionIntoV2Extension":
				if len(x.Args) == 2 {
					defType := reflect.TypeFor[common.OpenAPIDefinition]()
					v3, err := e.eval(sc, x.Args[0], defType)
					if err != nil {
						return reflect.Value{}, err
					}
					v2, err := e.eval(sc, x.Args[1], defType)
					if err != nil {
						return reflect.Value{}, err
					}
					return reflect.ValueOf(common.EmbedOpenAPIDefinitionIntoV2Extension(v3.Interface().(common.OpenAPIDefinition), v2.Interface().(common.OpenAPIDefinition))), nil
				}
			case "GenerateOpenAPIV3OneOfSchema":
				if len(x.Args) == 1 {
					types, err := e.eval(sc, x.Args[0], reflect.TypeFor[[]string]())
					if err != nil {
						return reflect.Value{}, err
					}
					return reflect.ValueOf(common.GenerateOpenAPIV3OneOfSchema(types.Interface().([]string))), nil
				}
			}
			break
		}
		// pkg.T{}.Method()
		if lit, ok := fun.X.(*ast.CompositeLit); ok && len(lit.Elts) == 0 && len(x.Args) == 0 {
			if tsel, ok := lit.Type.(*ast.SelectorExpr); ok {
				if p := importOf(sc, tsel.X); p != "" {
					return e.method(sc, x, p, tsel.Sel.Name, fun.Sel.Name)
				}
			}
		}
	}
	return reflect.Value{}, sc.errorf(x, "unsupported call %s", sc.text(x))
}

// method evaluates a hand-written (or model-name) method of pkg.typ.
func (e *evaluator) method(sc *scope, at ast.Node, pkg, typ, name string) (reflect.Value, error) {
	fd, file, fset, err := e.src.Method(pkg, typ, name)
	if err != nil {
		return reflect.Value{}, sc.errorf(at, "%s.%s{}.%s(): %v", path.Base(pkg), typ, name, err)
	}
	msc := e.scope(file, fset)
	if fd.Recv != nil && len(fd.Recv.List) == 1 && len(fd.Recv.List[0].Names) == 1 {
		msc.funcs = map[string]*ast.FuncDecl{} // a method calls no file functions
	}
	if len(fd.Type.Params.List) != 0 {
		return reflect.Value{}, msc.errorf(fd, "%s.%s: unsupported: a method with parameters", typ, name)
	}
	v, err := e.call(msc, fd)
	if err != nil {
		return reflect.Value{}, fmt.Errorf("%w (called at %s)", err, sc.fset.Position(at.Pos()))
	}
	return v, nil
}

func isIdent(x ast.Expr, name string) bool {
	id, ok := x.(*ast.Ident)
	return ok && id.Name == name
}

func importOf(sc *scope, x ast.Expr) string {
	if id, ok := x.(*ast.Ident); ok {
		return sc.imports[id.Name]
	}
	return ""
}
