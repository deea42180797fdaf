package basic

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// Widget is a top-level type.
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec WidgetSpec `json:"spec"`
}

// WidgetSpec has a default of every kind.
type WidgetSpec struct {
	// +default="small"
	Size string `json:"size,omitempty"`
	// +default=3
	Replicas *int32 `json:"replicas,omitempty"`
	// +default=0.5
	Ratio float64 `json:"ratio,omitempty"`
	// +default=true
	Enabled *bool `json:"enabled,omitempty"`
	// +default=0
	Zero int `json:"zero,omitempty"`
	// +default=["a", "b"]
	Tags []string `json:"tags,omitempty"`
	// +default={"cpu": 1}
	Limits map[string]int64 `json:"limits,omitempty"`
	// +default=[{"kind": "nut"}]
	Parts []Part `json:"parts,omitempty"`
	// +default={"main": {"kind": "gear"}}
	PartsByName map[string]*Part `json:"partsByName,omitempty"`
	// +default={"color": "blue"}
	Frame *Frame `json:"frame,omitempty"`
	// +default=ref(DefaultMode)
	Mode Mode `json:"mode,omitempty"`
	// +default=ref(k8s.io/apimachinery/pkg/apis/meta/v1.NamespaceDefault)
	Namespace string `json:"namespace,omitempty"`
	// Since has a type decoding itself from a JSON string.
	// +default="2024-01-01T00:00:00Z"
	Since *metav1.Time `json:"since,omitempty"`
	// Labels get the type's default for each nil value.
	Labels  map[string]Label `json:"labels,omitempty"`
	Covered Covered          `json:"covered"`
}

// Mode is a string type.
type Mode string

// DefaultMode is the default Mode.
const DefaultMode Mode = "auto"

// Label is a named pointer with a type-level default.
//
// +default="none"
type Label *string

// Part is defaulted field by field.
type Part struct {
	// +default="bolt"
	Kind string `json:"kind,omitempty"`
}

// Frame is defaulted by hand.
type Frame struct {
	Color string `json:"color,omitempty"`
	Sides int    `json:"sides,omitempty"`
}

// Covered has a covering hand-written defaulter: Inner is not visited.
type Covered struct {
	Inner Part `json:"inner"`
}

// +k8s:defaulter-gen=true

// WidgetList has no ObjectMeta; it opts in.
type WidgetList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`

	Items []Widget `json:"items"`
}

// +k8s:defaulter-gen=false

// Skipped has ObjectMeta but opts out.
type Skipped struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec WidgetSpec `json:"spec"`
}

// Plain has ObjectMeta and nothing to default: it gets no function.
type Plain struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Note string `json:"note,omitempty"`
}
