//go:build !e2e_informers

package e2e

import "testing"

// Until examples/generated/informers is committed, informers_test.go is built
// only with -tags e2e_informers.
func TestInformers(t *testing.T) {
	t.Skip("missing: examples/generated/informers/externalversions (informer-gen); " +
		"run with -tags e2e_informers once it exists")
}
