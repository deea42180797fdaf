// Package basic is a golden case of defaulter-gen: types with ObjectMeta get
// object defaulters; WidgetList opts in and Skipped opts out through the
// comment block above them.
//
// +k8s:defaulter-gen=ObjectMeta
package basic
