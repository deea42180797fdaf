package crd

import (
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	gotypes "go/types"
	"slices"
	"strings"
)

// typeKey names one type: its package's import path and its name.
type typeKey struct{ pkg, name string }

func (k typeKey) String() string { return fmt.Sprintf("%q.%s", k.pkg, k.name) }

const defPrefix = "#/definitions/"

// refLink is the $ref a schema uses for a named type while it is built
// (flattening replaces every one by the type's schema).
func refLink(pkgPath, name string) string {
	if pkgPath == "" {
		return defPrefix + name
	}
	return defPrefix + strings.ReplaceAll(pkgPath, "/", "~1") + "~0" + name
}

// refKey is the type a $ref names, seen from package ctx.
func refKey(ref, ctx string) (typeKey, error) {
	if !strings.HasPrefix(ref, defPrefix) {
		return typeKey{}, fmt.Errorf("non-standard reference link %q", ref)
	}
	ref = strings.ReplaceAll(strings.ReplaceAll(ref[len(defPrefix):], "~1", "/"), "~0", "~")
	pkg, name, ok := strings.Cut(ref, "~")
	if !ok {
		return typeKey{pkg: ctx, name: pkg}, nil
	}
	return typeKey{pkg: pkg, name: name}, nil
}

// schemaCtx is where a type expression is being turned into a schema:
// the package and file it is written in, and the declaration (or field
// position) whose doc and markers apply to it.
type schemaCtx struct {
	p          *parser
	pkg        *pkgInfo
	info       *typeInfo
	file       *ast.File
	pkgMarkers markerValues
}

var emptyInfo = &typeInfo{}

func (c *schemaCtx) forInfo(info *typeInfo) *schemaCtx {
	return &schemaCtx{p: c.p, pkg: c.pkg, info: info, file: c.file}
}

func (c *schemaCtx) errorf(node ast.Node, format string, args ...any) {
	c.p.errorAt(c.pkg, node, fmt.Errorf(format, args...))
}

// lookupIdent resolves a type name written in the package.
func (c *schemaCtx) lookupIdent(id *ast.Ident) gotypes.Object {
	if c.pkg.types != nil {
		if o := c.pkg.types.Scope().Lookup(id.Name); o != nil {
			return o
		}
	}
	return gotypes.Universe.Lookup(id.Name)
}

// lookupSelector resolves pkg.Name written in the context's file.
func (c *schemaCtx) lookupSelector(sel *ast.SelectorExpr) gotypes.Object {
	x, ok := sel.X.(*ast.Ident)
	if !ok || c.file == nil {
		return nil
	}
	for _, imp := range c.file.Imports {
		path := strings.Trim(imp.Path.Value, "\"`")
		if imp.Name != nil && imp.Name.Name != x.Name {
			continue
		}
		if name, ok := c.p.src.PackageName(path); ok && imp.Name == nil && name != x.Name {
			continue // another package: not worth loading its types
		}
		tp, ok := c.p.goTypes(c.pkg, path)
		if !ok {
			continue
		}
		if imp.Name == nil && tp.Name() != x.Name {
			continue
		}
		return tp.Scope().Lookup(sel.Sel.Name)
	}
	return nil
}

// typeOf is the type an expression of the context's file denotes, for the
// few checks that need it (map keys); nil when it cannot tell.
func (c *schemaCtx) typeOf(e ast.Expr) gotypes.Type {
	var o gotypes.Object
	switch e := e.(type) {
	case *ast.Ident:
		o = c.lookupIdent(e)
	case *ast.SelectorExpr:
		o = c.lookupSelector(e)
	case *ast.StarExpr:
		if t := c.typeOf(e.X); t != nil {
			return gotypes.NewPointer(t)
		}
	}
	if tn, ok := o.(*gotypes.TypeName); ok {
		return tn.Type()
	}
	return nil
}

// infoToSchema is the schema of a declared type.
func (c *schemaCtx) infoToSchema() *Schema {
	if c.pkg.types != nil {
		if obj := c.pkg.types.Scope().Lookup(c.info.name); obj != nil {
			switch {
			case implements(obj.Type(), jsonMarshaler):
				s := &Schema{}
				c.applyMarkers(c.info.markers, s, c.info.spec.Type)
				if s.Type != "" {
					return s
				}
			case implements(obj.Type(), textMarshaler):
				s := &Schema{Type: "string"}
				c.applyMarkers(c.info.markers, s, c.info.spec.Type)
				if s.Type != "string" {
					c.errorf(c.info.spec.Type, "%q implements encoding.TextMarshaler but schema type is not string: %q", c.info.spec.Name, s.Type)
				}
				return s
			}
		}
	}
	return c.typeToSchema(c.info.spec.Type)
}

