// Command prerelease-lifecycle-gen is kodegen's drop-in for
// k8s.io/code-generator's prerelease-lifecycle-gen: same flags, markers
// and output, plus --verify.
package main

import (
	"github.com/kodegen/kodegen/cmd/internal/app"
)

func main() {
	app.Main(app.Command("prerelease-lifecycle-gen"))
}
