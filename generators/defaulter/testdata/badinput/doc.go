// Package badinput points +k8s:defaulter-gen-input at a package that does
// not exist.
//
// +k8s:defaulter-gen=TypeMeta
// +k8s:defaulter-gen-input=github.com/kodegen/kodegen/generators/defaulter/testdata/nosuchpackage
package badinput
