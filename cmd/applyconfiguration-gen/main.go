// Command applyconfiguration-gen is kodegen's drop-in replacement for
// k8s.io/code-generator's applyconfiguration-gen: it writes server-side
// apply configurations for API types. See generators/applyconfig for the
// markers it reads.
package main

import (
	"github.com/kodegen/kodegen/cmd/internal/app"
)

func main() { app.Main(app.Command("applyconfiguration-gen")) }
