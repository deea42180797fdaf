// Command kodegen is the all-in-one code generator for Kubernetes-style API
// types: every k8s.io/code-generator generator as a subcommand, plus gen,
// batch and markers. See `kodegen --help`.
package main

import (
	"github.com/kodegen/kodegen/internal/cli"
	"github.com/kodegen/kodegen/internal/commands"
)

func main() {
	cli.Main(commands.Kodegen())
}
