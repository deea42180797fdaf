// Command conversion-gen is a drop-in replacement for k8s.io/code-generator's
// conversion-gen: it generates conversion functions between the versioned
// types of each input package and their internal peers. See
// `conversion-gen --help` for the flags and markers.
package main

import (
	"github.com/kodegen/kodegen/cmd/internal/app"
)

func main() {
	app.Main(app.Command("conversion-gen"))
}
