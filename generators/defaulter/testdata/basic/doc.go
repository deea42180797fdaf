// Package basic is a golden case of defaulter-gen: types with ObjectMeta get
// object defaulters; WidgetList opts in through its doc comment, Skipped
// opts out through the comment block above it.
//
// +k8s:defaulter-gen=ObjectMeta
package basic
