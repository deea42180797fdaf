// Command conversion-gen is a drop-in replacement for k8s.io/code-generator's
// conversion-gen: it generates conversion functions between the versioned
// types of each input package and their internal peers. See
// `conversion-gen --help` for the flags and markers.
package main

import (
	"github.com/kodegen/kodegen/internal/cli"
	"github.com/kodegen/kodegen/internal/commands"
)

func main() {
	cli.Main(commands.ConversionGen())
}
