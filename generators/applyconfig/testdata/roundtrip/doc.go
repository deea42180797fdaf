// Package roundtrip drives applyconfiguration-gen's golden output
// (../basic/out) against k8s.io/apimachinery: the builders' JSON and
// Extract over managed fields. It is a module of its own so that the
// module users install (github.com/kodegen/kodegen) requires no k8s.io/api,
// apimachinery or client-go; hack/test.sh runs it with the others (go.work).
package roundtrip
