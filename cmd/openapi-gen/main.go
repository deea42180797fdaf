// Command openapi-gen is kodegen's drop-in for k8s.io/kube-openapi's
// openapi-gen: same flags, markers and output, plus --verify.
package main

import (
	"github.com/kodegen/kodegen/cmd/internal/app"
)

func main() {
	app.Main(app.Command("openapi-gen"))
}
