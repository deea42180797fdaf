// Package crd is controller-gen's crd generator (sigs.k8s.io/controller-tools
// v0.23.0): the CustomResourceDefinition manifests of the API types found in
// the input packages, byte-identical with what controller-gen writes.
//
// # What it writes
//
// One file per kind, <group>_<plural>.yaml, in Config.OutputDir: every type
// of an input package that embeds metav1.TypeMeta and metav1.ObjectMeta is
// a kind; its group is the package's +groupName, its version the package
// name or +versionName; the versions of a kind across packages make one
// multi-version CRD. The schema of each version is built from the Go types
// (json tags, omitempty/omitzero and +optional/+required for required,
// inline and embedded structs, pointers, maps, slices, []byte, and the
// types controller-gen knows: metav1.Time, MicroTime, Duration, Fields,
// ObjectMeta, resource.Quantity, intstr.IntOrString, runtime.RawExtension,
// unstructured.Unstructured, apiextensions JSON), descriptions from doc
// comments, and the markers below.
//
// # Markers
//
// `kodegen markers --generator crd` and `controller-gen crd -w` list them,
// with their arguments and one line of help, from the table the generator
// parses with (markers.go, spec.go; help.go turns it into MarkerHelp).
//
// Package: +groupName, +versionName, +kubebuilder:skip,
// +kubebuilder:validation:Optional|Required.
//
// Type (the kind): +kubebuilder:resource (path, scope, shortName,
// categories, singular), +kubebuilder:subresource:status,
// +kubebuilder:subresource:scale, +kubebuilder:printcolumn,
// +kubebuilder:storageversion, +kubebuilder:skipversion,
// +kubebuilder:unservedversion, +kubebuilder:deprecatedversion,
// +kubebuilder:metadata, +kubebuilder:selectablefield.
//
// Field and type: +kubebuilder:validation:<X> and
// +kubebuilder:validation:items:<X> for X in Minimum, Maximum,
// ExclusiveMinimum, ExclusiveMaximum, MultipleOf, MinLength, MaxLength,
// Pattern, MinItems, MaxItems, UniqueItems, MinProperties, MaxProperties,
// Enum, Format, Type, XPreserveUnknownFields, XEmbeddedResource,
// XIntOrString, XValidation; +kubebuilder:validation:ExactlyOneOf,
// AtMostOneOf, AtLeastOneOf (types); +kubebuilder:validation:Required,
// Optional, EmbeddedResource, Schemaless; +kubebuilder:default, +default,
// +kubebuilder:example, +kubebuilder:title, +kubebuilder:externalDocs,
// +kubebuilder:pruning:PreserveUnknownFields, +nullable, +optional,
// +required, +listType, +listMapKey, +mapType, +structType, and the +k8s:
// forms +k8s:optional, +k8s:required, +k8s:immutable, +k8s:enum,
// +k8s:listType, +k8s:listMapKey, +k8s:maxItems, +k8s:minimum, +k8s:maximum.
//
// Values follow controller-gen's grammar (args.go): numbers, bools,
// "quoted", `raw` or bare strings, slices as a;b;c or {a,b}, maps as
// {k: v}. A value of the wrong type, or a marker that does not apply
// (a Minimum on a string), is an error at the marker's file:line. A
// +kubebuilder: marker that no controller-gen generator knows is a
// warning with the closest known one (controller-gen ignores it).
//
// # Where kodegen differs, on purpose
//
//   - Determinism: controller-gen applies the markers of one field or type
//     in Go map order where their priority is equal, which shows in the
//     order of x-kubernetes-validations (+kubebuilder:validation:XValidation
//     and +k8s:immutable rules on one field). kodegen applies them in the
//     order they are first written on the node: one of controller-gen's
//     outputs, and the one its small maps give most often.
//   - Errors: nothing is written when there is one (controller-gen writes
//     what it could and exits 1).
//   - A kind whose every version is +kubebuilder:skipversion gets no file
//     (controller-gen writes an empty "_.yaml").
//   - The controller-gen.kubebuilder.io/version annotation is
//     Config.ToolVersion, else the one in the file being replaced (or the
//     folder's first CRD), else v0.23.0.
//
// The CRD manifest types (apiext.go) are kodegen's own, with the JSON
// names of apiextensions.k8s.io/v1: kodegen requires no k8s.io module.
package crd
