package v1

import (
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// Color is a color.
// +kubebuilder:validation:Enum=red;green;blue
type Color string

// Phase is where a gadget is in its life.
// +k8s:enum
type Phase string

const (
	// PhasePending is the first phase.
	PhasePending Phase = "Pending"
	// PhaseRunning is the second.
	PhaseRunning Phase = "Running"
	PhaseDone    Phase = "Done"
)

// Port is a port number.
// +kubebuilder:validation:Minimum=1
// +kubebuilder:validation:Maximum=65535
type Port int32

// Labels are labels.
type Labels map[string]string

// Names are names.
// +kubebuilder:validation:MaxItems=10
type Names []string

// Gadget is a test kind.
// +kubebuilder:object:root=true
// +kubebuilder:resource:path=gadgets,scope=Cluster,shortName={gd,gdt},categories=all;kodegen,singular=gadget
// +kubebuilder:subresource:status
// +kubebuilder:subresource:scale:specpath=.spec.replicas,statuspath=.status.replicas,selectorpath=.status.selector
// +kubebuilder:printcolumn:name="Replicas",type=integer,JSONPath=`.spec.replicas`,description="wanted replicas"
// +kubebuilder:printcolumn:name="Phase",type=string,JSONPath=".status.phase",priority=1
// +kubebuilder:printcolumn:name="Age",type="date",JSONPath=".metadata.creationTimestamp",format=date-time
// +kubebuilder:selectablefield:JSONPath=`.spec.color`
// +kubebuilder:metadata:annotations="api-approved.kubernetes.io=unapproved",labels="app=kodegen"
type Gadget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	// spec is what the user wants.
	Spec GadgetSpec `json:"spec"`
	// status is what the controller saw.
	// +optional
	Status GadgetStatus `json:"status,omitempty"`
}

