package v1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"github.com/kodegen/kodegen/generators/openapi/testdata/extra"
)

// Widget is a thing the shop sells.
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	// Spec is what the widget should be.
	Spec WidgetSpec `json:"spec"`
}

// Color is a widget's color.
// +enum
type Color string

const (
	// ColorRed is red.
	ColorRed Color = "red"
	// ColorBlue is blue.
	ColorBlue Color = "blue"
)

// WidgetSpec describes a widget.
type WidgetSpec struct {
	// Color of the widget.
	// +optional
	Color Color `json:"color,omitempty"`
	// Tags label the widget.
	// +listType=set
	Tags []string `json:"tags"`
	// Parts, by name.
	// +listType=map
	// +listMapKey=name
	Parts []Part `json:"parts,omitempty"`
	// Badly named violates the names rule.
	BadlyNamed string `json:"badly_named"`
	// Extra comes from a package that is not an input.
	Extra extra.Gadget `json:"extra"`
}

// Part is a named piece of a widget.
type Part struct {
	Name string `json:"name"`
	// Colors it comes in.
	Colors []Color `json:"colors"`
}

// WidgetList is a list of widgets.
type WidgetList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Widget `json:"items"`
}

// hidden is not exported.
type hidden struct{ X int }

// Skipped is left out.
// +k8s:openapi-gen=false
type Skipped struct{ X int }
