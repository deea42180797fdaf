// +kubebuilder:object:generate=true
package ifacefield

// Shape is an interface.
type Shape interface {
	Area() float64
}

// Widget has an interface field controller-gen cannot copy.
type Widget struct {
	Name  string
	Shape Shape
}
