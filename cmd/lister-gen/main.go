// Command lister-gen is a drop-in replacement for k8s.io/code-generator's
// lister-gen v0.37.2: listers for the +genclient types of API packages.
//
// Markers read: +genclient, +genclient:nonNamespaced, +genclient:onlyVerbs,
// +genclient:skipVerbs, +genclient:readonly (types) and +k8s:lister-gen=false
// (package), e.g.
//
//	// +genclient
//	// +genclient:nonNamespaced
//	type Store struct { metav1.TypeMeta; metav1.ObjectMeta; … }
package main

import (
	"github.com/kodegen/kodegen/cmd/internal/app"
)

func main() { app.Main(app.Command("lister-gen")) }