// GadgetSpec is the wanted state.
//
// It has several paragraphs.
// TODO: this line is dropped.
// +kubebuilder:validation:XValidation:rule="self.minReplicas <= self.replicas",message="minReplicas must not exceed replicas"
// +kubebuilder:validation:AtMostOneOf=alpha;beta
type GadgetSpec struct {
	// replicas is how many.
	// +kubebuilder:validation:Minimum=0
	// +kubebuilder:validation:Maximum=100
	// +kubebuilder:validation:MultipleOf=2
	// +kubebuilder:default=2
	Replicas int32 `json:"replicas"`

	// minReplicas is the least.
	// +kubebuilder:validation:ExclusiveMinimum=true
	// +kubebuilder:validation:Minimum=0
	// +optional
	MinReplicas *int64 `json:"minReplicas,omitempty"`

	// name has a pattern.
	// +kubebuilder:validation:MinLength=1
	// +kubebuilder:validation:MaxLength=63
	// +kubebuilder:validation:Pattern=`^[a-z]([-a-z0-9]*[a-z0-9])?$`
	// +kubebuilder:example="my-gadget"
	Name string `json:"name"`

	// color has an enum from its type.
	// +kubebuilder:default=red
	Color Color `json:"color,omitempty"`

	// shade has an enum of its own.
	// +kubebuilder:validation:Enum=light;dark;1;true
	// +kubebuilder:validation:Type=string
	Shade string `json:"shade,omitempty"`

	// phase is a +k8s:enum type.
	Phase Phase `json:"phase,omitempty"`

	// port is a named integer with bounds.
	Port Port `json:"port,omitempty"`

	// ports is a list map.
	// +listType=map
	// +listMapKey=name
	// +listMapKey=protocol
	// +kubebuilder:validation:MinItems=1
	// +kubebuilder:validation:MaxItems=8
	Ports []corev1.ContainerPort `json:"ports,omitempty"`

	// tags are unique.
	// +listType=set
	// +kubebuilder:validation:UniqueItems=true
	// +kubebuilder:validation:items:MaxLength=20
	// +kubebuilder:validation:items:Pattern=`^[a-z]+$`
	Tags []string `json:"tags,omitempty"`

	// names is a named slice.
	Names Names `json:"names,omitempty"`

	// labels is a named map.
	// +mapType=atomic
	// +kubebuilder:validation:MinProperties=1
	// +kubebuilder:validation:MaxProperties=5
	Labels Labels `json:"labels,omitempty"`

	// data is bytes.
	Data []byte `json:"data,omitempty"`

	// nested maps.
	Matrix map[string][]int64 `json:"matrix,omitempty"`

	// size is a quantity.
	Size resource.Quantity `json:"size,omitempty"`

	// port or name.
	Target intstr.IntOrString `json:"target,omitempty"`

	// anything at all.
	// +kubebuilder:pruning:PreserveUnknownFields
	Extra runtime.RawExtension `json:"extra,omitempty"`

	// an embedded object.
	// +kubebuilder:validation:EmbeddedResource
	// +kubebuilder:validation:XPreserveUnknownFields
	Template runtime.RawExtension `json:"template,omitempty"`

	// free-form.
	// +kubebuilder:validation:Schemaless
	// +kubebuilder:validation:Type=object
	// +kubebuilder:pruning:PreserveUnknownFields
	Free *runtime.RawExtension `json:"free,omitempty"`

	// when it started.
	// +nullable
	Started *metav1.Time `json:"started,omitempty"`

	// how long.
	Timeout *metav1.Duration `json:"timeout,omitempty"`

	// a selector.
	// +structType=atomic
	Selector *metav1.LabelSelector `json:"selector,omitempty"`

	// a reference.
	// +kubebuilder:validation:XValidation:rule="self.name != ''",message="name is required",reason=FieldValueRequired,fieldPath=".name"
	// +k8s:immutable
	Ref *corev1.LocalObjectReference `json:"ref,omitempty"`

	// alpha or beta.
	Alpha *string `json:"alpha,omitempty"`
	Beta  *string `json:"beta,omitempty"`

	// required by marker.
	// +required
	Wanted string `json:"wanted,omitempty"`

	// optional by marker.
	// +kubebuilder:validation:Optional
	Maybe string `json:"maybe"`

	// a k8s required string.
	// +k8s:required
	K8sRequired string `json:"k8sRequired,omitempty"`

	// documented externally.
	// +kubebuilder:externalDocs:url="https://kodegen.dev/docs",description="the docs"
	// +kubebuilder:title="The Docs"
	Documented string `json:"documented,omitempty"`

	// an int or string.
	// +kubebuilder:validation:XIntOrString
	// +kubebuilder:validation:Type=""
	Either string `json:"either,omitempty"`

	// formatted.
	// +kubebuilder:validation:Format=email
	Email string `json:"email,omitempty"`

	// a declarative maximum.
	// +k8s:maximum=10
	// +k8s:minimum=1
	Level int32 `json:"level,omitempty"`

	// an object default.
	// +kubebuilder:default={a: 1, b: "two"}
	Settings map[string]string `json:"settings,omitempty"`

	// a list default.
	// +default=["x","y"]
	Defaults []string `json:"defaults,omitempty"`

	// ignored.
	Ignored string `json:"-"`

	// embedded, inline.
	Common `json:",inline"`
}

// Common is embedded.
type Common struct {
	// note is shared.
	// +kubebuilder:validation:MaxLength=100
	Note string `json:"note,omitempty"`
}

// GadgetStatus is the observed state.
type GadgetStatus struct {
	// replicas seen.
	Replicas int32 `json:"replicas,omitempty"`
	// selector seen.
	Selector string `json:"selector,omitempty"`
	// phase seen.
	Phase Phase `json:"phase,omitempty"`
	// conditions seen.
	// +listType=map
	// +listMapKey=type
	Conditions []metav1.Condition `json:"conditions,omitempty"`
}

// GadgetList is a list of gadgets.
// +kubebuilder:object:root=true
type GadgetList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Gadget `json:"items"`
}
