// Command deepcopy-gen is a drop-in replacement for k8s.io/code-generator's
// deepcopy-gen v0.37.2: the same flags, markers and output, plus --verify.
// See `deepcopy-gen --help` for the markers.
package main

import (
	"github.com/kodegen/kodegen/cmd/internal/app"
)

func main() { app.Main(app.Command("deepcopy-gen")) }