func (c *schemaCtx) typeToSchema(expr ast.Expr) *Schema {
	var s *Schema
	switch e := expr.(type) {
	case *ast.Ident:
		s = c.localNamed(e)
	case *ast.SelectorExpr:
		s = c.named(e)
	case *ast.ArrayType:
		s = c.array(e)
	case *ast.MapType:
		s = c.mapSchema(e)
	case *ast.StarExpr:
		s = c.forInfo(emptyInfo).typeToSchema(e.X)
	case *ast.StructType:
		s = c.structSchema(e)
	case *ast.InterfaceType:
		c.errorf(expr, "interface type is not supported in CRD schemas; consider using an explicit type or apiextensionsv1.JSON instead")
		return &Schema{}
	default:
		c.errorf(expr, "unsupported AST kind %T", expr)
		return &Schema{}
	}
	s.Description = c.info.doc
	c.applyMarkers(c.info.markers, s, expr)
	return s
}

func (c *schemaCtx) localNamed(id *ast.Ident) *Schema {
	tn, ok := c.lookupIdent(id).(*gotypes.TypeName)
	if !ok {
		c.errorf(id, "unknown type %s", id.Name)
		return &Schema{}
	}
	t := tn.Type()
	if a, ok := t.(*gotypes.Alias); ok {
		t = a.Rhs()
	}
	switch tt := t.(type) {
	case *gotypes.Basic:
		typ, format, err := builtinToType(tt, c.p.cfg.AllowDangerousTypes)
		if err != nil {
			c.p.errorAt(c.pkg, id, err)
		}
		if tt.Name() != id.Name {
			c.p.needSchema(typeKey{c.pkg.path, id.Name})
			link := refLink("", id.Name)
			return &Schema{Type: typ, Format: format, Ref: &link}
		}
		return &Schema{Type: typ, Format: format}
	case *gotypes.Interface:
		c.errorf(id, "cannot generate schema for %s; interface type is not supported in CRD schemas, consider using an explicit type or apiextensionsv1.JSON instead", id.Name)
		return &Schema{}
	case interface{ Obj() *gotypes.TypeName }:
		obj := tt.Obj()
		if obj.Pkg() == nil {
			c.errorf(id, "unsupported type %s", id.Name)
			return &Schema{}
		}
		path := obj.Pkg().Path()
		key := typeKey{path, obj.Name()}
		if obj.Pkg() == c.pkg.types || path == c.pkg.path {
			path = ""
			key.pkg = c.pkg.path
		}
		c.p.needSchema(key)
		link := refLink(path, obj.Name())
		s := &Schema{Ref: &link}
		switch gotypes.Unalias(t).Underlying().(type) {
		case *gotypes.Slice:
			s.Type = "array"
		case *gotypes.Map:
			s.Type = "object"
		case *gotypes.Basic:
			info := c.pkg.typeByName[obj.Name()]
			ipkg := c.pkg
			if info == nil {
				if p := c.p.pkgs[key.pkg]; p != nil {
					info, ipkg = p.typeByName[obj.Name()], p
				}
			}
			if info != nil {
				sub := &schemaCtx{p: c.p, pkg: ipkg, info: info, file: info.file}
				named := sub.infoToSchema()
				s.Type, s.Format = named.Type, named.Format
			}
		}
		return s
	}
	c.errorf(id, "unsupported type %T for identifier %s", t, id.Name)
	return &Schema{}
}

func (c *schemaCtx) named(sel *ast.SelectorExpr) *Schema {
	obj := c.lookupSelector(sel)
	tn, ok := obj.(*gotypes.TypeName)
	if !ok {
		c.errorf(sel, "unknown type %v.%s", sel.X, sel.Sel.Name)
		return &Schema{}
	}
	t := tn.Type()
	if _, ok := t.(*gotypes.Interface); ok {
		c.errorf(sel, "cannot generate schema for %v.%s; interface type is not supported in CRD schemas, consider using an explicit type or apiextensionsv1.JSON instead", sel.X, sel.Sel.Name)
		return &Schema{}
	}
	o, ok := t.(interface{ Obj() *gotypes.TypeName })
	if !ok || o.Obj().Pkg() == nil {
		c.errorf(sel, "unsupported type %v.%s", sel.X, sel.Sel.Name)
		return &Schema{}
	}
	path := o.Obj().Pkg().Path()
	c.p.needSchema(typeKey{path, o.Obj().Name()})
	link := refLink(path, o.Obj().Name())
	s := &Schema{Ref: &link}
	switch t.Underlying().(type) {
	case *gotypes.Slice:
		s.Type = "array"
	case *gotypes.Map:
		s.Type = "object"
	}
	return s
}

