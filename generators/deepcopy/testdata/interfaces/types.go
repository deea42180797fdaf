package interfaces

import "k8s.io/apimachinery/pkg/runtime"

// Shape is copied through its DeepCopyShape method.
type Shape interface {
	Area() int
	DeepCopyShape() Shape
}

// +k8s:deepcopy-gen:interfaces=github.com/kodegen/kodegen/generators/deepcopy/testdata/interfaces.Shape

// Square implements Shape by deepcopy.
type Square struct {
	Side int
}

// Area implements Shape.
func (s *Square) Area() int { return s.Side * s.Side }

// Circle implements Shape on the value receiver.
// +k8s:deepcopy-gen:interfaces=github.com/kodegen/kodegen/generators/deepcopy/testdata/interfaces.Shape
// +k8s:deepcopy-gen:nonpointer-interfaces=true
type Circle struct {
	Radius int
}

// Area implements Shape.
func (c Circle) Area() int { return 3 * c.Radius * c.Radius }

// Drawing holds shapes in every position.
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object,github.com/kodegen/kodegen/generators/deepcopy/testdata/interfaces.Shape
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object
type Drawing struct {
	runtime.TypeMeta
	Main   Shape
	Shapes []Shape
	ByName map[string]Shape
}

// Area implements Shape.
func (d *Drawing) Area() int { return 0 }
