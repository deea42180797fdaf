package ifacenocopy

// Shape cannot copy itself.
type Shape interface {
	Area() int
}

// Widget has a Shape.
type Widget struct {
	Shape Shape
}