var byteObj = gotypes.Universe.Lookup("byte")

func (c *schemaCtx) array(a *ast.ArrayType) *Schema {
	if id, ok := a.Elt.(*ast.Ident); ok && a.Len == nil && c.lookupIdent(id) == byteObj {
		return &Schema{Type: "string", Format: "byte"}
	}
	items := c.forInfo(emptyInfo).typeToSchema(a.Elt)
	return &Schema{Type: "array", Items: items}
}

func (c *schemaCtx) mapSchema(m *ast.MapType) *Schema {
	keyType := c.typeOf(m.Key)
	for k := keyType; k != nil; {
		switch tk := k.(type) {
		case *gotypes.Basic:
			if tk.Info()&gotypes.IsString == 0 && !implements(keyType, textMarshaler) {
				c.errorf(m.Key, "map keys must be strings or implement encoding.TextMarshaler, not %s", k.String())
				return &Schema{}
			}
			k = nil
		case *gotypes.Named:
			k = tk.Underlying()
		case *gotypes.Alias:
			k = gotypes.Unalias(tk)
		default:
			if !implements(keyType, textMarshaler) {
				c.errorf(m.Key, "map keys must be strings or implement encoding.TextMarshaler, not %s", k.String())
				return &Schema{}
			}
			k = nil
		}
	}
	var val *Schema
	sub := c.forInfo(emptyInfo)
	switch v := m.Value.(type) {
	case *ast.Ident:
		val = sub.localNamed(v)
	case *ast.SelectorExpr:
		val = sub.named(v)
	case *ast.ArrayType:
		val = sub.array(v)
	case *ast.StarExpr, *ast.MapType:
		val = sub.typeToSchema(v)
	case *ast.InterfaceType:
		c.errorf(m.Value, "interface type is not supported as map value in CRD schemas; consider using an explicit type or apiextensionsv1.JSON instead")
		return &Schema{}
	default:
		c.errorf(m.Value, "not a supported map value type: %T", m.Value)
		return &Schema{}
	}
	return &Schema{Type: "object", AdditionalProperties: &SchemaOrBool{Schema: val, Allows: true}}
}

func (c *schemaCtx) structSchema(st *ast.StructType) *Schema {
	props := &Schema{Type: "object", Properties: map[string]Schema{}}
	if c.info.spec == nil {
		c.errorf(st, "inline struct types are not supported, use a named type instead")
		return props
	}
	if c.info.spec.Type != st {
		c.errorf(st, "encountered non-top-level struct (possibly embedded), those aren't allowed")
		return props
	}
	oneOf := map[string]bool{}
	for _, kind := range []string{"ExactlyOneOf", "AtMostOneOf", "AtLeastOneOf"} {
		for _, v := range c.info.markers["kubebuilder:validation:"+kind] {
			list, _ := v.anon.([]any)
			var bad []string
			for _, x := range list {
				f, _ := x.(string)
				if strings.Contains(f, ".") {
					bad = append(bad, f)
				}
				oneOf[f] = true
			}
			if len(bad) > 0 {
				c.errorf(st, "kubebuilder:validation:%s: cannot reference nested fields: %s", kind, strings.Join(bad, ","))
				return props
			}
		}
	}
	var immutable []string
	optionalPkg := c.pkgMarkers.get("kubebuilder:validation:Optional") != nil
	for _, f := range c.info.fields {
		if f.name != "" && c.p.cfg.IgnoreUnexportedFields && !ast.IsExported(f.name) {
			continue
		}
		tag, ok := f.tag.Lookup("json")
		if !ok {
			c.errorf(f.raw, "encountered struct field %q without JSON tag in type %q", f.name, c.info.name)
			continue
		}
		opts := strings.Split(tag, ",")
		if len(opts) == 1 && opts[0] == "-" {
			continue
		}
		inline, omitEmpty := false, false
		for _, o := range opts[1:] {
			switch o {
			case "inline":
				inline = true
			case "omitempty", "omitzero":
				omitEmpty = true
			}
		}
		name := opts[0]
		inline = inline || name == ""
		markedRequired := false
		switch {
		case f.markers.get("kubebuilder:validation:Optional") != nil:
		case f.markers.get("kubebuilder:validation:Required") != nil:
			markedRequired = true
		case f.markers.get("optional") != nil, f.markers.get("k8s:optional") != nil:
		case f.markers.get("required") != nil, f.markers.get("k8s:required") != nil:
			markedRequired = true
		case !optionalPkg:
			if !inline && !omitEmpty {
				if oneOf[name] {
					c.errorf(st, "field %s is part of OneOf constraint and must have omitempty or omitzero tag", name)
					return props
				}
				props.Required = append(props.Required, name)
			}
		}
		if markedRequired {
			if oneOf[name] {
				c.errorf(st, "field %s is part of OneOf constraint and cannot be marked as required", name)
				return props
			}
			props.Required = append(props.Required, name)
		}
		var ps *Schema
		if f.markers.get("kubebuilder:validation:Schemaless") != nil {
			ps = &Schema{}
		} else {
			ps = c.forInfo(emptyInfo).typeToSchema(f.raw.Type)
		}
		ps.Description = f.doc
		c.applyMarkers(f.markers, ps, f.raw)
		if inline {
			props.AllOf = append(props.AllOf, *ps)
			continue
		}
		if f.markers.get("k8s:immutable") != nil {
			immutable = append(immutable, name)
		}
		props.Properties[name] = *ps
	}
	slices.Sort(props.Required)
	for _, name := range immutable {
		if slices.Contains(props.Required, name) {
			continue
		}
		props.XValidations = append(props.XValidations, ValidationRule{
			Rule:    fmt.Sprintf("!has(oldSelf.%s) || has(self.%s)", name, name),
			Message: fmt.Sprintf("field %s is immutable once set", name),
		})
	}
	return props
}

