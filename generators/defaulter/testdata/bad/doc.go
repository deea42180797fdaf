// Package bad holds every mistake in markers the defaulter reports; one run
// reports them all.
//
// +k8s:defaulter-gen=TypeMeta
package bad
