package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Widget is a widget.
// +genclient
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec WidgetSpec `json:"spec"`
}

// WidgetSpec holds one field of each kind a default can be given for.
type WidgetSpec struct {
	Name  string   `json:"name"`
	Size  int32    `json:"size"`
	Small int8     `json:"small"`
	Ratio float32  `json:"ratio"`
	Big   uint64   `json:"big"`
	On    bool     `json:"on"`
	Label *string  `json:"label,omitempty"`
	Tags  []string `json:"tags,omitempty"`
}

// WidgetList is a list of widgets.
type WidgetList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`

	Items []Widget `json:"items"`
}

// DefaultName is a constant a default can refer to: ref(DefaultName).
const DefaultName = "widget"
