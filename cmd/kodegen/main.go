// Command kodegen is the all-in-one code generator for Kubernetes-style API
// types: every k8s.io/code-generator generator as a subcommand, plus gen,
// batch and markers. See `kodegen --help`.
package main

import (
	"github.com/kodegen/kodegen/cmd/internal/app"
)

func main() {
	app.Main(app.Kodegen())
}
