// Package e2e drives the clients kodegen generates for the example API group
// shop.example.com/v1 (examples/generated/...) against a real API server: an
// etcd and a k8s.io/apiextensions-apiserver, both started in this test
// process on loopback, serving Widget and Store as CustomResourceDefinitions:
// the manifests kodegen generates from the group's +kubebuilder markers
// (examples/config/crd/bases).
//
// It is a module of its own so that the generators' module keeps its small
// dependency set. Run it alone with test/e2e/run.sh (or `go test ./...` in
// this directory); nothing needs to be installed besides Go.
package e2e
