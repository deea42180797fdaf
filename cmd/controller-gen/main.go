// Command controller-gen is kodegen's drop-in for sigs.k8s.io/controller-tools'
// controller-gen (v0.23.0): the same options (crd:..., paths=...,
// output:crd:artifacts:config=...), markers and CRD manifests, plus --verify.
package main

import (
	"github.com/kodegen/kodegen/cmd/internal/app"
)

func main() {
	app.Main(app.ControllerGen())
}
