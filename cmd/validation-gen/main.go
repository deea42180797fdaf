// Command validation-gen is kodegen's drop-in for k8s.io/code-generator's
// validation-gen: same flags, tags and output, plus --verify.
package main

import (
	"github.com/kodegen/kodegen/cmd/internal/app"
)

func main() {
	app.Main(app.Command("validation-gen"))
}
