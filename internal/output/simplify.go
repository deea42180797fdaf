package output

import (
	"go/ast"
	"go/token"
	"go/types"
)

// simplify applies the rewrites of gofmt -s: redundant types in composite
// literals, s[a:len(s)] and blank range variables.
func simplify(f *ast.File) {
	ast.Walk(simplifier{}, f)
}

type simplifier struct{}

func (s simplifier) Visit(node ast.Node) ast.Visitor {
	switch n := node.(type) {
	case *ast.CompositeLit:
		var keyType, elemType ast.Expr
		switch t := n.Type.(type) {
		case *ast.ArrayType:
			elemType = t.Elt
		case *ast.MapType:
			keyType, elemType = t.Key, t.Value
		}
		if elemType == nil {
			return s
		}
		for i := range n.Elts {
			slot := &n.Elts[i]
			if kv, ok := (*slot).(*ast.KeyValueExpr); ok {
				if keyType != nil {
					s.elide(keyType, &kv.Key)
				}
				slot = &kv.Value
			}
			s.elide(elemType, slot)
		}
		return nil // every child was walked by elide
	case *ast.SliceExpr:
		s.trimLen(n)
	case *ast.RangeStmt:
		if isBlank(n.Value) {
			n.Value = nil
		}
		if n.Value == nil && isBlank(n.Key) {
			n.Key = nil
		}
	}
	return s
}

// elide simplifies the element at slot, then drops its type when the
// enclosing literal's element type already says it (T{} or &T{} for *T).
func (s simplifier) elide(elemType ast.Expr, slot *ast.Expr) {
	ast.Walk(s, *slot)
	if lit, ok := (*slot).(*ast.CompositeLit); ok && sameExpr(lit.Type, elemType) {
		lit.Type = nil
	}
	ptr, ok := elemType.(*ast.StarExpr)
	if !ok {
		return
	}
	if addr, ok := (*slot).(*ast.UnaryExpr); ok && addr.Op == token.AND {
		if lit, ok := addr.X.(*ast.CompositeLit); ok && sameExpr(lit.Type, ptr.X) {
			lit.Type = nil
			*slot = lit
		}
	}
}

// trimLen rewrites s[a:len(s)] to s[a:].
func (simplifier) trimLen(n *ast.SliceExpr) {
	if n.Max != nil || n.High == nil {
		return
	}
	x, ok := n.X.(*ast.Ident)
	if !ok {
		return
	}
	call, ok := n.High.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() {
		return
	}
	fn, ok := call.Fun.(*ast.Ident)
	if !ok || fn.Name != "len" {
		return
	}
	if arg, ok := call.Args[0].(*ast.Ident); ok && arg.Name == x.Name {
		n.High = nil
	}
}

func isBlank(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "_"
}

// sameExpr reports whether two type expressions are written the same way.
func sameExpr(a, b ast.Expr) bool {
	if a == nil || b == nil {
		return false
	}
	return types.ExprString(a) == types.ExprString(b)
}
