// Command deepcopy-gen is a drop-in replacement for k8s.io/code-generator's
// deepcopy-gen v0.37.2: the same flags, markers and output, plus --verify.
// See `deepcopy-gen --help` for the markers.
package main

import (
	"github.com/kodegen/kodegen/internal/cli"
	"github.com/kodegen/kodegen/internal/commands"
)

func main() { cli.Main(commands.DeepcopyGen()) }