// applyMarkers applies a node's schema markers: by priority, then in the
// order first written; items: markers to the array's items after.
func (c *schemaCtx) applyMarkers(ms markerValues, s *Schema, node ast.Node) {
	type named struct {
		name string
		v    *markerVal
	}
	var plain, items []named
	for _, n := range ms.ordered() {
		for _, v := range ms[n] {
			if v.def.schema == nil {
				continue
			}
			if strings.HasPrefix(n, "kubebuilder:validation:items:") {
				items = append(items, named{n, v})
			} else {
				plain = append(plain, named{n, v})
			}
		}
	}
	byPrio := func(a, b named) int { return a.v.def.priority - b.v.def.priority }
	slices.SortStableFunc(plain, byPrio)
	slices.SortStableFunc(items, byPrio)
	sc := &schemaCtx{p: c.p, pkg: c.pkg, info: c.info, file: c.file}
	for _, m := range plain {
		if err := m.v.def.schema(sc, s, m.v); err != nil {
			c.p.errorAt(c.pkg, node, fmt.Errorf("+%s: %w", m.name, err))
		}
	}
	for _, m := range items {
		if s.Type != "array" || s.Items == nil {
			c.p.errorAt(c.pkg, node, fmt.Errorf("must apply %s to an array value, found %s", m.name, s.Type))
			continue
		}
		if err := m.v.def.schema(sc, s.Items, m.v); err != nil {
			c.p.errorAt(c.pkg, node, fmt.Errorf("+%s: %w", m.name, err))
		}
	}
}

func builtinToType(b *gotypes.Basic, allowDangerous bool) (typ, format string, err error) {
	info := b.Info()
	switch {
	case info&gotypes.IsBoolean != 0:
		typ = "boolean"
	case info&gotypes.IsString != 0:
		typ = "string"
	case info&gotypes.IsInteger != 0:
		typ = "integer"
	case info&gotypes.IsFloat != 0:
		if !allowDangerous {
			return "", "", errors.New("found float, the usage of which is highly discouraged, as support for them varies across languages. Please consider serializing your float as string instead. If you are really sure you want to use them, re-run with crd:allowDangerousTypes=true")
		}
		typ = "number"
	default:
		return "", "", fmt.Errorf("unsupported type %q", b.String())
	}
	switch b.Kind() {
	case gotypes.Int32, gotypes.Uint32:
		format = "int32"
	case gotypes.Int64, gotypes.Uint64:
		format = "int64"
	}
	return typ, format, nil
}

func marshalerIface(method, res string) *gotypes.Interface {
	bytes := gotypes.NewSlice(gotypes.Universe.Lookup("byte").Type())
	errT := gotypes.Universe.Lookup("error").Type()
	sig := gotypes.NewSignatureType(nil, nil, nil, nil,
		gotypes.NewTuple(gotypes.NewVar(token.NoPos, nil, res, bytes), gotypes.NewVar(token.NoPos, nil, "", errT)), false)
	return gotypes.NewInterfaceType([]*gotypes.Func{gotypes.NewFunc(token.NoPos, nil, method, sig)}, nil).Complete()
}

var (
	jsonMarshaler = marshalerIface("MarshalJSON", "")
	textMarshaler = marshalerIface("MarshalText", "text")
)

func implements(t gotypes.Type, iface *gotypes.Interface) bool {
	return gotypes.Implements(t, iface) || gotypes.Implements(gotypes.NewPointer(t), iface)
}
