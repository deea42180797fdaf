// Command informer-gen is a drop-in replacement for k8s.io/code-generator's
// informer-gen v0.37.2: shared informers, a SharedInformerFactory and its
// ForResource for the +genclient types of API packages.
//
// Markers read: +genclient, +genclient:nonNamespaced, +genclient:noVerbs,
// +genclient:onlyVerbs, +genclient:skipVerbs, +genclient:readonly,
// +resourceName (types); +groupName, +groupGoName and
// +k8s:informer-gen=false (package), e.g.
//
//	// +genclient
//	// +genclient:nonNamespaced
//	type Store struct { metav1.TypeMeta; metav1.ObjectMeta; … }
package main

import (
	"github.com/kodegen/kodegen/cmd/internal/app"
)

func main() { app.Main(app.Command("informer-gen")) }
