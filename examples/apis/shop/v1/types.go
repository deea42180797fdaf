package v1

import (
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// +genclient
// +genclient:method=GetScale,verb=get,subresource=scale,result=k8s.io/api/autoscaling/v1.Scale
// +genclient:method=UpdateScale,verb=update,subresource=scale,input=k8s.io/api/autoscaling/v1.Scale,result=k8s.io/api/autoscaling/v1.Scale
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object
// +kubebuilder:storageversion
// +kubebuilder:resource:shortName=wd,categories=shop
// +kubebuilder:subresource:status
// +kubebuilder:subresource:scale:specpath=.spec.replicas,statuspath=.status.replicas
// +kubebuilder:printcolumn:name="Color",type=string,JSONPath=`.spec.color`
// +kubebuilder:printcolumn:name="Replicas",type=integer,JSONPath=`.spec.replicas`
// +kubebuilder:printcolumn:name="Ready",type=boolean,JSONPath=`.status.ready`
// +kubebuilder:selectablefield:JSONPath=`.spec.color`

// Widget is a namespaced thing a store sells.
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec   WidgetSpec   `json:"spec,omitempty"`
	Status WidgetStatus `json:"status,omitempty"`
}

// WidgetSpec is what the owner of a widget asks for.
type WidgetSpec struct {
	// Replicas is how many copies to keep in stock.
	// +optional
	// +kubebuilder:validation:Minimum=0
	// +kubebuilder:validation:Maximum=1000
	Replicas *int32 `json:"replicas,omitempty"`
	// Color is the paint colour.
	Color Color `json:"color,omitempty"`
	// Dimensions is embedded: its fields appear inline.
	Dimensions `json:",inline"`
	// Parts maps a part name to the part.
	// +optional
	Parts map[string]*Part `json:"parts,omitempty"`
	// Suppliers maps a region to the suppliers there, in order of preference.
	// +optional
	Suppliers map[string][]string `json:"suppliers,omitempty"`
	// Alternates lists other parts by preference; nil entries are allowed.
	// +optional
	Alternates []*Part `json:"alternates,omitempty"`
	// Labels for each variant.
	// +optional
	Variants []map[string]string `json:"variants,omitempty"`
	// Price of one widget.
	Price resource.Quantity `json:"price"`
	// Port where the widget listens, by number or name.
	// +optional
	Port *intstr.IntOrString `json:"port,omitempty"`
	// Blueprint is copied by its hand-written DeepCopyInto.
	// +optional
	Blueprint *Blueprint `json:"blueprint,omitempty"`
	// Tags is a named slice type.
	// +optional
	// +kubebuilder:validation:MaxItems=16
	Tags Tags `json:"tags,omitempty"`
	// Selector picks the widgets this one replaces.
	// +optional
	Selector *metav1.LabelSelector `json:"selector,omitempty"`
	// Tiers of discounts, keyed by tier, each a list of thresholds.
	// +optional
	Tiers map[string][]*Threshold `json:"tiers,omitempty"`
}

// Color is a paint colour.
// +kubebuilder:validation:Enum=Red;Blue
type Color string

// Colors a widget can have.
const (
	ColorRed  Color = "Red"
	ColorBlue Color = "Blue"
)

// Dimensions are a widget's outer measures, in millimetres.
type Dimensions struct {
	Width  int64 `json:"width,omitempty"`
	Height int64 `json:"height,omitempty"`
	// +optional
	Depth *int64 `json:"depth,omitempty"`
}

// Part is one component of a widget.
type Part struct {
	// +kubebuilder:validation:MinLength=1
	Name string `json:"name"`
	// +kubebuilder:validation:Minimum=1
	Quantity int32             `json:"quantity"`
	Labels   map[string]string `json:"labels,omitempty"`
	// +optional
	// +kubebuilder:validation:Schemaless
	// +kubebuilder:validation:Type=object
	// +kubebuilder:pruning:PreserveUnknownFields
	Replaces *Part `json:"replaces,omitempty"`
}

// Threshold is a discount that applies from a quantity on.
type Threshold struct {
	From     int32  `json:"from"`
	Discount string `json:"discount"`
}

// Tags is a set of free-form tags.
type Tags []string

// Blueprint is opaque design data. Its DeepCopyInto is hand-written (see
// blueprint.go) and the generator calls it instead of writing its own.
type Blueprint struct {
	Format string `json:"format"`
	Data   []byte `json:"data,omitempty"`
}

// WidgetStatus is what the controller observed.
type WidgetStatus struct {
	// +optional
	Ready bool `json:"ready,omitempty"`
	// Replicas is how many copies are in stock; the scale subresource reads it.
	// +optional
	Replicas int32 `json:"replicas,omitempty"`
	// +optional
	ObservedGeneration int64 `json:"observedGeneration,omitempty"`
	// +optional
	Conditions []metav1.Condition `json:"conditions,omitempty"`
	// +optional
	LastSold *metav1.Time `json:"lastSold,omitempty"`
}

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// WidgetList is a list of widgets.
type WidgetList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`

	Items []Widget `json:"items"`
}

// +genclient
// +genclient:nonNamespaced
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object
// +kubebuilder:resource:scope=Cluster
// +kubebuilder:subresource:status
// +kubebuilder:printcolumn:name="City",type=string,JSONPath=`.spec.address.city`
// +kubebuilder:printcolumn:name="Open",type=boolean,JSONPath=`.status.open`

// Store is a cluster-wide shop that stocks widgets.
type Store struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec   StoreSpec   `json:"spec,omitempty"`
	Status StoreStatus `json:"status,omitempty"`
}

// StoreSpec describes a store.
type StoreSpec struct {
	// Address of the store.
	Address Address `json:"address"`
	// OpeningHours per weekday.
	// +optional
	OpeningHours map[string]string `json:"openingHours,omitempty"`
	// Stock maps a widget name to the count on the shelves.
	// +optional
	// +kubebuilder:validation:MaxProperties=100
	Stock map[string]int32 `json:"stock,omitempty"`
	// Policy decides what the store restocks; not served over the API.
	Policy RestockPolicy `json:"-"`
}

// Address is a postal address.
type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
	// +optional
	Country *string `json:"country,omitempty"`
}

// StoreStatus is what the controller observed.
type StoreStatus struct {
	// +optional
	Open bool `json:"open,omitempty"`
	// +optional
	WidgetCount int32 `json:"widgetCount,omitempty"`
}

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// StoreList is a list of stores.
type StoreList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`

	Items []Store `json:"items"`
}
